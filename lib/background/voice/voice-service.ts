import * as v from 'valibot';
import { voiceChecks } from '../../core/calls/voice-checks';
import type { VoiceMetrics } from '../../core/voice';
import { getActiveCall, setCallVoice } from '../../data/calls';
import { getSettings } from '../../data/settings';
import type { LaipniDb } from '../../data/database';
import type { VoiceView } from '../../protocol/sidebar-store';
import type { ProtocolMap } from '../../protocol/messages';
import type { HandlerContext, Handlers } from '../../protocol/transport/router';
import type { VoiceProtocolMap } from '../../protocol/voice-messages';
import {
  startAnswerSchema,
  stopAnswerSchema,
  VOICE_START,
  VOICE_STOP,
  type OffscreenVoice,
} from './offscreen-protocol';

/**
 * The background's side of the voice coach: one listening session at a time (one microphone),
 * for the open call of one tab. It asks the capture document to start and stop, keeps the last
 * meters in memory for that tab's sidebar, and stores the summary (numbers) on the call when the
 * session stops — by the agent, or because the call ended.
 */

export interface VoiceServiceDeps {
  db: LaipniDb;
  /** Makes sure the capture document exists (Chrome: the offscreen document). */
  openCapture(): Promise<void>;
  /** Sends the capture document a command; resolves with its answer. */
  send(message: OffscreenVoice): Promise<unknown>;
  /** The capture document's path; only it may report meters. */
  capturePath: string;
  newSession(): string;
  /** Ids of the effective pack's body checklist (the summary ticks those it met). */
  bodyItems(): Promise<string[]>;
}

interface Session {
  id: string;
  tabId: number;
  view: VoiceView;
}

export interface VoiceService {
  view(tabId: number): VoiceView | null;
  /** Calls `listener` whenever tab `tabId`'s view changes. */
  subscribe(tabId: number, listener: () => void): () => void;
  /** Starts listening for call `callId` (the open call), in tab `tabId`. */
  start(tabId: number, callId: string): Promise<VoiceView | null>;
  /** Stops tab `tabId`'s session (any session if omitted) and stores its summary. */
  stop(tabId?: number): Promise<void>;
  /** Stops the session if its call is no longer the open one. */
  followActiveCall(activeCallId: string | null): Promise<void>;
  handlers: VoiceHandlers;
}

export type VoiceHandlers = Pick<Handlers<ProtocolMap>, keyof VoiceProtocolMap>;

export function createVoiceService(deps: VoiceServiceDeps): VoiceService {
  let session: Session | null = null;
  const listeners = new Map<number, Set<() => void>>();

  function notify(tabId: number): void {
    for (const listener of listeners.get(tabId) ?? []) listener();
  }

  function update(current: Session, view: Partial<VoiceView>): void {
    current.view = { ...current.view, ...view };
    notify(current.tabId);
  }

  function fromCapture(id: string, context: HandlerContext): Session | null {
    const url = context.sender.url;
    if (!url || new URL(url).pathname !== deps.capturePath) return null;
    if (session?.id === id) return session;
    // A session this worker does not know (it restarted while the capture listened): the
    // microphone must not stay on without the sidebar's indicator, so it is stopped.
    void deps.send({ type: VOICE_STOP, session: id }).catch(() => undefined);
    return null;
  }

  async function stop(tabId?: number): Promise<void> {
    const current = session;
    if (!current || (tabId !== undefined && current.tabId !== tabId)) return;
    session = null;
    notify(current.tabId);
    const answer = await deps
      .send({ type: VOICE_STOP, session: current.id })
      .catch((error: unknown) => {
        console.warn('Laipni: voice capture did not answer the stop', error);
        return null;
      });
    const summary = v.safeParse(stopAnswerSchema, answer);
    if (!summary.success || !summary.output) return;
    const items = new Set(await deps.bodyItems());
    const met = voiceChecks(summary.output)
      .filter((check) => check.verdict === 'met' && items.has(check.itemId))
      .map((check) => check.itemId);
    await setCallVoice(deps.db, current.view.callId, summary.output, met);
  }

  return {
    view: (tabId) => (session?.tabId === tabId ? session.view : null),
    subscribe(tabId, listener) {
      const set = listeners.get(tabId) ?? new Set();
      set.add(listener);
      listeners.set(tabId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(tabId);
      };
    },
    async start(tabId, callId) {
      const active = await getActiveCall(deps.db);
      if (active?.id !== callId) throw new Error('voice: the call is not open');
      await stop();
      const current: Session = {
        id: deps.newSession(),
        tabId,
        view: { callId, status: 'starting', failure: null, metrics: null },
      };
      session = current;
      notify(tabId);
      try {
        await deps.openCapture();
        const { voiceCustomerDevice } = await getSettings(deps.db);
        const parsed = v.safeParse(
          startAnswerSchema,
          await deps.send({
            type: VOICE_START,
            session: current.id,
            ...(voiceCustomerDevice ? { customerDevice: voiceCustomerDevice } : {}),
          }),
        );
        if (session !== current) return null;
        if (!parsed.success) update(current, { status: 'failed', failure: 'failed' });
        else if (parsed.output.ok) update(current, { status: 'listening' });
        else update(current, { status: 'failed', failure: parsed.output.reason });
      } catch (error) {
        console.warn('Laipni: voice capture could not start', error);
        if (session === current) update(current, { status: 'failed', failure: 'failed' });
      }
      return session === current ? current.view : null;
    },
    stop,
    async followActiveCall(activeCallId) {
      if (session && session.view.callId !== activeCallId) await stop();
    },
    handlers: {
      'voice:metrics': async ({ session: id, metrics }, context) => {
        const current = fromCapture(id, context);
        if (current) update(current, { status: 'listening', metrics: metrics as VoiceMetrics });
      },
      'voice:failed': async ({ session: id, reason }, context) => {
        const current = fromCapture(id, context);
        if (current) update(current, { status: 'failed', failure: reason });
      },
    },
  };
}
