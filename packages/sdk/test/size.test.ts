// What the SDK costs an application: an esbuild bundle of a consumer that creates a client and
// calls one operation, minified and gzipped, against the budget in size-budget.json.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

const sdkDir = new URL('../', import.meta.url).pathname;
const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8')) as { maxGzipBytes: number };

// The built package (dist/, with its package.json's sideEffects: false), as a consumer imports it.
const consumer = `
import { createLitmos } from './dist/index.js';
const litmos = createLitmos({ apiKey: 'key', source: 'size-check' });
console.log(await litmos.achievements.list({ since: '2026-10-01' }).toArray({ max: 1 }));
`;

it('keeps a one-call consumer bundle (minified + gzipped) within size-budget.json', async () => {
  const result = await build({
    stdin: { contents: consumer, resolveDir: sdkDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzipped = gzipSync(code, { level: 9 }).length;
  console.log(
    `consumer bundle: ${(code.length / 1024).toFixed(1)} KiB minified, ${(gzipped / 1024).toFixed(1)} KiB gzipped (budget ${(budget.maxGzipBytes / 1024).toFixed(1)} KiB)`,
  );
  expect(gzipped).toBeLessThanOrEqual(budget.maxGzipBytes);
});
