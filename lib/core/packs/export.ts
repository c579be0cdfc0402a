import { PACK_FORMAT, PACK_FORMAT_V2, type Pack, type Rule } from '../model/pack';
import type { PersonalLayer } from './overrides';

/** Pack documents as people read them: two-space JSON with a final newline. */
export function serializePack(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export interface PersonalPackMeta {
  id: string;
  name: string;
  author: string;
  version: string;
  language?: string;
}

/**
 * The agent's own work as a pack a lead can publish: personal rules, pack rules with the agent's
 * edited suggestions (as full rules, when the base rule is known), checklist items, phrases
 * and call scripts (then the pack is `laipni-pack/2`).
 */
export function buildPersonalPack(
  personal: PersonalLayer,
  meta: PersonalPackMeta,
  baseRules: ReadonlyMap<string, Rule> = new Map(),
): Pack {
  const rules: Rule[] = personal.rules.map((rule) => {
    const out: Rule = { ...rule };
    delete out.locked;
    return out;
  });
  const own = new Set(rules.map((r) => r.id));
  for (const override of personal.ruleOverrides) {
    const base = baseRules.get(override.ruleId);
    if (!base || own.has(override.ruleId)) continue;
    if (override.replacements === undefined && override.advice === undefined) continue;
    const edited: Rule = { ...base };
    if (override.replacements) edited.replacements = override.replacements;
    if (override.advice) edited.advice = override.advice;
    delete edited.locked;
    delete edited.enabled;
    rules.push(edited);
  }
  const checklists: Pack['checklists'] = {};
  const sorted = [...personal.checklistItems].sort((a, b) => a.order - b.order);
  for (const { checklist, item } of sorted) {
    (checklists[checklist] ??= []).push(item);
  }
  const pack: Pack = {
    format: PACK_FORMAT,
    id: meta.id,
    name: meta.name,
    version: meta.version,
    author: meta.author,
    language: meta.language ?? 'lv',
    rules,
  };
  if (Object.keys(checklists).length > 0) pack.checklists = checklists;
  if (personal.phrases.length > 0) pack.phrases = [...personal.phrases];
  if (personal.scripts && personal.scripts.length > 0) {
    pack.format = PACK_FORMAT_V2;
    pack.scripts = personal.scripts.map((script) => {
      const out = { ...script };
      delete out.locked;
      return out;
    });
  }
  return pack;
}
