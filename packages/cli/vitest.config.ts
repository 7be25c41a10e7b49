import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default mergeConfig(
  sharedConfig(),
  defineConfig({
    test: {
      // The end-to-end tests run the built CLI (dist/cli.js) as real child processes against
      // sandboxes on 127.0.0.1; turbo builds before testing. They measure time and kill
      // processes mid-export, so files run one after another rather than fight for 2 cores.
      fileParallelism: false,
    },
  }),
);
