import type { ChecklistItem, ChecklistKind, LibraryPhrase, Rule } from '../core/model/pack';
import type { LocalizedText } from '../core/model/text';
import type { PersonalLayer, RuleOverride } from '../core/packs/overrides';
import {
  validateChecklistItem,
  validateLibraryPhrase,
  validateRule,
  validateRuleOverride,
  type PartResult,
} from '../core/packs/validate-parts';
import type { LaipniDb } from './database';

/**
 * The agent's personal layer: overrides of pack rules, own rules, own checklist items and
 * library phrases. Every write is validated with the pack schema, so the layer always compiles.
 */

/** `null` clears a field; a change that leaves nothing removes the override. */
export interface RuleOverridePatch {
  enabled?: boolean | null;
  replacements?: string[] | null;
  advice?: LocalizedText[] | null;
}

export async function setRuleOverride(
  db: LaipniDb,
  ruleId: string,
  patch: RuleOverridePatch,
  now = Date.now(),
): Promise<PartResult<RuleOverride | null>> {
  return db.transaction('rw', db.ruleOverrides, async () => {
    const current: RuleOverride = { ...((await db.ruleOverrides.get(ruleId)) ?? { ruleId }) };
    delete (current as { updatedAt?: number }).updatedAt;
    for (const key of ['enabled', 'replacements', 'advice'] as const) {
      const value = patch[key];
      if (value === null) delete current[key];
      else if (value !== undefined) Object.assign(current, { [key]: value });
    }
    const checked = validateRuleOverride(current);
    if (!checked.ok) return checked;
    const override = checked.value;
    const empty =
      override.enabled === undefined &&
      override.replacements === undefined &&
      override.advice === undefined;
    if (empty) {
      await db.ruleOverrides.delete(ruleId);
      return { ok: true as const, value: null };
    }
    await db.ruleOverrides.put({ ...override, updatedAt: now });
    return { ok: true as const, value: override };
  });
}

/** "Restore the pack's version": drops every personal change to the rule. */
export async function restoreRule(db: LaipniDb, ruleId: string): Promise<void> {
  await db.ruleOverrides.delete(ruleId);
}

export async function putPersonalRule(
  db: LaipniDb,
  rule: unknown,
  now = Date.now(),
): Promise<PartResult<Rule>> {
  const checked = validateRule(rule);
  if (checked.ok)
    await db.personalRules.put({ id: checked.value.id, rule: checked.value, updatedAt: now });
  return checked;
}

export async function deletePersonalRule(db: LaipniDb, id: string): Promise<void> {
  await db.personalRules.delete(id);
}

export async function putPersonalChecklistItem(
  db: LaipniDb,
  checklist: ChecklistKind,
  item: unknown,
  order?: number,
  now = Date.now(),
): Promise<PartResult<ChecklistItem>> {
  const checked = validateChecklistItem(item);
  if (!checked.ok) return checked;
  const value = checked.value;
  await db.transaction('rw', db.personalChecklistItems, async () => {
    const existing = await db.personalChecklistItems.get(value.id);
    const last = await db.personalChecklistItems.where('checklist').equals(checklist).toArray();
    const next = order ?? existing?.order ?? last.reduce((max, r) => Math.max(max, r.order + 1), 0);
    await db.personalChecklistItems.put({
      id: value.id,
      checklist,
      item: value,
      order: next,
      updatedAt: now,
    });
  });
  return checked;
}

export async function deletePersonalChecklistItem(db: LaipniDb, id: string): Promise<void> {
  await db.personalChecklistItems.delete(id);
}

/** Sets the order of a checklist's personal items to the order of `ids`. */
export async function reorderPersonalChecklist(
  db: LaipniDb,
  checklist: ChecklistKind,
  ids: string[],
): Promise<void> {
  await db.transaction('rw', db.personalChecklistItems, async () => {
    const rows = await db.personalChecklistItems.where('checklist').equals(checklist).toArray();
    const position = new Map(ids.map((id, i) => [id, i]));
    await db.personalChecklistItems.bulkPut(
      rows.map((row) => ({ ...row, order: position.get(row.id) ?? ids.length + row.order })),
    );
  });
}

export async function putPersonalPhrase(
  db: LaipniDb,
  phrase: unknown,
  now = Date.now(),
): Promise<PartResult<LibraryPhrase>> {
  const checked = validateLibraryPhrase(phrase);
  if (checked.ok)
    await db.personalPhrases.put({ id: checked.value.id, phrase: checked.value, updatedAt: now });
  return checked;
}

export async function deletePersonalPhrase(db: LaipniDb, id: string): Promise<void> {
  await db.personalPhrases.delete(id);
}

/** The whole personal layer as layering consumes it, read in one transaction. */
export async function loadPersonalLayer(db: LaipniDb): Promise<PersonalLayer> {
  return db.transaction(
    'r',
    [
      db.ruleOverrides,
      db.personalRules,
      db.personalChecklistItems,
      db.personalPhrases,
      db.personalScripts,
    ],
    async () => {
      const [overrides, rules, items, phrases, scripts] = await Promise.all([
        db.ruleOverrides.toArray(),
        db.personalRules.toArray(),
        db.personalChecklistItems.toArray(),
        db.personalPhrases.toArray(),
        db.personalScripts.toArray(),
      ]);
      return {
        ruleOverrides: overrides.map((record) => {
          const override: RuleOverride & { updatedAt?: number } = { ...record };
          delete override.updatedAt;
          return override;
        }),
        rules: rules.map((r) => r.rule),
        checklistItems: items.map(({ checklist, item, order }) => ({ checklist, item, order })),
        phrases: phrases.map((p) => p.phrase),
        scripts: scripts.map((s) => s.script),
      };
    },
  );
}
