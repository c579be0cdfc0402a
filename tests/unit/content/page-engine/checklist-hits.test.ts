import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Checklists } from '../../../../lib/core/model/pack';

const sent: Array<{ itemId: string; checklist: string }> = [];
vi.mock('../../../../lib/protocol/transport/client', () => ({
  sendMessage: vi.fn(async (_name: string, request: { itemId: string; checklist: string }) => {
    sent.push(request);
    return { ticked: true };
  }),
}));

const { createChecklistDetector } =
  await import('../../../../lib/content/page-engine/checklist-hits');

const checklists: Checklists = {
  opening: [{ id: 'open-greeting', text: { lv: 'Sveiciens' }, detect: { phrases: ['labdien'] } }],
  closing: [{ id: 'close-farewell', text: { lv: 'Atvadas' }, detect: { phrases: ['visu labu'] } }],
  droppedCall: [
    {
      id: 'drop-apology',
      text: { lv: 'Atvainojas' },
      detect: { phrases: ['atvainojos par pārtraukumu'] },
    },
  ],
};

const text = 'Labdien! Atvainojos par pārtraukumu. Visu labu!';

describe('checklist ticks from typed text', () => {
  beforeEach(() => {
    sent.length = 0;
  });

  it('ticks nothing when no call is running', () => {
    createChecklistDetector()(text, checklists, { active: false, variables: {} });
    expect(sent).toEqual([]);
  });

  it('ticks each detected item once per call', () => {
    const detect = createChecklistDetector();
    const context = { active: true, callId: 'c1', variables: {} };
    detect(text, checklists, context);
    detect(text, checklists, context);
    expect(sent).toEqual([
      { itemId: 'open-greeting', checklist: 'opening' },
      { itemId: 'close-farewell', checklist: 'closing' },
    ]);
  });

  it('ticks the dropped-call items only on a call that follows a dropped one', () => {
    createChecklistDetector()(text, checklists, {
      active: true,
      callId: 'c2',
      afterDrop: true,
      variables: {},
    });
    expect(sent).toContainEqual({ itemId: 'drop-apology', checklist: 'droppedCall' });
  });

  it('does not tick the next call from notes left in the field by the previous call', () => {
    const detect = createChecklistDetector();
    detect(text, checklists, { active: true, callId: 'c1', variables: {} });
    sent.length = 0;
    // The next call starts with the same notes in the field: nothing new was typed.
    detect(text, checklists, { active: true, callId: 'c2', variables: {} });
    expect(sent).toEqual([]);
    // The agent greets again, at the end of the old notes.
    detect(`${text} Labdien!`, checklists, { active: true, callId: 'c2', variables: {} });
    expect(sent).toEqual([{ itemId: 'open-greeting', checklist: 'opening' }]);
  });

  it('ticks what was typed before the call was seen if the field was empty until then', () => {
    const detect = createChecklistDetector();
    detect('', checklists, { active: false, variables: {} });
    detect('Labdien!', checklists, { active: true, callId: 'c1', variables: {} });
    expect(sent).toEqual([{ itemId: 'open-greeting', checklist: 'opening' }]);
  });
});
