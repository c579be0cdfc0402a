import { validatePack } from '../../core/packs/validate';
import type { ValidateReply, ValidateRequest } from './worker-protocol';

/**
 * The validation worker (bundled on its own into pack-validator.js): the same pure validation,
 * on a thread of its own. One request at a time; the runner terminates it when it takes too long.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ValidateRequest>) => void) | null;
  postMessage(reply: ValidateReply): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => {
  const { id, input } = event.data;
  scope.postMessage({ id, result: validatePack(input) });
};
