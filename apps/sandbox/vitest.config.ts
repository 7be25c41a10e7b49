import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

// Every test file starts its own sandboxes on port 0; files may run in parallel. The shared
// limits are set for a loaded machine. Tests run the sources, so `#spec-wire` (the build's copy
// of @litmos-kit/spec/wire) points at the workspace module here.
export default mergeConfig(
  sharedConfig(),
  defineConfig({ resolve: { alias: { '#spec-wire': fileURLToPath(new URL('../../spec/wire/index.js', import.meta.url)) } } }),
);
