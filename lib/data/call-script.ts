import type { CallRecord } from '../core/model/call';
import type { Phase } from '../core/model/pack';
import type { Script } from '../core/model/script';
import type { Bilingual } from '../core/model/text';
import { compileScript } from '../core/scripts/compile';
import { applyMove, type ScriptMove } from '../core/scripts/moves';
import { currentPhase, start } from '../core/scripts/navigate';
import type { LaipniDb } from './database';

/**
 * A call's way through its script, stored in the call record: starting a script (a repeat
 * call enters at its repeat step, a call-back of a dropped call continues where that call
 * stopped) and applying the agent's moves, each in one transaction. The call's phase follows
 * the current step's, so the engine checks what the agent types in the right phase.
 */

export type ScriptCommandResult = { ok: true } | { ok: false; error: Bilingual };

const ENDED: Bilingual = {
  lv: 'Zvans jau ir beidzies: skriptu vairs nevar turpināt.',
  en: 'The call has ended: its script cannot go on.',
};
const NO_CALL: Bilingual = { lv: 'Šāda zvana nav.', en: 'There is no such call.' };
const OTHER_SCRIPT: Bilingual = {
  lv: 'Šajā zvanā darbojas cits skripts.',
  en: 'Another script runs in this call.',
};

/** The call with a phase mark for `phase` when it moved on (an open call only). */
function followPhase(call: CallRecord, phase: Phase | undefined, now: number): CallRecord {
  if (!phase || call.outcome !== 'open' || call.phases.at(-1)?.phase === phase) return call;
  return { ...call, phases: [...call.phases, { phase, at: now }] };
}

/** The dropped call this one continues: the one it calls back, or the repeat call's earlier. */
async function droppedBefore(db: LaipniDb, call: CallRecord): Promise<CallRecord | undefined> {
  const id = call.callBackOf ?? call.repeatOfCallId;
  const previous = id ? await db.calls.get(id) : undefined;
  return previous?.dropped ? previous : undefined;
}

export async function startCallScript(
  db: LaipniDb,
  callId: string,
  script: Script,
  now = Date.now(),
): Promise<ScriptCommandResult> {
  return db.transaction('rw', db.calls, async (): Promise<ScriptCommandResult> => {
    const call = await db.calls.get(callId);
    if (!call) return { ok: false, error: NO_CALL };
    if (call.outcome !== 'open') return { ok: false, error: ENDED };
    const c = compileScript(script);
    const dropped = await droppedBefore(db, call);
    const resumeFrom = dropped?.script?.scriptId === script.id ? dropped.script : undefined;
    const progress = start(c, now, {
      repeatCall: call.repeatOfCallId !== null,
      ...(resumeFrom ? { resumeFrom } : {}),
    });
    await db.calls.put(followPhase({ ...call, script: progress }, currentPhase(c, progress), now));
    return { ok: true };
  });
}

export async function moveCallScript(
  db: LaipniDb,
  callId: string,
  script: Script,
  move: ScriptMove,
  now = Date.now(),
): Promise<ScriptCommandResult> {
  return db.transaction('rw', db.calls, async (): Promise<ScriptCommandResult> => {
    const call = await db.calls.get(callId);
    if (!call?.script) return { ok: false, error: NO_CALL };
    if (call.script.scriptId !== script.id) return { ok: false, error: OTHER_SCRIPT };
    // The note stays until the agent closes it, also after the call ended.
    if (call.outcome !== 'open' && move.kind !== 'dismiss-note') return { ok: false, error: ENDED };
    const c = compileScript(script);
    const moved = applyMove(c, call.script, move, now);
    if (!moved.ok) return moved;
    if (moved.progress === call.script) return { ok: true };
    const next = followPhase(
      { ...call, script: moved.progress },
      currentPhase(c, moved.progress),
      now,
    );
    await db.calls.put(next);
    return { ok: true };
  });
}
