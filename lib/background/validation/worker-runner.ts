import type { ValidationResult } from '../../core/packs/validate';
import { validationFailed, type PackValidator } from './validator';
import type { ValidateReply, ValidateRequest } from './worker-protocol';

/** The part of a dedicated Worker the runner uses (a fake in unit tests). */
export interface WorkerLike {
  postMessage(message: ValidateRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ValidateReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Validation limits make a pack take ≤ 5 s; a worker still busy after this is stuck. */
export const VALIDATION_TIMEOUT_MS = 30_000;

/**
 * Runs validations in a worker, one at a time, spawned on first use and kept. A worker that
 * errors or exceeds the timeout is terminated (the next job spawns a new one) and that pack is
 * refused with a message; this never rejects.
 */
export function createWorkerValidator(
  spawn: () => WorkerLike,
  timeoutMs = VALIDATION_TIMEOUT_MS,
): PackValidator {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const runOne = (input: unknown) =>
    new Promise<ValidationResult>((resolve) => {
      const id = nextId++;
      let current: WorkerLike;
      try {
        current = worker ??= spawn();
      } catch (error) {
        resolve(failure(error));
        return;
      }
      const finish = (result: ValidationResult, kill: boolean) => {
        clearTimeout(timer);
        current.onmessage = null;
        current.onerror = null;
        if (kill) {
          current.terminate();
          if (worker === current) worker = null;
        }
        resolve(result);
      };
      const timer = setTimeout(() => {
        const s = Math.round(timeoutMs / 1000);
        finish(
          validationFailed({
            lv: `pārbaude ilga ilgāk par ${s} s.`,
            en: `the check took longer than ${s} s.`,
          }),
          true,
        );
      }, timeoutMs);
      current.onmessage = (event) => {
        if (event.data.id === id) finish(event.data.result, false);
      };
      current.onerror = (event) => finish(failure(event.message || 'worker error'), true);
      try {
        current.postMessage({ id, input });
      } catch (error) {
        finish(failure(error), true);
      }
    });

  return (input) => {
    const job = queue.then(() => runOne(input));
    queue = job;
    return job;
  };
}

function failure(error: unknown): ValidationResult {
  const detail = error instanceof Error ? error.message : String(error);
  return validationFailed({ lv: detail, en: detail });
}
