import { describe, expect, it } from 'vitest';
import { diffPacks, isEmptyDiff } from '../../../../lib/core/packs/pack-diff';
import { formatPackDiff } from '../../../../lib/core/packs/pack-diff-text';
import type { Pack } from '../../../../lib/core/model/pack';
import type { Script } from '../../../../lib/core/model/script';
import { samplePack } from '../../../fixtures/sample-pack';
import { sampleScript, STEP } from '../scripts/fixtures';

function withScripts(version: string, scripts: Script[]): Pack {
  return { ...samplePack(), format: 'laipni-pack/2', version, scripts };
}

function updated(): Script {
  const s = sampleScript();
  s.note = `${s.note} Paldies.`;
  s.steps[STEP.ask]!.say = ['Vai Jums būtu interesants jaunais plāns?'];
  s.steps = s.steps.filter((step) => step.id !== 'callback');
  s.steps.push({
    id: 'offer',
    title: { lv: 'Piedāvājums', en: 'Offer' },
    phase: 'body',
    say: ['Piedāvājam jaunu plānu.'],
    next: 'bye',
  });
  return s;
}

describe('pack diff of scripts', () => {
  it('names scripts added and removed, and the steps added, removed and changed', () => {
    const other: Script = { ...sampleScript(), id: 'other', name: { lv: 'Cits', en: 'Other' } };
    const d = diffPacks(
      withScripts('1.0.0', [sampleScript(), other]),
      withScripts('1.1.0', [updated()]),
    );
    expect(d.scripts?.removed).toEqual([{ id: 'other', name: { lv: 'Cits', en: 'Other' } }]);
    expect(d.scripts?.added).toEqual([]);
    const [changed] = d.scripts?.changed ?? [];
    expect(changed?.id).toBe('demo');
    expect(changed?.fields).toEqual(['note']);
    expect(changed?.stepsAdded.map((s) => s.id)).toEqual(['offer']);
    expect(changed?.stepsRemoved.map((s) => s.id)).toEqual(['callback']);
    expect(changed?.stepsChanged).toEqual([
      { id: 'ask', title: { lv: 'Jautājums', en: 'Question' }, fields: ['say'] },
    ]);
    expect(isEmptyDiff(d)).toBe(false);

    const en = formatPackDiff(d, 'en');
    expect(en).toContain('Scripts removed (1):\n  - other — Other');
    expect(en).toContain('Scripts changed (1):\n  ~ demo [note] — Demo call');
    expect(en).toContain('    steps added (1):\n      + offer — Offer');
    expect(en).toContain('    steps removed (1):\n      - callback — Call-back');
    expect(en).toContain('    steps changed (1):\n      ~ ask [say] — Question');
    const lv = formatPackDiff(d, 'lv');
    expect(lv).toContain('Mainīti skripti (1):');
    expect(lv).toContain('pievienoti soļi (1):');
  });

  it('a new script is added; an unchanged pack has nothing to say about scripts', () => {
    const d = diffPacks(withScripts('1.0.0', []), withScripts('1.1.0', [sampleScript()]));
    expect(d.scripts?.counts).toEqual({ added: 1, removed: 0, changed: 0 });
    expect(formatPackDiff(d, 'en')).toContain('Scripts added (1):\n  + demo — Demo call');
    const same = diffPacks(
      withScripts('1.0.0', [sampleScript()]),
      withScripts('1.0.0', [sampleScript()]),
    );
    expect(isEmptyDiff(same)).toBe(true);
  });

  it('a step moved in the list is a change of the script, not of a step', () => {
    const moved = sampleScript();
    moved.steps.reverse();
    const d = diffPacks(withScripts('1.0.0', [sampleScript()]), withScripts('1.0.1', [moved]));
    expect(d.scripts?.changed[0]?.fields).toEqual(['steps']);
    expect(d.scripts?.changed[0]?.stepCounts).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('reads a summary stored before scripts existed', () => {
    const d = diffPacks(samplePack(), samplePack());
    delete d.scripts;
    expect(isEmptyDiff(d)).toBe(true);
    expect(formatPackDiff(d, 'en')).toContain('No rule changes.');
  });
});
