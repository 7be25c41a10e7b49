import { defineConfig } from 'vitest/config';
import { STARTUP_BOUND_MS } from './test-support/start-server.js';

/**
 * Settings every package's vitest config starts from. Each run also writes a JSON report to
 * test-results/vitest.json, which turbo caches with the task and scripts/test-all.mjs adds up.
 *
 * The time limits are for a newcomer's machine, not an idle one: two cores, cold caches, other
 * work running (scripts/check-fresh-clone.sh runs the suite that way). A test that takes a
 * second idle can take twenty there. Hooks wait longer than the startup bound of
 * test-support/start-server.ts, so a server that does not come up fails with its own name and
 * reason rather than a bare "hook timed out".
 */
export function sharedConfig() {
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 2 * 60_000,
      hookTimeout: STARTUP_BOUND_MS + 2 * 60_000,
      teardownTimeout: 60_000,
      // expect.poll waits for something to show (a page to render, a file to fill); same reasoning.
      expect: { poll: { timeout: 60_000 } },
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results/vitest.json' },
    },
  });
}
