import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const consumer =
  process.argv[2] ??
  `
import { createLitmos } from './dist/index.js';
const litmos = createLitmos({ apiKey: 'key', source: 'size-check' });
console.log(await litmos.achievements.list({ since: '2026-10-01' }).toArray({ max: 1 }));
`;
const result = await build({
  stdin: { contents: consumer, resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  logLevel: 'silent',
  metafile: true,
});
const out = Object.values(result.metafile.outputs)[0];
const byPkg = {};
for (const [file, { bytesInOutput }] of Object.entries(out.inputs)) {
  const key = file.replace(/.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^(@[^/]+\/[^/]+|[^/]+)\/.*$/, '$1');
  const k2 = file.includes('/decoders/')
    ? 'decoders'
    : file.includes('zod.gen')
      ? 'zod.gen'
      : file.includes('sdk.gen')
        ? 'sdk.gen'
        : file.includes('operations.gen')
          ? 'operations.gen'
          : key.startsWith('zod')
            ? 'zod'
            : file.split('/').slice(-3).join('/');
  byPkg[k2] = (byPkg[k2] ?? 0) + bytesInOutput;
}
const code = result.outputFiles[0].contents;
console.log('total min', code.length, 'gz', gzipSync(code, { level: 9 }).length);
console.log(
  Object.entries(byPkg)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${String(v).padStart(8)} ${k}`)
    .join('\n'),
);
