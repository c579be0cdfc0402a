import browser from 'webextension-polyfill';
import type { PolicySource } from './policy-service';

/**
 * Where the browser keeps company policy: `storage.managed` (Chrome/Chromium enterprise policy,
 * `3rdparty.extensions.<id>`; Firefox `policies.json` → `3rdparty.Extensions.<id>`). Firefox
 * rejects the read when no policy exists at all; that is "no policy", not an error.
 */
export const browserPolicySource: PolicySource = {
  async read() {
    try {
      const raw: unknown = await browser.storage.managed.get();
      const empty = typeof raw !== 'object' || raw === null || Object.keys(raw).length === 0;
      return { raw, source: empty ? 'none' : 'managed' };
    } catch {
      return { raw: {}, source: 'none' };
    }
  },
  onChange(listener) {
    const onChanged = (_changes: Record<string, unknown>, area: string) => {
      if (area === 'managed') listener();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
};
