import { defineConfig } from 'tsdown';

// One module per source module (unbundle): consumers' bundlers tree-shake per file. The public
// entries are `.` (index) and `./resources` (a client of the resources an application picks).
// decode-body is built too, though nothing exports it: the benchmark (bench/run.mjs) and the
// hostile-body fuzzing worker decode bodies with it, without a client.
export default defineConfig({
  entry: ['src/index.ts', 'src/resources.ts', 'src/decode-body.ts'],
  unbundle: true,
  format: 'esm',
  platform: 'neutral',
  fixedExtension: false,
  // Types only from the SDK's own sources, without Node's globals (it runs on any fetch runtime).
  tsconfig: 'tsconfig.build.json',
  dts: true,
  sourcemap: true,
});
