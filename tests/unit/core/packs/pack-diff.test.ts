import { describe, expect, it } from 'vitest';
import { DIFF_LIST_LIMIT, diffPacks, isEmptyDiff } from '../../../../lib/core/packs/pack-diff';
import { formatPackDiff } from '../../../../lib/core/packs/pack-diff-text';
import type { Pack, Rule } from '../../../../lib/core/model/pack';
import { samplePack } from '../../../fixtures/sample-pack';

function rule(id: string, phrase: string): Rule {
  return {
    id,
    severity: 'warning',
    match: { kind: 'phrase', phrases: [phrase] },
    reason: { lv: `Iemesls ${id}`, en: `Reason ${id}` },
    replacements: [],
  };
}

function nextVersion(): Pack {
  const old = samplePack();
  const [first, second, ...rest] = old.rules;
  return {
    ...old,
    version: '1.3.0',
    locked: ['nevaram'],
    // first: suggestions edited; second: removed; a new rule added; examples-only change ignored.
    rules: [
      { ...(first as Rule), replacements: ['Noskaidrošu'], examples: { match: ['Nezinu.'] } },
      ...rest,
      rule('jauns-noteikums', 'zilonis'),
    ].filter((r) => r.id !== (second as Rule).id),
    changelog: [
      { version: '1.3.0', date: '2025-03-01', notes: { lv: 'Jauns noteikums', en: 'New rule' } },
      { version: '1.2.0', notes: { lv: 'Vecs' } },
      { version: '1.4.0', notes: { lv: 'Nākotne' } },
    ],
  };
}

describe('pack diff', () => {
  it('lists added, removed and changed rules, lock changes and newer changelog entries', () => {
    const d = diffPacks(samplePack(), nextVersion());
    expect(d).toMatchObject({
      packId: 'acme.sales',
      fromVersion: '1.2.0',
      toVersion: '1.3.0',
      direction: 'upgrade',
      added: [{ id: 'jauns-noteikums', reason: { en: 'Reason jauns-noteikums' } }],
      removed: [{ id: 'nevaram' }],
      changed: [{ id: 'es-nezinu', fields: ['replacements'] }],
      counts: { added: 1, removed: 1, changed: 1 },
      lockedAdded: ['nevaram'],
      lockedRemoved: ['es-nezinu'],
      checklistsChanged: false,
    });
    // Only entries above the old version and not above the new one.
    expect(d.changelog.map((e) => e.version)).toEqual(['1.3.0']);
    expect(isEmptyDiff(d)).toBe(false);
  });

  it('a first install adds every rule; an identical pack is an empty diff', () => {
    const first = diffPacks(null, samplePack());
    expect(first.direction).toBe('install');
    expect(first.counts.added).toBe(samplePack().rules.length);
    expect(first.changelog.map((e) => e.version)).toEqual(['1.2.0']);
    const same = diffPacks(samplePack(), samplePack());
    expect(isEmptyDiff(same)).toBe(true);
    expect(same.direction).toBe('same');
  });

  it('reports a downgrade and keeps exact counts when lists are cut', () => {
    const big: Pack = {
      ...samplePack(),
      version: '1.0.0',
      rules: Array.from({ length: DIFF_LIST_LIMIT + 5 }, (_, i) => rule(`r-${i}`, `vārds${i}`)),
    };
    const d = diffPacks(samplePack(), big);
    expect(d.direction).toBe('downgrade');
    expect(d.added).toHaveLength(DIFF_LIST_LIMIT);
    expect(d.counts.added).toBe(DIFF_LIST_LIMIT + 5);
    expect(formatPackDiff(d, 'en')).toContain('… and 5 more');
  });

  it('formats the summary in English and Latvian', () => {
    const d = diffPacks(samplePack(), nextVersion());
    const en = formatPackDiff(d, 'en');
    expect(en).toContain('ACME pārdošana (acme.sales): 1.2.0 → 1.3.0');
    expect(en).toContain('Rules added (1):\n  + jauns-noteikums — Reason jauns-noteikums');
    expect(en).toContain('  - nevaram');
    expect(en).toContain('  ~ es-nezinu [replacements]');
    expect(en).toContain('Now locked: nevaram');
    expect(en).toContain('Changelog:\n  1.3.0 (2025-03-01): New rule');
    const lv = formatPackDiff(d, 'lv');
    expect(lv).toContain('Pievienoti noteikumi (1):');
    expect(lv).toContain('1.3.0 (2025-03-01): Jauns noteikums');
    expect(formatPackDiff(diffPacks(samplePack(), samplePack()), 'en')).toContain(
      'No rule changes.',
    );
  });
});
