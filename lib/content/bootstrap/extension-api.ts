import type { WxtBrowser } from 'wxt/browser';

let api: WxtBrowser | undefined;

/**
 * The browser's own promise-based extension API (no polyfill), looked up on first use. The
 * lookup reads `browser.runtime`, whose bindings the browser builds on first access: about
 * 0.5 ms in every frame if done at load, as importing `wxt/browser` does (docs/benchmarks.md, "Page"). The
 * bootstrap's modules use this instead, so a frame pays only when the agent acts in it.
 */
export function extensionApi(): WxtBrowser {
  if (!api) {
    const scope = globalThis as unknown as { browser?: WxtBrowser; chrome?: WxtBrowser };
    // Firefox's `chrome` takes callbacks; its `browser` returns promises. Chromium's `chrome`
    // returns promises (and a bare `browser` may exist without the API).
    api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as WxtBrowser;
  }
  return api;
}

/** False once this script's extension context is gone (after an update, reload or removal). */
export function extensionAlive(): boolean {
  try {
    return Boolean(extensionApi().runtime?.id);
  } catch {
    return false;
  }
}
