import { describe, expect, it } from 'vitest';
import { planImport, type InstalledInfo } from '../../../../lib/core/packs/import-plan';

const A = 'https://a.example.lv/team.json';
const B = 'https://b.example.lv/team.json';
const installed = (source: string, origin?: string): InstalledInfo => ({
  version: '1.0.0',
  hash: 'h1',
  source,
  ...(origin ? { origin } : {}),
});
const incoming = (source: string, origin?: string) => ({
  id: 'acme.team',
  version: '2.0.0',
  hash: 'h2',
  source,
  ...(origin ? { origin } : {}),
});

describe('who may replace an installed pack', () => {
  it.each([
    ['url A', installed('url', A), incoming('url', A), true],
    ['url B over url A', installed('url', A), incoming('url', B), false],
    ['a file over url A', installed('url', A), incoming('file', 'team.json'), false],
    ['url A over a file', installed('file', 'team.json'), incoming('url', A), false],
    ['a file over a file', installed('file', 'a.json'), incoming('file', 'b.json'), true],
    ['policy over url A', installed('url', A), incoming('policy', 'policy'), true],
    ['url B over a record without origin', installed('url'), incoming('url', B), true],
  ])('%s', (_, before, next, allowed) => {
    const plan = planImport(before, next);
    expect(plan.ok).toBe(allowed);
    if (!plan.ok) {
      expect(plan.refusal).toBe('owned');
      expect(plan.problem.en).toMatch(/was installed from .* cannot be replaced from /);
    }
  });
});
