import type { ValidationResult } from '../../core/packs/validate';

/** Messages between the background (or its offscreen document) and the validation worker. */
export interface ValidateRequest {
  id: number;
  input: unknown;
}

export interface ValidateReply {
  id: number;
  result: ValidationResult;
}

/** The worker script's path in the extension (wxt.config.ts bundles it). */
export const VALIDATOR_WORKER_PATH = '/pack-validator.js';

/** What the background sends its offscreen document; the reply is a ValidationResult. */
export const OFFSCREEN_VALIDATE = 'laipni:validate-pack';
export interface OffscreenValidate {
  type: typeof OFFSCREEN_VALIDATE;
  input: unknown;
}

export function isOffscreenValidate(message: unknown): message is OffscreenValidate {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === OFFSCREEN_VALIDATE
  );
}
