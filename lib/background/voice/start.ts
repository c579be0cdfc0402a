import browser from 'webextension-polyfill';
import type { LaipniDb } from '../../data/database';
import type { RuleSetService } from '../rule-set';
import { OFFSCREEN_PATH, offscreenOpener, type OffscreenApi } from '../offscreen-document';
import { stopWithCall } from './follow-call';
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
export function startVoice(db: LaipniDb, rules: RuleSetService): Voice {
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
    bodyItems: async () =>
      ((await rules.current()).pack.checklists?.body ?? []).map((item) => item.id),
  });
  const stopFollowing = stopWithCall(db, service);
  return {
    service,
    stop() {
      stopFollowing();
      void service.stop();
    },
  };
}
