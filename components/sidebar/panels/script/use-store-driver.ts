import { useEffect, useRef, useState } from 'preact/hooks';
import type { CallRecord } from '../../../../lib/core/model/call';
import type { Script, ScriptProgress } from '../../../../lib/core/model/script';
import { compileScript } from '../../../../lib/core/scripts/compile';
import { applyMove } from '../../../../lib/core/scripts/moves';
import type { ScriptCommandResult } from '../../../../lib/protocol/sidebar-store';
import { useEnv } from '../../data/env';
import type { ScriptDriver } from '../../../shared/script-runner/driver';

const NO_ANSWER: ScriptCommandResult = {
  ok: false,
  error: {
    lv: 'Laipni neatbildēja. Pārlādējiet lapu un mēģiniet vēlreiz.',
    en: 'Laipni did not answer. Reload the page and try again.',
  },
};

/** How long a move shown here may wait for the stored progress before the stored one wins. */
const SETTLE_MS = 1500;

/**
 * Where a progress is, without the times (the background stamps a move with its own clock):
 * the stored progress has caught up with a move shown here when their keys are equal.
 */
function progressKey(p: ScriptProgress): string {
  return JSON.stringify([
    p.current,
    p.path.map((v) => [v.step, v.leftBy, v.answer ?? null, v.card ?? null]),
    p.captures,
    Object.entries(p.said).map(([step, mark]) => [step, mark.how]),
    p.objections.map((o) => [o.card, o.step, o.closedAt === null]),
    p.resumeTo,
    p.outcome?.id ?? null,
    p.noteDismissed,
  ]);
}

/**
 * The running call's script, driven through the background's store. A move shows at once:
 * the same pure move is applied here and shown until the stored progress has caught up (one
 * frame, instead of a round trip through the database). An earlier stored state arriving in
 * between (the store pushes every write) never takes the screen back a step; should the
 * stored progress differ for good (the page ticked a typed step meanwhile), it wins after
 * SETTLE_MS once no move is on its way.
 */
export function useStoreDriver(call: CallRecord, script: Script): ScriptDriver | null {
  const { store } = useEnv();
  const stored = call.script;
  const [local, setLocal] = useState<{ value: ScriptProgress; key: string } | null>(null);
  const [pending, setPending] = useState(0);
  const shownRef = useRef<ScriptProgress | undefined>(undefined);
  const caughtUp = !local || !stored || progressKey(stored) === local.key;
  useEffect(() => {
    if (local && caughtUp) setLocal(null);
  }, [local, caughtUp]);
  useEffect(() => {
    if (!local || pending > 0) return;
    const timer = setTimeout(() => setLocal(null), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [local, pending]);
  if (!stored) return null;
  const shown = local && !caughtUp ? local.value : stored;
  shownRef.current = shown;
  const ended = call.outcome !== 'open';

  return {
    script,
    progress: shown,
    ended,
    async move(move) {
      const current = shownRef.current ?? stored;
      const applied = applyMove(compileScript(script), current, move, Date.now());
      if (!applied.ok) return applied;
      if (applied.progress !== current && !ended) {
        shownRef.current = applied.progress;
        setLocal({ value: applied.progress, key: progressKey(applied.progress) });
      }
      setPending((n) => n + 1);
      try {
        const result = await store.run({
          name: 'script-move',
          params: { callId: call.id, move },
        });
        if (!result.ok) setLocal(null);
        return result;
      } catch {
        setLocal(null);
        return NO_ANSWER;
      } finally {
        setPending((n) => n - 1);
      }
    },
    insert: (text, target) =>
      store
        .run({ name: 'insert', params: target ? { text, target } : { text } })
        .catch(() => ({ ok: false as const, reason: 'no-answer' })),
  };
}
