import type { LocalizedText } from './text';

/** Where an installed pack came from; built-in and policy packs cannot be replaced from a file. */
export type PackSource = 'builtin' | 'file' | 'url' | 'policy';

/** `active` packs take part in layering; `disabled` ones are kept but ignored. */
export type PackStatus = 'active' | 'disabled';

export interface InstalledPackRecord {
  id: string;
  version: string;
  name: string;
  source: PackSource;
  /** Layering order among team packs (higher wins); starts as the pack's own `priority`. */
  priority: number;
  /** The validated pack as JSON text: cheap to store, parsed once per recompute. */
  json: string;
  /** FNV-1a 64 of `json` (see `packJson`). */
  hash: string;
  ruleCount: number;
  installedAt: number;
  updatedAt: number;
  status: PackStatus;
  /** The last problem with this pack (e.g. a failed update that kept this version). */
  statusMessage?: LocalizedText;
  /** File name or URL it came from. */
  origin?: string;
}

/** An installed pack as lists show it, without its JSON. */
export type PackSummary = Omit<InstalledPackRecord, 'json'>;
