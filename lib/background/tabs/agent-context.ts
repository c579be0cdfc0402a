import Dexie from 'dexie';
import type { CallRecord } from '../../core/model/call';
import type { Settings } from '../../core/model/settings';
import { getActiveCall } from '../../data/calls';
import type { LaipniDb } from '../../data/database';
import { getSettings } from '../../data/settings';

export interface AgentContext {
  settings: Settings;
  call: CallRecord | undefined;
}

export interface AgentContextCache {
  /** The agent's settings and the running call, as committed now. */
  current(): Promise<AgentContext>;
  stop(): void;
}

const WATCHED = ['settings', 'calls'];

/**
 * The settings and the running call, read once and kept until a write to either table commits
 * (in any extension context: Dexie's `storagemutated`). Every card and Alt+Enter needs them;
 * reading them from IndexedDB each time cost a card a few milliseconds of hops.
 */
export function createAgentContextCache(db: LaipniDb): AgentContextCache {
  let cached: Promise<AgentContext> | null = null;
  const prefixes = WATCHED.map((table) => `idb://${db.name}/${table}/`);

  const onMutated = (parts: Record<string, unknown>) => {
    for (const key of Object.keys(parts))
      if (prefixes.some((prefix) => key.startsWith(prefix))) {
        cached = null;
        return;
      }
  };
  Dexie.on('storagemutated', onMutated);

  return {
    current() {
      if (cached) return cached;
      const read = Promise.all([getSettings(db), getActiveCall(db)]).then(([settings, call]) => ({
        settings,
        call,
      }));
      cached = read;
      // A failed read is not kept: the next card reads again.
      read.catch(() => {
        if (cached === read) cached = null;
      });
      return read;
    },
    stop: () => Dexie.on('storagemutated').unsubscribe(onMutated),
  };
}
