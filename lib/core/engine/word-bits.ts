import { CYRILLIC, DIGIT, LOWER, LV_DIACRITIC, UPPER } from './chars';
import { W_ENGLISH, W_LATVIAN, W_REPORTING } from './roles';
import { T_CYRILLIC, T_DIGIT, T_HAS_LOWER, T_HAS_UPPER, T_LV_DIACRITIC } from './tokens';

/**
 * What a word contributes, from the class bits of its characters (`seen`, 7 bits) and its
 * vocabulary marks (3 bits), looked up instead of branching on each bit for every word.
 */

/** Token flags by `seen`. */
export const SEEN_FLAGS = new Uint16Array(128);

/** Increments of the sentence's word counts, by `seen << 3 | marks`, one bit each: */
export const S_LATVIAN = 1;
export const S_ENGLISH = 2;
export const S_CYRILLIC = 4;
export const S_LOWER = 8;
/** Upper-case letters only (also the all-caps detector's candidates). */
export const S_UPPER = 16;
export const S_REPORTING = 32;
export const WORD_STATS = new Uint8Array(1024);

for (let seen = 0; seen < 128; seen++) {
  let flags = 0;
  if (seen & UPPER) flags |= T_HAS_UPPER;
  if (seen & LOWER) flags |= T_HAS_LOWER;
  if (seen & DIGIT) flags |= T_DIGIT;
  if (seen & LV_DIACRITIC) flags |= T_LV_DIACRITIC;
  if (seen & CYRILLIC) flags |= T_CYRILLIC;
  SEEN_FLAGS[seen] = flags;
  for (let mark = 0; mark < 8; mark++) {
    let stats = 0;
    if (mark & W_LATVIAN || flags & T_LV_DIACRITIC) stats |= S_LATVIAN;
    if (mark & W_ENGLISH) stats |= S_ENGLISH;
    if (flags & T_CYRILLIC) stats |= S_CYRILLIC;
    if (flags & T_HAS_LOWER) stats |= S_LOWER;
    else if (flags & T_HAS_UPPER) stats |= S_UPPER;
    if (mark & W_REPORTING) stats |= S_REPORTING;
    WORD_STATS[(seen << 3) | mark] = stats;
  }
}
