import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default mergeConfig(
  sharedConfig(),
  defineConfig({
    test: {
      // The tarballs of every publishable package, packed once for the run (test/global-setup.ts).
      globalSetup: ['test/global-setup.ts'],
      // Installing tarballs, running two Node versions and tsc take seconds, not milliseconds.
      testTimeout: 120_000,
      hookTimeout: 120_000,
    },
  }),
);
