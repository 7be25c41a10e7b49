import { defineConfig } from 'tsdown';

// One module per source module (unbundle), so the generated layout and the subpath exports
// below stay as they are and consumers' bundlers tree-shake per operation.
export default defineConfig({
  entry: ['src/gen/index.ts', 'src/gen/client/index.ts', 'src/gen/zod.gen.ts', 'src/operations.gen.ts', 'src/gen/operations/*.gen.ts'],
  unbundle: true,
  format: 'esm',
  platform: 'neutral',
  fixedExtension: false,
  dts: true,
  sourcemap: false,
});
