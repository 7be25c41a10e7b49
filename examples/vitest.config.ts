import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../vitest.shared.js';

export default mergeConfig(
  sharedConfig(),
  defineConfig({
    test: {
      // Each test runs an example as a child process against its own sandbox; one file at a
      // time keeps them from fighting over 2 cores.
      fileParallelism: false,
      testTimeout: 120_000,
    },
  }),
);
