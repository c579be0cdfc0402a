import browser, { type Runtime } from 'webextension-polyfill';
import { createWorkerValidator } from '../../lib/background/validation/worker-runner';
import {
  isOffscreenValidate,
  VALIDATOR_WORKER_PATH,
} from '../../lib/background/validation/worker-protocol';

// Chrome's offscreen document: it only hosts the pack-validation worker for the service worker
// (lib/background/validation/offscreen-validator.ts), which cannot start workers itself.
const validate = createWorkerValidator(
  () => new Worker(browser.runtime.getURL(VALIDATOR_WORKER_PATH)),
);

/** Only the background asks: no tab, this extension. */
function fromBackground(sender: Runtime.MessageSender): boolean {
  return (
    sender.id === browser.runtime.id && sender.tab === undefined && sender.frameId === undefined
  );
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isOffscreenValidate(message) || !fromBackground(sender)) return undefined;
  return validate(message.input);
});
