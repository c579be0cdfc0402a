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

/** The agent typed `agentText` during a call with `context`; the debounced step then detects. */
function typed(
  detector: ReturnType<typeof createChecklistDetector>,
  agentText: string,
  context: Parameters<ReturnType<typeof createChecklistDetector>['add']>[1],
) {
  detector.add(agentText, context);
  detector.detect(checklists, context);
}

describe('checklist ticks from typed text', () => {
  beforeEach(() => {
    sent.length = 0;
  });

  it('ticks nothing when no call is running', () => {
    typed(createChecklistDetector(), text, { active: false, variables: {} });
    expect(sent).toEqual([]);
  });

  it('ticks each detected item once per call', () => {
    const detector = createChecklistDetector();
    const context = { active: true, callId: 'c1', variables: {} };
    typed(detector, text, context);
    typed(detector, ' ', context);
    expect(sent).toEqual([
      { itemId: 'open-greeting', checklist: 'opening' },
      { itemId: 'close-farewell', checklist: 'closing' },
    ]);
  });

  it('ticks the dropped-call items only on a call that follows a dropped one', () => {
    typed(createChecklistDetector(), text, {
      active: true,
      callId: 'c2',
      afterDrop: true,
      variables: {},
    });
    expect(sent).toContainEqual({ itemId: 'drop-apology', checklist: 'droppedCall' });
  });

  it('does not tick the next call from what the agent typed in the previous call', () => {
    const detector = createChecklistDetector();
    typed(detector, text, { active: true, callId: 'c1', variables: {} });
    sent.length = 0;
    // The next call: nothing new was typed yet.
    detector.detect(checklists, { active: true, callId: 'c2', variables: {} });
    expect(sent).toEqual([]);
    typed(detector, 'Labdien!', { active: true, callId: 'c2', variables: {} });
    expect(sent).toEqual([{ itemId: 'open-greeting', checklist: 'opening' }]);
  });

  it("counts only the agent's own text: what a page script inserted never ticks", () => {
    const detector = createChecklistDetector();
    const context = { active: true, callId: 'c3', variables: {} };
    // The field changed by script: the session reports no text of the agent's.
    typed(detector, '', context);
    expect(sent).toEqual([]);
    typed(detector, 'Labdien', context);
    expect(sent).toEqual([{ itemId: 'open-greeting', checklist: 'opening' }]);
  });

  it('ticks the running script’s steps the same way, once per call', () => {
    const detector = createChecklistDetector();
    const context = {
      active: true,
      callId: 'c2',
      variables: {},
      scriptSteps: [
        {
          id: 'recording',
          text: { lv: 'Ieraksts' },
          detect: { phrases: ['saruna tiek ierakstīta'] },
        },
      ],
    };
    typed(detector, 'Informēju, ka saruna tiek ierakstīta. ', context);
    typed(detector, 'Labdien!', context);
    expect(sent.filter((s) => s.checklist === 'script')).toEqual([
      { itemId: 'recording', checklist: 'script' },
    ]);
  });
});
