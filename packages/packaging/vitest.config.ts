import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default mergeConfig(
  sharedConfig(),
  defineConfig({
    test: {
      // Packs every publishable package and serves it from a local registry, once for the run
      // (test/global-setup.ts).
      globalSetup: ['test/global-setup.ts'],
      // Each command a test runs (npm install, Node, tsc) has its own 5-minute bound and names
      // itself when it fails; these limits sit above it. The install hook also starts the mock.
      testTimeout: 6 * 60_000,
      hookTimeout: 10 * 60_000,
    },
  }),
);
