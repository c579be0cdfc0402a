import { defineConfig } from 'vitest/config';

// End-to-end suites in Firefox ESR with the Firefox build (tests/e2e/firefox/); one file at a
// time, because the machines have two cores and each suite owns a browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.e2e.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Conditions are polled, never slept on; a loaded 2-core machine needs more than 1 s.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
