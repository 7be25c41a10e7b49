import { defineConfig } from 'tsdown';

// As @litmos-kit/sdk: one module per source module (unbundle), so consumers' bundlers tree-shake
// per file, ESM only, platform-neutral (no Node globals: it runs on any fetch runtime).
export default defineConfig({
  entry: ['src/index.ts', 'src/internal.ts', 'src/decode.ts', 'src/errors.ts'],
  unbundle: true,
  format: 'esm',
  platform: 'neutral',
  fixedExtension: false,
  // Types only from the package's own sources, without Node's globals.
  tsconfig: 'tsconfig.build.json',
  dts: true,
  sourcemap: true,
});
