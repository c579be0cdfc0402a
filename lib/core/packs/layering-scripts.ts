import type { Script } from '../model/script';
import { canonicalJson, fnv1a64 } from './pack-hash';

/**
 * The effective scripts, layered like rules: the built-in scripts < team packs' scripts (in
 * the packs' layering order) < the agent's own. A higher layer's script with the same id
 * replaces the lower one, unless a lower team layer locked it (`locked: true`): then the
 * agent's script of that id is reported as blocked and the locked one stays.
 */

export type ScriptLayer = 'builtin' | 'team' | 'personal';

export interface ScriptReport {
  scriptId: string;
  layer: ScriptLayer;
  /** Pack whose script won (`personal` for the agent's own, `builtin` for the built-in ones). */
  packId: string;
  locked: boolean;
  /** Lower layers' packs whose script of this id was replaced. */
  overriddenPackIds: string[];
}

export interface ScriptLayering {
  scripts: Script[];
  /** One hash per effective script (cached per script object), for the pack's version. */
  hashes: string[];
  report: ScriptReport[];
  /** The agent's scripts whose id a locked team script holds. */
  blocked: string[];
}

export interface ScriptLayerInput {
  packId: string;
  layer: ScriptLayer;
  scripts: readonly Script[];
}

const hashes = new WeakMap<Script, string>();

function hashOf(script: Script): string {
  let hash = hashes.get(script);
  if (hash === undefined) {
    hash = fnv1a64(canonicalJson(script));
    hashes.set(script, hash);
  }
  return hash;
}

/** `layers` lowest first; every script object is used as it is (nothing is copied). */
export function layerScripts(layers: readonly ScriptLayerInput[]): ScriptLayering {
  const slots = new Map<string, { script: Script; input: ScriptLayerInput; over: string[] }>();
  const blocked: string[] = [];
  for (const input of layers) {
    for (const script of input.scripts) {
      const prev = slots.get(script.id);
      if (prev?.script.locked && input.layer === 'personal') {
        blocked.push(script.id);
        continue;
      }
      // A replaced script moves to where the higher layer put it, as rules do.
      slots.delete(script.id);
      slots.set(script.id, {
        script,
        input,
        over: prev ? [...prev.over, prev.input.packId] : [],
      });
    }
  }
  const scripts: Script[] = [];
  const report: ScriptReport[] = [];
  for (const { script, input, over } of slots.values()) {
    scripts.push(script);
    report.push({
      scriptId: script.id,
      layer: input.layer,
      packId: input.packId,
      locked: script.locked === true,
      overriddenPackIds: over,
    });
  }
  return { scripts, hashes: scripts.map(hashOf), report, blocked };
}
