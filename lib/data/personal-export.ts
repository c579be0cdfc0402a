import { buildPersonalPack, type PersonalPackMeta } from '../core/packs/export';
import type { Pack, Rule } from '../core/model/pack';
import type { LaipniDb } from './database';
import { listPacks, readPack } from './packs';
import { loadPersonalLayer } from './personal';

/** The agent's own rules and edits as a pack (so good phrases can become a team pack). */
export async function exportPersonalPack(db: LaipniDb, meta: PersonalPackMeta): Promise<Pack> {
  const [personal, installed] = await Promise.all([loadPersonalLayer(db), listPacks(db)]);
  // Base rules for edited suggestions: the highest installed layer's definition of each id.
  const base = new Map<string, Rule>();
  for (const record of installed)
    for (const rule of readPack(record)?.rules ?? []) base.set(rule.id, rule);
  return buildPersonalPack(personal, meta, base);
}
