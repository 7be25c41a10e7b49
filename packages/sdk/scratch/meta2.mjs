import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const consumer = `
import { createLitmos } from './dist/index.js';
const litmos = createLitmos({ apiKey: 'key', source: 'size-check' , format: 'json'});
console.log(await litmos.achievements.list({ since: '2026-10-01' }).toArray({ max: 1 }));
`;
const alias = {
  name: 'alias',
  setup(b) {
    b.onResolve({ filter: /^@litmos-kit\/client\/operations$/ }, () => ({ path: new URL('./fake-ops.mjs', import.meta.url).pathname }));
  },
};
const result = await build({
  stdin: { contents: consumer, resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  logLevel: 'silent',
  metafile: true,
  plugins: [alias],
});
const out = Object.values(result.metafile.outputs)[0];
const code = result.outputFiles[0].contents;
console.log('total min', code.length, 'gz', gzipSync(code, { level: 9 }).length);
const rows = Object.entries(out.inputs)
  .map(([f, { bytesInOutput }]) => [f.split('/').slice(-3).join('/'), bytesInOutput])
  .sort((a, b) => b[1] - a[1]);
console.log(rows.map(([k, v]) => `${String(v).padStart(8)} ${k}`).join('\n'));
