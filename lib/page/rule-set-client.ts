import { createChecker } from '../engine';
import type { Checker } from '../engine/types';
import { onBroadcast, sendMessage } from '../messaging/client';
import { frameState } from '../shell/frame-state';

export interface RuleSetClient {
  /** The frame's one compiled rule set, or null until the first one arrives. */
  current(): Checker | null;
}

/**
 * Keeps the frame's compiled rule set: asks the background for the effective pack (JSON and a
 * version hash), compiles it once per version, and refetches when the background broadcasts a
 * new version. If the background cannot answer (restarting, or the extension was updated), the
 * frame keeps what it has, or falls back to the built-in pack so the agent is never left
 * without help.
 */
export function createRuleSetClient(signal: AbortSignal, onChange: () => void): RuleSetClient {
  let checker: Checker | null = null;
  let version: string | undefined;
  let inFlight = false;

  async function refresh(): Promise<void> {
    if (inFlight || signal.aborted) return;
    inFlight = true;
    frameState().ruleSetRequests += 1;
    try {
      const reply = await sendMessage('data:get-rules', { knownVersion: version });
      if (signal.aborted || 'unchanged' in reply) return;
      // The old checker becomes garbage as soon as it is replaced: sessions key on it.
      checker = createChecker({ packs: [reply.pack] });
      version = reply.version;
      onChange();
    } catch {
      if (!checker && !signal.aborted) {
        checker = createChecker();
        onChange();
      }
    } finally {
      inFlight = false;
    }
  }

  onBroadcast(
    'data:rules-changed',
    (payload) => {
      if (payload.version !== version) void refresh();
    },
    signal,
  );
  void refresh();
  signal.addEventListener('abort', () => {
    checker = null;
  });

  return { current: () => checker };
}
