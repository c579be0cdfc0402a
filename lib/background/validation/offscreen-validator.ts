import type { ValidationResult } from '../../core/packs/validate';
import { validationFailed, type PackValidator } from './validator';
import { OFFSCREEN_VALIDATE, type OffscreenValidate } from './worker-protocol';
import { offscreenOpener, type OffscreenApi } from '../offscreen-document';

export { OFFSCREEN_PATH, type OffscreenApi } from '../offscreen-document';

/**
 * Chrome (MV3): a service worker cannot start a Worker, so validation runs in a worker of an
 * offscreen document (entrypoints/offscreen/), created on first use and asked by message.
 */

export interface OffscreenDeps {
  offscreen: OffscreenApi;
  /** runtime.sendMessage: the offscreen document answers with a ValidationResult. */
  send(message: OffscreenValidate): Promise<unknown>;
  /** The document's URL (runtime.getURL). */
  url: string;
}

function isResult(value: unknown): value is ValidationResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

export function createOffscreenValidator(deps: OffscreenDeps): PackValidator {
  const ensure = offscreenOpener(deps.offscreen, deps.url);
  return async (input) => {
    try {
      await ensure();
      const reply = await deps.send({ type: OFFSCREEN_VALIDATE, input });
      if (isResult(reply)) return reply;
      return validationFailed({ lv: 'nav atbildes.', en: 'no answer.' });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return validationFailed({ lv: detail, en: detail });
    }
  };
}
