import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default mergeConfig(
  sharedConfig(),
  defineConfig({
    test: {
      // Prism on 127.0.0.1 for the whole run (test/global-setup.ts).
      globalSetup: ['test/global-setup.ts'],
      // The method types that editor hovers show are pinned with expectTypeOf and checked by
      // tsc within the test run (test/editor/*.test-d.ts).
      typecheck: { enabled: true, include: ['test/editor/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    },
  }),
);
