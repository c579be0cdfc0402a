import type { VoiceSummary } from '../../core/voice';
import type { VoiceProtocolMap } from '../../protocol/voice-messages';
import type { StartAnswer } from './offscreen-protocol';
import { VOICE_PROCESSOR, type FromWorklet, type WorkletOptions } from './worklet-protocol';

/**
 * Voice capture in the offscreen document (Chrome) or any extension page: the agent's
 * microphone into an AudioContext at 16 kHz, through the analyser worklet. Samples stay in the
 * audio graph; what leaves is the worklet's numbers, forwarded to the background.
 */

/** The analyser's sample rate: the browser resamples the microphone to it. */
const SAMPLE_RATE = 16000;
/** How long a stop waits for the worklet's summary, ms. */
const SUMMARY_TIMEOUT_MS = 3000;

export interface CaptureDeps {
  /** Sends a voice message to the background (the router validates it). */
  report<K extends keyof VoiceProtocolMap>(
    name: K,
    request: VoiceProtocolMap[K]['request'],
  ): Promise<unknown>;
  workletUrl: string;
  getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
}

interface Running {
  session: string;
  context: AudioContext;
  stream: MediaStream;
  node: AudioWorkletNode;
  summary: Promise<VoiceSummary | null>;
}

function failureOf(error: unknown): StartAnswer {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return { ok: false, reason: 'denied' };
  if (name === 'NotFoundError' || name === 'OverconstrainedError')
    return { ok: false, reason: 'no-device' };
  return { ok: false, reason: 'failed' };
}

export interface VoiceCapture {
  /** Starts listening: the microphone, and `customerDevice` as the customer side if given. */
  start(session: string, customerDevice?: string): Promise<StartAnswer>;
  /** Stops session `session`; resolves with its summary (null if it was not running). */
  stop(session: string): Promise<VoiceSummary | null>;
}

export function createVoiceCapture(deps: CaptureDeps): VoiceCapture {
  let running: Running | null = null;

  async function close(run: Running): Promise<void> {
    for (const track of run.stream.getTracks()) track.stop();
    run.node.port.onmessage = null;
    await run.context.close().catch(() => undefined);
  }

  async function open(session: string, customerDevice: string | undefined): Promise<Running> {
    // The raw signal: the browser's gain control would hide the level the coach measures.
    const stream = await deps.getUserMedia({
      audio: { autoGainControl: false, noiseSuppression: false, echoCancellation: true },
    });
    const context = new AudioContext({ sampleRate: SAMPLE_RATE });
    try {
      // The customer side: a second input (a softphone's loopback device), if the agent chose one.
      const customer = customerDevice
        ? await deps.getUserMedia({
            audio: {
              deviceId: { exact: customerDevice },
              autoGainControl: false,
              noiseSuppression: false,
              echoCancellation: false,
            },
          })
        : null;
      if (customer) for (const track of customer.getTracks()) stream.addTrack(track);
      await context.audioWorklet.addModule(deps.workletUrl);
      const processorOptions: WorkletOptions = { customerSide: customer !== null };
      const node = new AudioWorkletNode(context, VOICE_PROCESSOR, {
        numberOfInputs: customer ? 2 : 1,
        numberOfOutputs: 1,
        outputChannelCount: [1],
        channelCount: 1,
        channelCountMode: 'explicit',
        processorOptions,
      });
      let resolveSummary: (summary: VoiceSummary | null) => void = () => undefined;
      const summary = new Promise<VoiceSummary | null>((resolve) => (resolveSummary = resolve));
      node.port.onmessage = (event: MessageEvent<FromWorklet>) => {
        const message = event.data;
        if (message.type === 'metrics')
          void deps.report('voice:metrics', { session, metrics: message.metrics }).catch(() => 0);
        else resolveSummary(message.summary);
      };
      const agentTrack = stream.getAudioTracks()[0];
      if (!agentTrack) throw new DOMException('no microphone track', 'NotFoundError');
      context.createMediaStreamSource(new MediaStream([agentTrack])).connect(node, 0, 0);
      if (customer) context.createMediaStreamSource(customer).connect(node, 0, 1);
      // The graph is pulled from the destination; the worklet's output is silence, muted anyway.
      const mute = context.createGain();
      mute.gain.value = 0;
      node.connect(mute).connect(context.destination);
      await context.resume();
      for (const track of stream.getAudioTracks()) {
        track.onended = () => {
          if (running?.session !== session) return;
          void deps.report('voice:failed', { session, reason: 'ended' }).catch(() => 0);
        };
      }
      return { session, context, stream, node, summary };
    } catch (error) {
      for (const track of stream.getTracks()) track.stop();
      await context.close().catch(() => undefined);
      throw error;
    }
  }

  async function stop(session: string): Promise<VoiceSummary | null> {
    const run = running;
    if (!run || run.session !== session) return null;
    running = null;
    run.node.port.postMessage({ type: 'stop' });
    const timeout = new Promise<null>((resolve) =>
      setTimeout(() => resolve(null), SUMMARY_TIMEOUT_MS),
    );
    const summary = await Promise.race([run.summary, timeout]);
    await close(run);
    return summary;
  }

  return {
    async start(session, customerDevice) {
      if (running) await stop(running.session);
      try {
        running = await open(session, customerDevice);
        return { ok: true };
      } catch (error) {
        console.warn('Laipni: voice capture did not start', error);
        return failureOf(error);
      }
    },
    stop,
  };
}
