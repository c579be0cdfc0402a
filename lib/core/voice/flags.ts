/**
 * Per-frame flags a channel hands to the conversation tracker: one byte per frame in a ring,
 * so the two channels can be aligned without copying state objects.
 */
/** Inside a stretch of speech (hangover included). */
export const FLAG_SPEAKING = 1;
/** This frame is above the continue threshold. */
export const FLAG_ACTIVE = 2;
/** Speech was confirmed in this frame (it began `onsetFrames − 1` frames earlier). */
export const FLAG_ONSET = 4;
/** Speech ended in this frame (after the hangover). */
export const FLAG_ENDED = 8;
/** A syllable nucleus was confirmed in this frame. */
export const FLAG_NUCLEUS = 16;
