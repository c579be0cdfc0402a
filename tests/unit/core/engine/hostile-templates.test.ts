import { describe, expect, it } from 'vitest';
import { checklistGroups } from '../../../../lib/core/calls/checklist-model';
import { libraryGroups } from '../../../../lib/core/calls/library';
import { templateVariables } from '../../../../lib/core/calls/variables';
import { createChecker } from '../../../../lib/core/engine';
import type { Pack } from '../../../../lib/core/model/pack';

/**
 * A pack that never went through validation (an older build installed it, or code built it)
 * with placeholders named like Object.prototype members: every fill shows «…» for them and
 * checking, the library and the checklists keep working.
 */
const HOSTILE = ['{constructor}', '{toString}', '{valueOf}', '{hasOwnProperty}', '{__proto__}'];

const pack: Pack = {
  format: 'laipni-pack/1',
  id: 'hostile',
  name: 'Hostile',
  version: '1.0.0',
  author: 'x',
  language: 'lv',
  rules: [
    {
      id: 'es-nezinu',
      severity: 'warning',
      match: { kind: 'phrase', phrases: ['es nezinu'] },
      reason: { lv: 'x' },
      replacements: HOSTILE.map((h) => `Labdien ${h}`),
    },
  ],
  checklists: { opening: [{ id: 'c', text: { lv: 'Sakiet {constructor}' } }] },
  phrases: [{ id: 'p', situation: 'other', text: 'Sveiki, {toString}!' }],
};

const variables = templateVariables({
  agentName: 'Anna',
  agentSurname: '',
  company: '',
  page: {},
  time: '14:00',
});

describe('templates that name inherited members', () => {
  it('still check, with «…» in the suggestion', () => {
    const [finding] = createChecker({ packs: [pack] }).check('Es nezinu.', { variables });
    expect(finding?.suggestions).toEqual([
      'Labdien …',
      'Labdien …',
      'Labdien …',
      'Labdien …',
      'Labdien {__proto__}',
    ]);
  });

  it('still fill the library and the checklists', () => {
    expect(libraryGroups(pack.phrases ?? [], variables)[0]?.phrases[0]?.text).toBe('Sveiki, …!');
    const [group] = checklistGroups({
      checklists: pack.checklists ?? {},
      ticks: [],
      locale: 'lv',
      variables,
      repeatCall: false,
      afterDrop: false,
    });
    expect(group?.items[0]?.text).toBe('Sakiet …');
  });

  it('context variables are own values only', () => {
    expect(Object.getPrototypeOf(variables)).toBe(null);
    expect(variables.greeting).toBe('Labdien');
  });
});
