import { PACK_LIMITS } from '../packs/limits';

/**
 * Size limits of scripts, in the spirit of PACK_LIMITS: far above any real script (a long one
 * has a few dozen steps), low enough that a hostile pack cannot make validation or the sidebar
 * slow. Texts use the pack's own limits.
 */
export const SCRIPT_LIMITS = {
  maxScripts: 200,
  maxSteps: 500,
  maxSayVariants: 10,
  maxAnswers: 20,
  maxCaptures: 20,
  maxChoiceOptions: 50,
  maxObjections: 50,
  maxOutcomes: 20,
  maxRequires: 20,
  maxSiteProfiles: 100,
  /** A captured text (a number, a short description). */
  maxCaptureText: 1_000,
  maxText: PACK_LIMITS.maxTextLength,
  maxShortText: PACK_LIMITS.maxShortTextLength,
} as const;
