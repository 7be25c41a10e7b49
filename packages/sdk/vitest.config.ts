import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default mergeConfig(
  sharedConfig(),
  defineConfig({
    test: {
      // Prism on 127.0.0.1 for the whole run (test/global-setup.ts).
      globalSetup: ['test/global-setup.ts'],
    },
  }),
);
