import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default mergeConfig(
  sharedConfig(),
  defineConfig({
    test: {
      // Every test file starts its own sandboxes on port 0; files may run in parallel.
      testTimeout: 30_000,
    },
  }),
);
