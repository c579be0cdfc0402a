import { useRef, useState } from 'preact/hooks';
import type { CallRecord } from '../../../../lib/core/model/call';
import type { Script, ScriptProgress } from '../../../../lib/core/model/script';
import { compileScript } from '../../../../lib/core/scripts/compile';
import { applyMove } from '../../../../lib/core/scripts/moves';
import type { ScriptCommandResult } from '../../../../lib/protocol/sidebar-store';
import { useEnv } from '../../data/env';
import type { ScriptDriver } from './driver';

const NO_ANSWER: ScriptCommandResult = {
  ok: false,
  error: {
    lv: 'Laipni neatbildēja. Pārlādējiet lapu un mēģiniet vēlreiz.',
    en: 'Laipni did not answer. Reload the page and try again.',
  },
};

/**
 * The running call's script, driven through the background's store. A move shows at once:
 * the same pure move is applied here and shown until the background's stored progress has
 * caught up (one frame, instead of a round trip through the database).
 */
export function useStoreDriver(call: CallRecord, script: Script): ScriptDriver | null {
  const { store } = useEnv();
  const stored = call.script;
  const [local, setLocal] = useState<{ base: ScriptProgress; value: ScriptProgress } | null>(null);
  const [pending, setPending] = useState(0);
  const shownRef = useRef<ScriptProgress | undefined>(undefined);
  if (!stored) return null;
  const shown = local && (pending > 0 || local.base === stored) ? local.value : stored;
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
        setLocal({ base: stored, value: applied.progress });
      }
      setPending((n) => n + 1);
      try {
        return await store.run({ name: 'script-move', params: { callId: call.id, move } });
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
