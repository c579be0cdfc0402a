import type { CallDirection } from '../model/call';
import type { Channel } from '../model/pack';
import { CALL_KIND_SITUATIONS, type Script, type ScriptSituation } from '../model/script';

/**
 * Which scripts fit a call, the best first. A script that names a direction, channels, site
 * profiles or call kinds (first, repeat, dropped call) the call does not have does not fit;
 * among the rest, the more a script names that the call has, the higher it ranks; ties keep
 * the pack's order. The script of a dropped call being called back comes first of all.
 */

export interface CallForScripts {
  direction?: CallDirection;
  channel?: Channel;
  siteProfile?: string;
  /** Topics known for the call (service, sales, …); the call kind comes from the flags below. */
  situations?: readonly ScriptSituation[];
  repeatCall?: boolean;
  afterDrop?: boolean;
  /** The script the dropped call was running, to continue it. */
  resumeScriptId?: string;
}

export interface RankedScript {
  script: Script;
  fits: boolean;
  score: number;
}

const WEIGHT = {
  resume: 1000,
  callKind: 16,
  siteProfile: 8,
  direction: 4,
  situation: 3,
  channel: 2,
};

function callKinds(call: CallForScripts): Set<ScriptSituation> {
  const kinds = new Set<ScriptSituation>();
  if (call.repeatCall) kinds.add('repeat-call');
  if (call.afterDrop) kinds.add('dropped-call');
  if (kinds.size === 0) kinds.add('first-call');
  return kinds;
}

function rank(
  script: Script,
  call: CallForScripts,
  kinds: ReadonlySet<ScriptSituation>,
): RankedScript {
  const to = script.appliesTo ?? {};
  let fits = true;
  let score = 0;
  if (to.direction !== undefined && to.direction !== 'any') {
    if (call.direction === to.direction) score += WEIGHT.direction;
    else if (call.direction !== undefined) fits = false;
  }
  if (to.channels !== undefined && call.channel !== undefined) {
    if (to.channels.includes(call.channel)) score += WEIGHT.channel;
    else fits = false;
  }
  if (to.siteProfiles !== undefined) {
    if (call.siteProfile !== undefined && to.siteProfiles.includes(call.siteProfile)) {
      score += WEIGHT.siteProfile;
    } else fits = false;
  }
  const named = to.situations ?? [];
  const namedKinds = named.filter((s) => CALL_KIND_SITUATIONS.includes(s));
  if (namedKinds.length > 0) {
    if (namedKinds.some((k) => kinds.has(k))) score += WEIGHT.callKind;
    else fits = false;
  }
  for (const topic of call.situations ?? []) if (named.includes(topic)) score += WEIGHT.situation;
  if (call.repeatCall && script.repeatStart !== undefined) score += 1;
  if (call.resumeScriptId === script.id) {
    score += WEIGHT.resume;
    fits = true;
  }
  return { script, fits, score };
}

export function rankScripts(scripts: readonly Script[], call: CallForScripts): RankedScript[] {
  const kinds = callKinds(call);
  return scripts
    .map((script, order) => ({ ...rank(script, call, kinds), order }))
    .sort((a, b) => Number(b.fits) - Number(a.fits) || b.score - a.score || a.order - b.order)
    .map(({ script, fits, score }) => ({ script, fits, score }));
}

/** The script to offer first, if any fits. */
export function pickScript(scripts: readonly Script[], call: CallForScripts): Script | undefined {
  const best = rankScripts(scripts, call)[0];
  return best?.fits ? best.script : undefined;
}
