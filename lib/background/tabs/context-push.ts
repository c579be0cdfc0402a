import { envelope } from '../../protocol/envelope';
import type { LaipniDb } from '../../data/database';
import { callContextFor } from './call-context';
import type { PagePort } from './tab-handlers';
import type { TabStates } from './tab-states';
import type { RuleSetService } from '../rule-set';

/**
 * The frames whose page engine asked for its setup, by tab, with each frame's site: the call
 * context is sent to each frame on its own (what it may hold depends on its site).
 */
export interface ContextPush {
  /** A frame's page engine started (`page:setup`). */
  known(tabId: number, frameId: number, site: string): void;
  /** Sends the current call context to every known frame of one tab. */
  push(tabId: number): Promise<void>;
  /** Sends it to every known frame of every tab (the call or the agent's settings changed). */
  pushAll(): void;
  forget(tabId: number): void;
}

export function createContextPush(
  db: LaipniDb,
  tabs: TabStates,
  port: PagePort,
  rules: RuleSetService,
): ContextPush {
  const frames = new Map<number, Map<number, string>>();

  async function push(tabId: number): Promise<void> {
    const known = frames.get(tabId);
    if (!known) return;
    const { scripts } = (await rules.current()).pack;
    await Promise.all(
      [...known].map(async ([frameId, site]) => {
        const context = await callContextFor(db, tabId, tabs.get(tabId), site, scripts);
        await port
          .sendToFrame(tabId, frameId, envelope('call:context', context))
          .catch(() => known.delete(frameId));
      }),
    );
  }

  return {
    known(tabId, frameId, site) {
      let known = frames.get(tabId);
      if (!known) frames.set(tabId, (known = new Map()));
      known.set(frameId, site);
    },
    push,
    pushAll() {
      for (const tabId of frames.keys()) void push(tabId);
    },
    forget: (tabId) => void frames.delete(tabId),
  };
}
