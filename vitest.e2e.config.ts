import { defineConfig } from 'vitest/config';

// End-to-end suites drive a real Chromium with the built extension; one file at a time, because
// the machines have two cores and each suite owns a browser. Firefox's suites have their own
// config (vitest.e2e-firefox.config.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    exclude: ['tests/e2e/firefox/**'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Conditions are polled, never slept on; a loaded 2-core machine needs more than 1 s.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
