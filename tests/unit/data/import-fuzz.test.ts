import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCall } from '../../../lib/data/calls';
import type { LaipniDb } from '../../../lib/data/database';
import { dumpDatabase } from '../../../lib/data/dump';
import { importPack } from '../../../lib/data/pack-import';
import { setRuleOverride } from '../../../lib/data/personal';
import { restoreBackup } from '../../../lib/data/backup/restore';
import { mutatedPackArb } from '../../fixtures/mutations';
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
