import browser from 'webextension-polyfill';
import type { PolicySource } from './policy-service';

/**
 * Where the browser keeps company policy: `storage.managed` (Chrome/Chromium enterprise policy,
 * `3rdparty.extensions.<id>`; Firefox `policies.json` → `3rdparty.Extensions.<id>`). Firefox
 * rejects the read when no policy exists at all; that is "no policy", not an error.
 *
 * End-to-end tests may put a policy in `storage.session` under `TEST_POLICY_KEY` (see
 * ./test-hooks.ts); it stands in for managed storage until the browser closes. Only code running
 * inside the extension can write session storage, so a web page cannot use it.
 */

export const TEST_POLICY_KEY = 'laipni:test-policy';

async function readTestPolicy(): Promise<unknown> {
  try {
    return (await browser.storage.session.get(TEST_POLICY_KEY))[TEST_POLICY_KEY];
  } catch {
    return undefined;
  }
}

export const browserPolicySource: PolicySource = {
  async read() {
    const test = await readTestPolicy();
    if (test !== undefined) return { raw: test, source: 'test' };
    try {
      const raw: unknown = await browser.storage.managed.get();
      const empty = typeof raw !== 'object' || raw === null || Object.keys(raw).length === 0;
      return { raw, source: empty ? 'none' : 'managed' };
    } catch {
      return { raw: {}, source: 'none' };
    }
  },
  onChange(listener) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'session' && TEST_POLICY_KEY in changes)) listener();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
};
