import browser from 'webextension-polyfill';
import type { PolicySource } from '../distribution/policy-service';

/**
 * Test builds only: a policy put in `storage.session` under this key stands in for managed
 * storage (Chromium reads real managed policy only from a root-owned directory shared by every
 * browser on the machine). Only code inside the extension can write session storage.
 */
export const TEST_POLICY_KEY = 'laipni:test-policy';

async function readTestPolicy(): Promise<unknown> {
  try {
    return (await browser.storage.session.get(TEST_POLICY_KEY))[TEST_POLICY_KEY];
  } catch {
    return undefined;
  }
}

export function withTestPolicy(managed: PolicySource): PolicySource {
  return {
    async read() {
      const test = await readTestPolicy();
      return test !== undefined ? { raw: test, source: 'test' } : managed.read();
    },
    onChange(listener) {
      const stopManaged = managed.onChange(listener);
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area === 'session' && TEST_POLICY_KEY in changes) listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => {
        stopManaged();
        browser.storage.onChanged.removeListener(onChanged);
      };
    },
  };
}
