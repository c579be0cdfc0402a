/**
 * Strings about guided call scripts that more than one surface shows (the change summary of a
 * pack update, the phase names of steps). Every key starts with `scripts.`.
 */
export const lv = {
  'scripts.changes.title': 'Skripti',
  'scripts.changes.counts': 'Skripti: +{added} pievienoti, −{removed} noņemti, ~{changed} mainīti.',
  'scripts.changes.steps': 'soļi: +{added}, −{removed}, ~{changed}',
  'scripts.changes.added': 'Pievienots skripts «{name}»',
  'scripts.changes.removed': 'Noņemts skripts «{name}»',
  'scripts.changes.changed': 'Mainīts skripts «{name}»',
  'scripts.changes.stepAdded': 'jauns solis «{title}»',
  'scripts.changes.stepRemoved': 'noņemts solis «{title}»',
  'scripts.changes.stepChanged': 'mainīts solis «{title}»',
  'scripts.changes.more': 'un vēl {n}',
} as const;

export const en: Record<keyof typeof lv, string> = {
  'scripts.changes.title': 'Scripts',
  'scripts.changes.counts': 'Scripts: +{added} added, −{removed} removed, ~{changed} changed.',
  'scripts.changes.steps': 'steps: +{added}, −{removed}, ~{changed}',
  'scripts.changes.added': 'Script «{name}» added',
  'scripts.changes.removed': 'Script «{name}» removed',
  'scripts.changes.changed': 'Script «{name}» changed',
  'scripts.changes.stepAdded': 'new step «{title}»',
  'scripts.changes.stepRemoved': 'step «{title}» removed',
  'scripts.changes.stepChanged': 'step «{title}» changed',
  'scripts.changes.more': 'and {n} more',
};
