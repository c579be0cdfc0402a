import type { ValidationResult } from '../../core/packs/validate';
import { validationFailed, type PackValidator } from './validator';
import { OFFSCREEN_VALIDATE, type OffscreenValidate } from './worker-protocol';

/**
 * Chrome (MV3): a service worker cannot start a Worker, so validation runs in a worker of an
 * offscreen document (entrypoints/offscreen/), created on first use and asked by message.
 */

/** The parts of `chrome.offscreen` used here. */
export interface OffscreenApi {
  createDocument(parameters: {
    url: string;
    reasons: string[];
    justification: string;
  }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export interface OffscreenDeps {
  offscreen: OffscreenApi;
  /** runtime.sendMessage: the offscreen document answers with a ValidationResult. */
  send(message: OffscreenValidate): Promise<unknown>;
  /** The document's URL (runtime.getURL). */
  url: string;
}

export const OFFSCREEN_PATH = '/offscreen.html';

function isResult(value: unknown): value is ValidationResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

export function createOffscreenValidator(deps: OffscreenDeps): PackValidator {
  let creating: Promise<void> | null = null;
  const ensure = async () => {
    if (deps.offscreen.hasDocument && (await deps.offscreen.hasDocument())) return;
    creating ??= deps.offscreen
      .createDocument({
        url: deps.url,
        reasons: ['WORKERS'],
        justification: 'Validates phrase packs in a worker, off the service worker.',
      })
      .catch((error: unknown) => {
        // Another caller (or an earlier worker life) created it already.
        if (!String(error).includes('single offscreen')) throw error;
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  };
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
