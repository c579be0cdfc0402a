import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCall } from '../../../lib/data/calls';
import type { LaipniDb } from '../../../lib/data/database';
import { dumpDatabase } from '../../../lib/data/dump';
import { importPack } from '../../../lib/data/pack-import';
import { setRuleOverride } from '../../../lib/data/personal';
import { restoreBackup } from '../../../lib/data/backup/restore';
import { refreshSubscription } from '../../../lib/background/distribution/refresh';
import { addSubscription, getSubscription } from '../../../lib/data/subscriptions';
import { hostilePackArb } from '../../fixtures/hostile-packs';
import { mutatedPackArb } from '../../fixtures/mutations';
import { fakeServer } from '../background/distribution/fixtures';
import { samplePack } from '../../fixtures/sample-pack';
import { freshDb } from './helpers';

let db: LaipniDb;

beforeAll(async () => {
  db = freshDb();
  await importPack(db, { ...samplePack(), version: '5.0.0' }, { now: 1 });
  await setRuleOverride(db, 'cau', { enabled: false }, 2);
  await startCall(db, {
    site: 'crm.example.lv',
    direction: 'inbound',
    contactKey: 'k',
    startedByAgent: false,
    now: 3,
    id: 'call-1',
  });
});
afterAll(() => db.close());

describe('pack import under fuzzing', { timeout: 30_000 }, () => {
  it('a rejected import leaves the database byte-for-byte as it was', async () => {
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(mutatedPackArb, fc.boolean(), async ({ input }, confirmDowngrade) => {
        const before = JSON.stringify(await dumpDatabase(db));
        const result = await importPack(db, input, { confirmDowngrade, now: 10 });
        const after = JSON.stringify(await dumpDatabase(db));
        if (!result.ok || result.action === 'unchanged') {
          rejected += result.ok ? 0 : 1;
          if (after !== before) expect(after).toBe(before);
        } else if (after === before) {
          expect.fail(`an accepted import (${result.action}) changed nothing`);
        }
      }),
      { numRuns: 300, seed: 99 },
    );
    expect(rejected).toBeGreaterThan(100);
  });

  it('a rejected restore leaves the database byte-for-byte as it was', async () => {
    const before = JSON.stringify(await dumpDatabase(db));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          mutatedPackArb.map((m) => m.input),
        ),
        async (input) => {
          const result = await restoreBackup(db, input);
          expect(result.ok).toBe(false);
          if (JSON.stringify(await dumpDatabase(db)) !== before)
            expect.fail('restore changed the database');
        },
      ),
      { numRuns: 100, seed: 5 },
    );
  });
});

describe('hostile packs through import and a subscription download', { timeout: 60_000 }, () => {
  /** Everything but the subscription's own bookkeeping (its error, counters and schedule). */
  const state = async () => {
    const dump = await dumpDatabase(db);
    return JSON.stringify({ ...dump, subscriptions: [] });
  };

  it('are refused with a clear message and change nothing', async () => {
    const url = 'https://packs.example.lv/hostile.json';
    await addSubscription(db, url, 4);
    const server = fakeServer('{}');
    await fc.assert(
      fc.asyncProperty(hostilePackArb(), async (hostile) => {
        const before = await state();
        const imported = await importPack(db, hostile.text, { now: 10 });
        expect(imported.ok).toBe(false);
        if (!imported.ok)
          expect(imported.errors.map((e) => e.en).join('\n')).toMatch(hostile.refusal);
        expect(await state()).toBe(before);

        server.body = hostile.text;
        const outcome = await refreshSubscription(
          {
            db,
            fetch: server.fetch,
            now: () => 20,
            pinnedKeys: async () => [],
            refreshMinutes: async () => 60,
          },
          url,
        );
        expect(outcome.status).toBe('failed');
        expect(outcome.error?.en).toMatch(hostile.refusal);
        expect(outcome.error?.lv.length).toBeGreaterThan(0);
        expect(await state()).toBe(before);
        expect((await getSubscription(db, url))?.lastError?.en).toBe(outcome.error?.en);
      }),
      { numRuns: 40, seed: 17 },
    );
  });

  it('a backup nested too deeply is refused by the same depth scan, before parsing', async () => {
    const before = await state();
    const result = await restoreBackup(db, '['.repeat(1_000_000) + ']'.repeat(1_000_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.en).toMatch(/nested too deeply/);
    expect(await state()).toBe(before);
  });
});
