import { browser, type PublicPath } from 'wxt/browser';
import {
  FRAME_ENDPOINT_KEY,
  type FrameEndpoint,
  type EndpointCallMap,
} from '../../protocol/frame-messages';
import { envelope } from '../../protocol/envelope';

type ScriptPath = Extract<PublicPath, `${string}.js`>;
type Frames = number | 'all';

/** Where `scripting.executeScript` runs (Chromium MV3). */
const scriptingTarget = (tabId: number, frameId: Frames) =>
  frameId === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] };

/** Where `tabs.executeScript` runs (Firefox's MV2 build). */
const tabsTarget = (frameId: Frames) => (frameId === 'all' ? { allFrames: true } : { frameId });

// Runs in the frame's isolated world, where the bootstrap left its endpoint. Self-contained:
// the browser serialises it into the frame.
function callEndpoint(key: string, message: unknown): unknown {
  const endpoint = (globalThis as unknown as Record<string, FrameEndpoint | undefined>)[key];
  return typeof endpoint === 'function' ? endpoint(message) : null;
}

/**
 * Runs `func(...args)` in the isolated world of one frame or of all frames of a tab and returns
 * its result in each frame reached. `func` must be self-contained: the browser serialises it.
 */
export async function runInFrames<Args extends unknown[]>(
  tabId: number,
  frameId: Frames,
  func: (...args: Args) => unknown,
  args: Args,
): Promise<unknown[]> {
  if (browser.scripting) {
    const injections = await browser.scripting.executeScript({
      target: scriptingTarget(tabId, frameId),
      func,
      args,
    });
    return injections.map((injection) => injection.result);
  }
  // Firefox's MV2 build has only tabs.executeScript, which takes code; the arguments are JSON.
  const code = `(${func.toString()})(${args.map((a) => JSON.stringify(a)).join(', ')})`;
  return (await browser.tabs.executeScript(tabId, { code, ...tabsTarget(frameId) })) ?? [];
}

/** Injects a script file of the extension into one frame or all frames of a tab. */
export async function injectFile(tabId: number, frameId: Frames, file: ScriptPath): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({
      target: scriptingTarget(tabId, frameId),
      files: [file],
    });
    return;
  }
  await browser.tabs.executeScript(tabId, { file, ...tabsTarget(frameId) });
}

/**
 * Typed call from the background to one frame's bootstrap, through its frame endpoint (see
 * frame-endpoint.ts). Rejects when the frame has no bootstrap of this version, as a message to
 * a frame without a listener would.
 */
export async function callFrame<Name extends keyof EndpointCallMap>(
  tabId: number,
  frameId: number,
  name: Name,
  payload: EndpointCallMap[Name]['request'],
): Promise<EndpointCallMap[Name]['response']> {
  const [result] = await runInFrames(tabId, frameId, callEndpoint, [
    FRAME_ENDPOINT_KEY,
    envelope(name, payload),
  ]);
  if (result === null || result === undefined) {
    throw new Error(`Laipni: no bootstrap answered ${name} in frame ${frameId} of tab ${tabId}`);
  }
  return result as EndpointCallMap[Name]['response'];
}

/** The same call to every frame of a tab; frames without a bootstrap are left out. */
export async function callEveryFrame<Name extends keyof EndpointCallMap>(
  tabId: number,
  name: Name,
  payload: EndpointCallMap[Name]['request'],
): Promise<Array<EndpointCallMap[Name]['response']>> {
  const results = await runInFrames(tabId, 'all', callEndpoint, [
    FRAME_ENDPOINT_KEY,
    envelope(name, payload),
  ]);
  return results.filter((r) => r !== null && r !== undefined) as Array<
    EndpointCallMap[Name]['response']
  >;
}
