import { defineConfig } from 'vitest/config';

/**
 * Settings every package's vitest config starts from. Each run also writes a JSON report to
 * test-results/vitest.json, which turbo caches with the task and scripts/test-all.mjs adds up.
 */
export function sharedConfig() {
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 20_000,
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results/vitest.json' },
    },
  });
}
