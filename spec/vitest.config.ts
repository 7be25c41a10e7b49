import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../vitest.shared.js';

export default mergeConfig(
  sharedConfig(),
  // The wire module's tests sit next to it (spec/wire), like its other files.
  defineConfig({ test: { include: ['test/**/*.test.ts', 'wire/**/*.test.ts'] } }),
);
