import { describe, expect, it } from 'vitest';
import {
  checklistGroups,
  completionOf,
  kindsForCall,
} from '../../../../lib/core/calls/checklist-model';
import { CHECKLISTS, tick } from './fixtures';

const variables = { agentName: 'Anna', agentSurname: 'Ozola', company: 'SIA Zaļā Enerģija' };

describe('checklist view model', () => {
  it('a first call: opening, body, closing', () => {
    expect(kindsForCall({ repeatCall: false, afterDrop: false })).toEqual([
      'opening',
      'body',
      'closing',
    ]);
  });

  it('a repeat call opens with the repeat checklist; after a drop the dropped-call one too', () => {
    expect(kindsForCall({ repeatCall: true, afterDrop: false })).toEqual([
      'repeatCall',
      'body',
      'closing',
    ]);
    expect(kindsForCall({ repeatCall: true, afterDrop: true })).toEqual([
      'repeatCall',
      'droppedCall',
      'body',
      'closing',
    ]);
  });

  it('fills variables, marks ticks (auto or by hand), reminders, and counts', () => {
    const groups = checklistGroups({
      checklists: CHECKLISTS,
      ticks: [tick('greet', 'opening', 1), tick('smile', 'body', 2, false)],
      repeatCall: false,
      afterDrop: false,
      locale: 'lv',
      variables,
    });
    expect(groups.map((g) => [g.kind, g.phase, g.done, g.total])).toEqual([
      ['opening', 'opening', 1, 3],
      ['body', 'body', 1, 1],
      ['closing', 'closing', 0, 2],
    ]);
    const [greet, name, company] = groups[0]?.items ?? [];
    expect(greet).toMatchObject({ ticked: true, auto: true, reminder: false });
    expect(name?.text).toBe('Mans vārds ir Anna Ozola');
    expect(company?.text).toBe('Uzņēmums: «SIA Zaļā Enerģija»');
    expect(groups[1]?.items[0]).toMatchObject({ ticked: true, auto: false, reminder: true });
    expect(completionOf(groups)).toEqual({ done: 2, total: 6 });
  });

  it('speaks English where the pack has it, Latvian where it does not, «…» for a missing value', () => {
    const groups = checklistGroups({
      checklists: CHECKLISTS,
      ticks: [],
      repeatCall: false,
      afterDrop: false,
      locale: 'en',
      variables: {},
    });
    expect(groups[0]?.items.map((i) => i.text)).toEqual([
      'Greet',
      'Say your name',
      'Uzņēmums: «…»',
    ]);
  });

  it('leaves out checklists the pack does not have', () => {
    const groups = checklistGroups({
      checklists: { closing: CHECKLISTS.closing ?? [] },
      ticks: [],
      repeatCall: true,
      afterDrop: true,
      locale: 'lv',
      variables,
    });
    expect(groups.map((g) => g.kind)).toEqual(['closing']);
  });
});
