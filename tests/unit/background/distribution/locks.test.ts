import { describe, expect, it, vi } from 'vitest';
import { createRuleSetService } from '../../../../lib/background/rule-set';
import { ensureBuiltinPack } from '../../../../lib/data/packs';
import { setRuleOverride } from '../../../../lib/data/personal';
import { samplePack } from '../../../fixtures/sample-pack';
import { freshDb } from '../../data/helpers';

describe('a rule locked by company policy', () => {
  it('stays on when the agent switches it off, and the report says the change is blocked', async () => {
    const db = freshDb();
    await ensureBuiltinPack(db, { ...samplePack(), id: 'laipni.builtin', locked: [] }, 1);
    const service = createRuleSetService(db);
    service.setPolicy({ lockedRuleIds: ['nevaram'] });
    const first = await service.current();
    const listener = vi.fn();
    service.onChange(listener);

    await setRuleOverride(db, 'nevaram', { enabled: false });
    await vi.waitFor(
      async () =>
        expect((await service.current()).report.blocked).toEqual([
          { ruleId: 'nevaram', change: 'disable', lockedBy: ['policy'] },
        ]),
      { timeout: 5_000 },
    );
    const now = await service.current();
    // Same rules, same version: frames are not told to recompile.
    expect(now.version).toBe(first.version);
    expect(now.pack.rules.some((r) => r.id === 'nevaram')).toBe(true);
    expect(listener).not.toHaveBeenCalled();
    service.stop();
    db.close();
  });
});
