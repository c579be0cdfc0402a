import type { CallRecord } from '../../../../lib/core/model/call';
import type { LaipniDb } from '../../../../lib/data/database';
import { recordFindingEvents } from '../../../../lib/data/stats';
import { importPack } from '../../../../lib/data/pack-import';
import { samplePack } from '../../../fixtures/sample-pack';

/** Names, forms and keys that must never reach an export file. */
export const SECRETS = {
  customerName: 'Jānis Bērziņš',
  contactKey: 'hmac:5f1d0c9a2b7e4f60a1c3d5e7f9b2a4c6',
  site: 'crm.acme.lv',
  forms: ['nezinu', 'nevaram', 'čau'],
};

export function call(
  id: string,
  startedAt: number,
  minutes: number,
  extra: Partial<CallRecord> = {},
): CallRecord {
  return {
    id,
    startedAt,
    endedAt: startedAt + minutes * 60_000,
    tabId: 4,
    site: SECRETS.site,
    direction: 'inbound',
    contactKey: SECRETS.contactKey,
    customerName: SECRETS.customerName,
    startedByAgent: false,
    repeatOfCallId: null,
    phases: [],
    ticks: [{ itemId: 'greet', checklist: 'opening', at: startedAt + 1000, auto: true }],
    findings: 2,
    accepted: 1,
    ignored: 0,
    dropped: false,
    outcome: 'completed',
    rulesVersion: null,
    ...extra,
  };
}

/** A day of work on `day` (local noon): findings with phrase forms, two calls, one dropped. */
export async function workDay(db: LaipniDb, noon: number): Promise<void> {
  await recordFindingEvents(
    db,
    [
      { ruleId: 'es-nezinu', form: SECRETS.forms[0]!, outcome: 'flagged' },
      { ruleId: 'es-nezinu', form: SECRETS.forms[0]!, outcome: 'accepted' },
      { ruleId: 'nevaram', form: SECRETS.forms[1]!, outcome: 'flagged' },
      { ruleId: 'nevaram', form: SECRETS.forms[1]!, outcome: 'ignored' },
      { ruleId: 'cau', form: SECRETS.forms[2]!, outcome: 'flagged' },
    ],
    noon,
  );
  await db.calls.bulkPut([
    call('c1', noon, 5),
    call('c2', noon + 3_600_000, 3, {
      dropped: true,
      outcome: 'dropped',
      direction: 'outbound',
      ticks: [],
    }),
  ]);
}

export async function withTeamPack(db: LaipniDb): Promise<void> {
  const result = await importPack(db, samplePack(), { origin: 'acme.json' });
  if (!result.ok) throw new Error('sample pack');
}
