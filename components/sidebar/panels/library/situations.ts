import type { Situation } from '../../../../lib/core/model/pack';

/** The library's group headings. */
export const SITUATION_KEYS = {
  opening: 'sidebar.situation.opening',
  'unknown-answer': 'sidebar.situation.unknown-answer',
  refusal: 'sidebar.situation.refusal',
  apology: 'sidebar.situation.apology',
  request: 'sidebar.situation.request',
  closing: 'sidebar.situation.closing',
  'repeat-call': 'sidebar.situation.repeat-call',
  other: 'sidebar.situation.other',
} as const satisfies Record<Situation, string>;
