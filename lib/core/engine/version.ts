import { type MatcherKind } from '../model/pack';
import { isMatcherKind } from './kinds';

/** The engine's version; a pack's `minEngineVersion` newer than this cannot be used. */
export const ENGINE_VERSION = '1.1.0';

/** Does this engine implement a match kind? (An unknown kind is a pack validation error.) */
export function supportsMatcherKind(kind: string): kind is MatcherKind {
  return isMatcherKind(kind);
}

function parts(version: string): number[] | null {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** Can this engine run a pack that asks for `minEngineVersion`? False when it is newer or malformed. */
export function supportsEngineVersion(
  minEngineVersion: string | undefined,
  engine = ENGINE_VERSION,
): boolean {
  if (minEngineVersion === undefined) return true;
  const need = parts(minEngineVersion);
  const have = parts(engine);
  if (!need || !have) return false;
  for (let i = 0; i < 3; i++) {
    const a = have[i] as number;
    const b = need[i] as number;
    if (a !== b) return a > b;
  }
  return true;
}
