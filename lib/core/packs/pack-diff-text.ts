import { isEmptyDiff, type PackDiff, type RuleRef } from './pack-diff';
import type { ScriptsDiff } from './pack-diff-scripts';
import { localized, type Language } from '../model/text';

/**
 * The change summary as plain text, in Latvian or English: what `laipni diff` prints, and the
 * same facts the options page and the sidebar show an agent after an update.
 */

const WORDS = {
  lv: {
    header: (d: PackDiff) =>
      d.fromVersion === null
        ? `${d.packName} (${d.packId}): jauna instalācija, versija ${d.toVersion}`
        : `${d.packName} (${d.packId}): ${d.fromVersion} → ${d.toVersion}${d.direction === 'downgrade' ? ' (vecāka versija)' : ''}`,
    added: 'Pievienoti noteikumi',
    removed: 'Noņemti noteikumi',
    changed: 'Mainīti noteikumi',
    locked: 'Tagad bloķēti',
    unlocked: 'Vairs nav bloķēti',
    checklists: 'Mainīti kontrolsaraksti.',
    phrases: 'Mainīta frāžu bibliotēka.',
    changelog: 'Izmaiņu žurnāls',
    more: (n: number) => `  … un vēl ${n}`,
    none: 'Noteikumos nekas nav mainīts.',
    scriptsAdded: 'Pievienoti skripti',
    scriptsRemoved: 'Noņemti skripti',
    scriptsChanged: 'Mainīti skripti',
    stepsAdded: 'pievienoti soļi',
    stepsRemoved: 'noņemti soļi',
    stepsChanged: 'mainīti soļi',
  },
  en: {
    header: (d: PackDiff) =>
      d.fromVersion === null
        ? `${d.packName} (${d.packId}): new install, version ${d.toVersion}`
        : `${d.packName} (${d.packId}): ${d.fromVersion} → ${d.toVersion}${d.direction === 'downgrade' ? ' (older version)' : ''}`,
    added: 'Rules added',
    removed: 'Rules removed',
    changed: 'Rules changed',
    locked: 'Now locked',
    unlocked: 'No longer locked',
    checklists: 'Checklists changed.',
    phrases: 'Phrase library changed.',
    changelog: 'Changelog',
    more: (n: number) => `  … and ${n} more`,
    none: 'No rule changes.',
    scriptsAdded: 'Scripts added',
    scriptsRemoved: 'Scripts removed',
    scriptsChanged: 'Scripts changed',
    stepsAdded: 'steps added',
    stepsRemoved: 'steps removed',
    stepsChanged: 'steps changed',
  },
} as const;

function section(
  title: string,
  items: readonly RuleRef[],
  total: number,
  lang: Language,
  sign: string,
  detail: (item: RuleRef) => string = () => '',
): string[] {
  if (total === 0) return [];
  const lines = [`${title} (${total}):`];
  for (const item of items)
    lines.push(`  ${sign} ${item.id}${detail(item)} — ${localized(item.reason, lang)}`);
  if (total > items.length) lines.push(WORDS[lang].more(total - items.length));
  return lines;
}

const fieldList = (fields: readonly string[]) =>
  fields.length > 0 ? ` [${fields.join(', ')}]` : '';

/** Scripts added, removed, changed, and in each changed script its steps. */
function scriptLines(diff: ScriptsDiff | undefined, lang: Language): string[] {
  if (!diff) return [];
  const w = WORDS[lang];
  const lines: string[] = [];
  const list = (
    title: string,
    items: ReadonlyArray<{ id: string; name: { lv: string; en?: string } }>,
    total: number,
    sign: string,
  ) => {
    if (total === 0) return;
    lines.push(`${title} (${total}):`);
    for (const s of items) lines.push(`  ${sign} ${s.id} — ${localized(s.name, lang)}`);
    if (total > items.length) lines.push(w.more(total - items.length));
  };
  list(w.scriptsAdded, diff.added, diff.counts.added, '+');
  list(w.scriptsRemoved, diff.removed, diff.counts.removed, '-');
  if (diff.counts.changed > 0) lines.push(`${w.scriptsChanged} (${diff.counts.changed}):`);
  for (const s of diff.changed) {
    lines.push(`  ~ ${s.id}${fieldList(s.fields)} — ${localized(s.name, lang)}`);
    const steps = (
      title: string,
      items: ReadonlyArray<{ id: string; title: { lv: string; en?: string }; fields?: string[] }>,
      total: number,
      sign: string,
    ) => {
      if (total === 0) return;
      lines.push(`    ${title} (${total}):`);
      for (const step of items)
        lines.push(
          `      ${sign} ${step.id}${fieldList(step.fields ?? [])} — ${localized(step.title, lang)}`,
        );
      if (total > items.length) lines.push(`    ${w.more(total - items.length)}`);
    };
    steps(w.stepsAdded, s.stepsAdded, s.stepCounts.added, '+');
    steps(w.stepsRemoved, s.stepsRemoved, s.stepCounts.removed, '-');
    steps(w.stepsChanged, s.stepsChanged, s.stepCounts.changed, '~');
  }
  if (diff.counts.changed > diff.changed.length)
    lines.push(w.more(diff.counts.changed - diff.changed.length));
  return lines;
}

export function formatPackDiff(diff: PackDiff, lang: Language = 'en'): string {
  const w = WORDS[lang];
  const lines: string[] = [w.header(diff)];
  lines.push(...section(w.added, diff.added, diff.counts.added, lang, '+'));
  lines.push(...section(w.removed, diff.removed, diff.counts.removed, lang, '-'));
  const fields = new Map(diff.changed.map((c) => [c.id, c.fields]));
  lines.push(
    ...section(w.changed, diff.changed, diff.counts.changed, lang, '~', (item) => {
      const list = fields.get(item.id) ?? [];
      return list.length > 0 ? ` [${list.join(', ')}]` : '';
    }),
  );
  if (diff.lockedAdded.length > 0) lines.push(`${w.locked}: ${diff.lockedAdded.join(', ')}`);
  if (diff.lockedRemoved.length > 0) lines.push(`${w.unlocked}: ${diff.lockedRemoved.join(', ')}`);
  if (diff.checklistsChanged) lines.push(w.checklists);
  if (diff.phrasesChanged) lines.push(w.phrases);
  lines.push(...scriptLines(diff.scripts, lang));
  if (isEmptyDiff(diff)) lines.push(w.none);
  if (diff.changelog.length > 0) {
    lines.push(`${w.changelog}:`);
    for (const entry of diff.changelog) {
      const date = entry.date ? ` (${entry.date})` : '';
      lines.push(`  ${entry.version}${date}: ${localized(entry.notes, lang)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
