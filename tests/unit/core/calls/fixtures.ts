import type { CallRecord, ChecklistTick } from '../../../../lib/core/model/call';
import type { Checklists } from '../../../../lib/core/model/pack';

/** A small handbook-like set of checklists: detectable items and manual reminders. */
export const CHECKLISTS: Checklists = {
  opening: [
    { id: 'greet', text: { lv: 'Sasveicinieties', en: 'Greet' }, detect: { phrases: ['labdien'] } },
    {
      id: 'name',
      text: { lv: 'Mans vārds ir {agentName} {agentSurname}', en: 'Say your name' },
      detect: { phrases: ['mans vārds ir'] },
    },
    { id: 'company', text: { lv: 'Uzņēmums: «{company}»' }, detect: { variables: ['company'] } },
  ],
  body: [{ id: 'smile', text: { lv: 'Smaidiet', en: 'Smile' } }],
  closing: [
    {
      id: 'more',
      text: { lv: 'Vai varu vēl kā palīdzēt?' },
      detect: { phrases: ['vai varu vēl'] },
    },
    { id: 'summary', text: { lv: 'Apkopojiet', en: 'Sum up' } },
  ],
  repeatCall: [
    {
      id: 'again',
      text: { lv: 'Atkal nosauciet vārdu', en: 'Your name again' },
      detect: { phrases: ['mans vārds ir'] },
    },
  ],
  droppedCall: [{ id: 'sorry', text: { lv: 'Atvainojieties', en: 'Apologise' } }],
};

export function tick(
  itemId: string,
  checklist: ChecklistTick['checklist'],
  at: number,
  auto = true,
): ChecklistTick {
  return { itemId, checklist, at, auto };
}

export function callRecord(patch: Partial<CallRecord> = {}): CallRecord {
  return {
    id: 'c1',
    startedAt: 1_000,
    endedAt: null,
    tabId: 1,
    site: 'crm.example.lv',
    direction: 'inbound',
    contactKey: 'k1',
    customerName: 'Jānis Bērziņš',
    startedByAgent: false,
    repeatOfCallId: null,
    phases: [{ phase: 'opening', at: 1_000 }],
    ticks: [],
    findings: 0,
    accepted: 0,
    ignored: 0,
    dropped: false,
    outcome: 'open',
    rulesVersion: null,
    ...patch,
  };
}
