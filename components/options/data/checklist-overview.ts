import type { LaipniDb } from '../../../lib/data/database';
import { listPacks } from '../../../lib/data/packs';
import type { PersonalChecklistItemRecord } from '../../../lib/data/records';
import {
  CHECKLIST_KINDS,
  type ChecklistItem,
  type ChecklistKind,
} from '../../../lib/core/model/pack';
import { layersOf } from './rule-overview';

export interface PackChecklistItem {
  item: ChecklistItem;
  packId: string;
  packName: string;
}

export interface ChecklistKindOverview {
  kind: ChecklistKind;
  /** Items the packs bring (read-only here), merged by id the way layering merges them. */
  packItems: PackChecklistItem[];
  /** The agent's own items, in their order. */
  personal: PersonalChecklistItemRecord[];
}

/** Every checklist with the packs' items and the agent's own, in layering order. */
export async function loadChecklistOverview(db: LaipniDb): Promise<ChecklistKindOverview[]> {
  const [records, personal] = await Promise.all([
    listPacks(db),
    db.personalChecklistItems.toArray(),
  ]);
  const { builtin, team } = layersOf(records);
  const ordered = [
    ...builtin,
    ...[...team]
      .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || a.pack.id.localeCompare(b.pack.id))
      .map((t) => t.pack),
  ];
  return CHECKLIST_KINDS.map((kind) => {
    const merged = new Map<string, PackChecklistItem>();
    for (const pack of ordered) {
      for (const item of pack.checklists?.[kind] ?? []) {
        merged.delete(item.id);
        merged.set(item.id, { item, packId: pack.id, packName: pack.name });
      }
    }
    return {
      kind,
      packItems: [...merged.values()],
      personal: personal.filter((p) => p.checklist === kind).sort((a, b) => a.order - b.order),
    };
  });
}

/** A fresh id for an agent's checklist item (the item-id pattern allows letters and hyphens). */
export function newItemId(now = Date.now()): string {
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `mine-${now.toString(36)}-${random}`;
}
