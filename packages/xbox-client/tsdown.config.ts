import { defineConfig } from 'tsdown';

// As @litmos-kit/client: one module per source module (unbundle), so the generated layout and
// the subpath exports stay as they are and consumers' bundlers tree-shake per operation.
export default defineConfig({
  entry: [
    'src/gen/index.ts',
    'src/gen/client/index.ts',
    'src/gen/zod.gen.ts',
    'src/gen/decoders/*.gen.ts',
    'src/operations.gen.ts',
    'src/gen/operations/*.gen.ts',
  ],
  unbundle: true,
  // Keep dist/gen/… (the exports below), as with a single generated folder the common root would be src/gen.
  root: 'src',
  format: 'esm',
  platform: 'neutral',
  fixedExtension: false,
  dts: true,
  sourcemap: false,
});
