/** What a compiled phrase means for its rule (a bit position in CompiledRule.roles). */
export const Role = {
  Main: 0,
  First: 1,
  Second: 2,
  Standalone: 3,
  Exclude: 4,
  NotFollowedBy: 5,
  NotPrecededBy: 6,
  SentenceWith: 7,
  SentenceWithout: 8,
  Exempt: 9,
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Per-word marks used by language detection and reported speech. */
export const W_LATVIAN = 1;
export const W_ENGLISH = 2;
/** A verb that reports someone else's words («klients teica, ka …»). */
export const W_REPORTING = 4;
/** «ka» / «vai» / «kā» that opens reported speech after a reporting verb. */
export const W_COMPLEMENTIZER = 8;
