import { liveQuery } from 'dexie';
import browser from 'webextension-polyfill';
import { getActiveCall } from '../../data/calls';
import type { LaipniDb } from '../../data/database';
import { OFFSCREEN_PATH, offscreenOpener, type OffscreenApi } from '../offscreen-document';
import { createVoiceService, type VoiceService } from './voice-service';

export interface Voice {
  service: VoiceService;
  stop(): void;
}

/**
 * The voice coach's background service, capturing in Chrome's offscreen document. The session
 * stops when its call is no longer the open one (ended, dropped, replaced by a new call).
 * Firefox (MV2) has no offscreen document: starting fails with a clear message (README).
 */
export function startVoice(db: LaipniDb): Voice {
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome
    ?.offscreen;
  const service = createVoiceService({
    db,
    openCapture: offscreen
      ? offscreenOpener(offscreen, browser.runtime.getURL(OFFSCREEN_PATH))
      : () => Promise.reject(new Error('voice: no offscreen document in this browser')),
    send: (message) => browser.runtime.sendMessage(message),
    capturePath: OFFSCREEN_PATH,
    newSession: () => crypto.randomUUID(),
  });
  const subscription = liveQuery(async () => (await getActiveCall(db))?.id ?? null).subscribe({
    next: (callId) => void service.followActiveCall(callId),
    error: (error: unknown) => console.error('Laipni: voice coach call watch', error),
  });
  return {
    service,
    stop() {
      subscription.unsubscribe();
      void service.stop();
    },
  };
}
