import { afterEach, describe, expect, it } from 'vitest';
import { createDataHandlers } from '../../../lib/background/data-handlers';
import { createRuleSetService, type RuleSetService } from '../../../lib/background/rule-set';
import { createEventBudget } from '../../../lib/background/stats/event-budget';
import type { LaipniDb } from '../../../lib/data/database';
import { ensureBuiltinPack } from '../../../lib/data/packs';
import type { HandlerContext } from '../../../lib/protocol/transport/router';
import { samplePack } from '../../fixtures/sample-pack';
import { freshDb } from '../data/helpers';

let db: LaipniDb;
let service: RuleSetService;
afterEach(() => {
  service?.stop();
  db?.close();
});

const frame = (tab: number, frameId: number): HandlerContext => ({
  sender: { id: 'x', url: 'https://crm.example.lv/', tab: { id: tab }, frameId },
  role: 'content-script',
});

async function handlers(budget = createEventBudget(5)) {
  db = freshDb();
  await ensureBuiltinPack(db, { ...samplePack(), id: 'laipni.builtin' }, 1);
  service = createRuleSetService(db);
  await service.current();
  return createDataHandlers(db, service, () => new Date(2025, 0, 2, 10).getTime(), budget);
}

describe('finding reports', () => {
  it('a detector is counted without its text; a phrase rule keeps its form', async () => {
    const h = await handlers();
    await h['data:report-findings'](
      {
        events: [
          { ruleId: 'all-caps', form: 'lūdzu samaksājiet tūlīt', outcome: 'flagged' },
          { ruleId: 'nominative', form: 'labdien, jānis', outcome: 'flagged' },
          { ruleId: 'es-nezinu', form: 'nezinu', outcome: 'flagged' },
        ],
      },
      frame(1, 0),
    );
    const forms = (await db.ruleStats.toArray()).map((r) => [r.ruleId, r.form]);
    expect(forms.sort()).toEqual([
      ['all-caps', ''],
      ['es-nezinu', 'nezinu'],
      ['nominative', ''],
    ]);
  });

  it('caps the events of each frame per minute, whatever the number of messages', async () => {
    const h = await handlers(createEventBudget(5));
    const events = Array.from({ length: 4 }, () => ({
      ruleId: 'es-nezinu',
      form: 'nezinu',
      outcome: 'flagged' as const,
    }));
    expect(await h['data:report-findings']({ events }, frame(1, 3))).toEqual({ recorded: 4 });
    expect(await h['data:report-findings']({ events }, frame(1, 3))).toEqual({ recorded: 1 });
    expect(await h['data:report-findings']({ events }, frame(1, 3))).toEqual({ recorded: 0 });
    // Another frame of the same tab has its own budget.
    expect(await h['data:report-findings']({ events }, frame(1, 0))).toEqual({ recorded: 4 });
  });

  it('the budget renews each minute', () => {
    const budget = createEventBudget(3, 60_000);
    expect(budget.take('a', 5, 0)).toBe(3);
    expect(budget.take('a', 1, 59_999)).toBe(0);
    expect(budget.take('a', 5, 60_000)).toBe(3);
  });
});
