import browser from 'webextension-polyfill';
import { createOffscreenValidator, OFFSCREEN_PATH, type OffscreenApi } from './offscreen-validator';
import { validateInThread, type PackValidator } from './validator';
import { createWorkerValidator, type WorkerLike } from './worker-runner';
import { VALIDATOR_WORKER_PATH } from './worker-protocol';

/**
 * The background's validator: a Worker where the background may start one (Firefox's
 * background page), else Chrome's offscreen document, else this thread.
 */
export function backgroundValidator(): PackValidator {
  const g = globalThis as unknown as {
    Worker?: new (url: string) => WorkerLike;
    chrome?: { offscreen?: OffscreenApi };
  };
  const WorkerCtor = g.Worker;
  if (WorkerCtor) {
    const url = browser.runtime.getURL(VALIDATOR_WORKER_PATH);
    return createWorkerValidator(() => new WorkerCtor(url));
  }
  const offscreen = g.chrome?.offscreen;
  if (offscreen) {
    return createOffscreenValidator({
      offscreen,
      url: browser.runtime.getURL(OFFSCREEN_PATH),
      send: (message) => browser.runtime.sendMessage(message),
    });
  }
  return validateInThread;
}
