import { defineConfig } from 'tsdown';

// One module per source module (unbundle): consumers' bundlers tree-shake per file, and the
// benchmark (bench/run.mjs) can load the decoders on their own.
export default defineConfig({
  entry: ['src/index.ts'],
  unbundle: true,
  format: 'esm',
  platform: 'neutral',
  fixedExtension: false,
  // Types only from the SDK's own sources, without Node's globals (it runs on any fetch runtime).
  tsconfig: 'tsconfig.build.json',
  dts: true,
  sourcemap: true,
});
