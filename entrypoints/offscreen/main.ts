import browser, { type Runtime } from 'webextension-polyfill';
import * as v from 'valibot';
import { createWorkerValidator } from '../../lib/background/validation/worker-runner';
import {
  isOffscreenValidate,
  VALIDATOR_WORKER_PATH,
} from '../../lib/background/validation/worker-protocol';
import { createVoiceCapture } from '../../lib/background/voice/capture';
import { offscreenVoiceSchema, VOICE_START } from '../../lib/background/voice/offscreen-protocol';
import { VOICE_WORKLET_PATH } from '../../lib/background/voice/worklet-protocol';
import { sendMessage } from '../../lib/protocol/transport/client';

// Chrome's offscreen document, for the service worker, which cannot start workers or capture
// audio itself: it hosts the pack-validation worker
// (lib/background/validation/offscreen-validator.ts) and the voice coach's capture
// (lib/background/voice/capture.ts).
const validate = createWorkerValidator(
  () => new Worker(browser.runtime.getURL(VALIDATOR_WORKER_PATH)),
);
const voice = createVoiceCapture({
  report: (name, request) => sendMessage(name, request),
  workletUrl: browser.runtime.getURL(VOICE_WORKLET_PATH),
  getUserMedia: (constraints) => navigator.mediaDevices.getUserMedia(constraints),
});

/** Only the background asks: no tab, this extension. */
function fromBackground(sender: Runtime.MessageSender): boolean {
  return (
    sender.id === browser.runtime.id && sender.tab === undefined && sender.frameId === undefined
  );
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!fromBackground(sender)) return undefined;
  if (isOffscreenValidate(message)) return validate(message.input);
  const command = v.safeParse(offscreenVoiceSchema, message);
  if (!command.success) return undefined;
  const { output } = command;
  return output.type === VOICE_START
    ? voice.start(output.session, output.customerDevice)
    : voice.stop(output.session);
});
