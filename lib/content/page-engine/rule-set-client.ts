import { createCheckerFromPacks } from '../../core/engine/core';
import type { Checker } from '../../core/engine/checker-types';
import { onBroadcast, sendMessage } from '../../protocol/transport/client';
import type { Pack } from '../../core/model/pack';
import { frameState } from '../bootstrap/frame-state';

export interface RuleSetClient {
  /** The frame's one compiled rule set, or null until the first one arrives. */
  current(): Checker | null;
  /** The effective pack it was compiled from (checklists, library phrases). */
  pack(): Pack | null;
  /**
   * Drops the compiled rule set (the frame has no field left); the next `current()` asks the
   * background again and answers null until the rule set is back.
   */
  release(): void;
}

const RETRY_MS = 2000;

/**
 * Keeps the frame's compiled rule set: asks the background for the effective pack (JSON and a
 * version hash), compiles it once per version, and refetches when the background broadcasts a
 * new version. If the background cannot answer (restarting, or the extension was updated),
 * the frame keeps the rule set it has and tries again later. The content script does not bundle
 * the built-in pack: the background is the one source of rules.
 */
export function createRuleSetClient(signal: AbortSignal, onChange: () => void): RuleSetClient {
  let checker: Checker | null = null;
  let pack: Pack | null = null;
  let version: string | undefined;
  let inFlight = false;
  let released = false;

  async function refresh(): Promise<void> {
    if (inFlight || signal.aborted || released) return;
    inFlight = true;
    frameState().ruleSetRequests += 1;
    try {
      const reply = await sendMessage('data:get-rules', { knownVersion: version });
      if (signal.aborted || released || 'unchanged' in reply) return;
      // The old checker becomes garbage once replaced: field sessions are keyed on it.
      checker = createCheckerFromPacks([reply.pack], {});
      pack = reply.pack;
      version = reply.version;
      frameState().ruleSetHeld = true;
      onChange();
    } catch {
      if (!checker && !signal.aborted) setTimeout(() => void refresh(), RETRY_MS);
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
  function drop(): void {
    checker = null;
    pack = null;
    version = undefined;
    frameState().ruleSetHeld = false;
  }
  signal.addEventListener('abort', drop);

  return {
    current() {
      if (released) {
        released = false;
        void refresh();
      }
      return checker;
    },
    pack: () => pack,
    release() {
      released = true;
      drop();
    },
  };
}
