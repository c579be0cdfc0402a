import { browser } from 'wxt/browser';
import { FRAME_ENDPOINT_KEY, type FrameEndpoint } from '../frame-endpoint';
import type { Envelope, ToContent } from '../messages';

// Runs in the frame's isolated world, where the bootstrap left its endpoint. Self-contained:
// the browser serialises it into the frame.
function callEndpoint(key: string, message: unknown): unknown {
  const endpoint = (globalThis as unknown as Record<string, FrameEndpoint | undefined>)[key];
  return typeof endpoint === 'function' ? endpoint(message) : null;
}

/** The call's result in each frame reached (one frame, or all frames of the tab). */
async function runInFrames(
  tabId: number,
  frameId: number | 'all',
  message: unknown,
): Promise<unknown[]> {
  if (browser.scripting) {
    const injections = await browser.scripting.executeScript({
      target: frameId === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
      func: callEndpoint,
      args: [FRAME_ENDPOINT_KEY, message],
    });
    return injections.map((injection) => injection.result);
  }
  // Firefox's MV2 build has only tabs.executeScript, which takes code; both arguments are JSON.
  const code = `(${callEndpoint.toString()})(${JSON.stringify(FRAME_ENDPOINT_KEY)}, ${JSON.stringify(message)})`;
  const where = frameId === 'all' ? { allFrames: true } : { frameId };
  return (await browser.tabs.executeScript(tabId, { code, ...where })) ?? [];
}

function envelopeOf<Name extends keyof ToContent>(
  name: Name,
  payload: ToContent[Name]['request'],
): Envelope<Name, ToContent[Name]['request']> {
  return { laipni: 1, name, payload };
}

/**
 * Typed call from the background to one frame's bootstrap, through its frame endpoint (see
 * frame-endpoint.ts). Rejects when the frame has no bootstrap of this version, as a message to
 * a frame without a listener would.
 */
export async function callFrame<Name extends keyof ToContent>(
  tabId: number,
  frameId: number,
  name: Name,
  payload: ToContent[Name]['request'],
): Promise<ToContent[Name]['response']> {
  const [result] = await runInFrames(tabId, frameId, envelopeOf(name, payload));
  if (result === null || result === undefined) {
    throw new Error(`Laipni: no bootstrap answered ${name} in frame ${frameId} of tab ${tabId}`);
  }
  return result as ToContent[Name]['response'];
}

/** The same call to every frame of a tab; frames without a bootstrap are left out. */
export async function callEveryFrame<Name extends keyof ToContent>(
  tabId: number,
  name: Name,
  payload: ToContent[Name]['request'],
): Promise<Array<ToContent[Name]['response']>> {
  const results = await runInFrames(tabId, 'all', envelopeOf(name, payload));
  return results.filter((r) => r !== null && r !== undefined) as Array<ToContent[Name]['response']>;
}
