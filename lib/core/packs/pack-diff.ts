import type { ChangelogEntry, Pack, Rule } from '../model/pack';
import type { LocalizedText } from '../model/text';
import { canonicalJson } from './pack-hash';
import { diffScripts, scriptChangeCount, type ScriptsDiff } from './pack-diff-scripts';
import { compareSemver } from './semver';

/**
 * What an update of a pack changes, as the agent sees it ("what changed") and as `laipni diff`
 * prints it: rules added, removed and changed (with the fields that changed), lock changes,
 * scripts and their steps (pack-diff-scripts.ts), and the pack's changelog entries newer than
 * the old version. Pure and bounded: long lists are
 * cut (the counts stay exact) so a 20,000-rule update stores a small summary.
 */

export const DIFF_LIST_LIMIT = 200;
export const DIFF_CHANGELOG_LIMIT = 20;

export interface RuleRef {
  id: string;
  reason: LocalizedText;
}

export interface ChangedRule extends RuleRef {
  /** Top-level rule fields whose value changed («match», «replacements», …). */
  fields: string[];
}

export interface PackDiff {
  packId: string;
  packName: string;
  /** null: a first install. */
  fromVersion: string | null;
  toVersion: string;
  /** `upgrade`, `downgrade` or `same` (same version, different content). */
  direction: 'install' | 'upgrade' | 'downgrade' | 'same';
  added: RuleRef[];
  removed: RuleRef[];
  changed: ChangedRule[];
  /** Exact sizes of the three lists before they were cut to `DIFF_LIST_LIMIT`. */
  counts: { added: number; removed: number; changed: number };
  lockedAdded: string[];
  lockedRemoved: string[];
  checklistsChanged: boolean;
  phrasesChanged: boolean;
  /** Changelog entries newer than `fromVersion` up to `toVersion`, newest first. */
  changelog: ChangelogEntry[];
  /** Scripts and their steps added, removed, changed (absent in summaries stored before). */
  scripts?: ScriptsDiff;
}

/** Examples are the pack's own tests: changing them changes nothing an agent sees. */
const IGNORED_RULE_FIELDS = new Set(['examples']);

function changedFields(before: Rule, after: Rule): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  return [...keys]
    .filter((k) => !IGNORED_RULE_FIELDS.has(k) && canonicalJson(a[k]) !== canonicalJson(b[k]))
    .sort();
}

function ref(rule: Rule): RuleRef {
  return { id: rule.id, reason: rule.reason };
}

function newerEntries(pack: Pack, fromVersion: string | null): ChangelogEntry[] {
  return (pack.changelog ?? [])
    .filter(
      (e) =>
        compareSemver(e.version, pack.version) <= 0 &&
        (fromVersion === null || compareSemver(e.version, fromVersion) > 0),
    )
    .sort((x, y) => compareSemver(y.version, x.version))
    .slice(0, DIFF_CHANGELOG_LIMIT);
}

function direction(from: string | null, to: string): PackDiff['direction'] {
  if (from === null) return 'install';
  const order = compareSemver(to, from);
  return order > 0 ? 'upgrade' : order < 0 ? 'downgrade' : 'same';
}

/** The change from `before` (null: nothing installed) to `after`. */
export function diffPacks(before: Pack | null, after: Pack): PackDiff {
  const old = new Map((before?.rules ?? []).map((r) => [r.id, r]));
  const next = new Map(after.rules.map((r) => [r.id, r]));
  const added: RuleRef[] = [];
  const changed: ChangedRule[] = [];
  for (const rule of after.rules) {
    const prev = old.get(rule.id);
    if (!prev) added.push(ref(rule));
    else {
      const fields = changedFields(prev, rule);
      if (fields.length > 0) changed.push({ ...ref(rule), fields });
    }
  }
  const removed = (before?.rules ?? []).filter((r) => !next.has(r.id)).map(ref);
  const oldLocks = new Set(before?.locked ?? []);
  const newLocks = new Set(after.locked ?? []);
  const fromVersion = before?.version ?? null;
  return {
    packId: after.id,
    packName: after.name,
    fromVersion,
    toVersion: after.version,
    direction: direction(fromVersion, after.version),
    added: added.slice(0, DIFF_LIST_LIMIT),
    removed: removed.slice(0, DIFF_LIST_LIMIT),
    changed: changed.slice(0, DIFF_LIST_LIMIT),
    counts: { added: added.length, removed: removed.length, changed: changed.length },
    lockedAdded: [...newLocks].filter((id) => !oldLocks.has(id)).slice(0, DIFF_LIST_LIMIT),
    lockedRemoved: [...oldLocks].filter((id) => !newLocks.has(id)).slice(0, DIFF_LIST_LIMIT),
    checklistsChanged:
      canonicalJson(before?.checklists ?? {}) !== canonicalJson(after.checklists ?? {}),
    phrasesChanged: canonicalJson(before?.phrases ?? []) !== canonicalJson(after.phrases ?? []),
    changelog: newerEntries(after, fromVersion),
    scripts: diffScripts(before?.scripts ?? [], after.scripts ?? [], DIFF_LIST_LIMIT),
  };
}

/** True when the update changes nothing the agent would notice. */
export function isEmptyDiff(diff: PackDiff): boolean {
  return (
    diff.counts.added + diff.counts.removed + diff.counts.changed === 0 &&
    diff.lockedAdded.length + diff.lockedRemoved.length === 0 &&
    !diff.checklistsChanged &&
    !diff.phrasesChanged &&
    scriptChangeCount(diff.scripts) === 0
  );
}
