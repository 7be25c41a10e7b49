// What the SDK costs an application: an esbuild bundle (with code splitting, as application
// bundlers do by default for dynamic imports) of a consumer that creates a client and calls one
// operation, minified and gzipped, against the budgets in size-budget.json. Counted is what that
// consumer loads: the entry chunk and the chunks it imports, the chunk of the one operation it
// calls, and for an XML client the chunk of the XML reader, each with the chunks they import.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const sdkDir = new URL('../', import.meta.url).pathname;
interface Budget {
  readonly maxGzipBytes: number;
}
const budgets = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8')) as { json: Budget; xml: Budget };

// The built package (dist/, with its package.json's sideEffects: false), as a consumer imports it.
const consumer = (format: 'json' | 'xml') => `
import { createLitmos } from './dist/index.js';
const litmos = createLitmos({ apiKey: 'key', source: 'size-check', format: '${format}' });
console.log(await litmos.achievements.list({ since: '2026-10-01' }).toArray({ max: 1 }));
`;
/** The module of the operation the consumer calls, and core's XML reader: what the call loads on demand. */
const OPERATION_MODULE = /client\/dist\/gen\/operations\/list-achievements\.gen\.js$/;
const XML_READER_MODULE = /core\/dist\/parse-xml-root\.js$/;

/** The chunk holding a module matching `module`, and every chunk it imports statically. */
function closure(outputs: Metafile['outputs'], from: (name: string) => boolean): Set<string> {
  const found = new Set<string>();
  const pending = Object.keys(outputs).filter(from);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (found.has(name)) continue;
    found.add(name);
    for (const imported of outputs[name]?.imports ?? []) if (imported.kind === 'import-statement') pending.push(imported.path);
  }
  return found;
}

async function measure(format: 'json' | 'xml') {
  const outdir = resolve(sdkDir, 'size-check');
  const result = await build({
    stdin: { contents: consumer(format), resolveDir: sdkDir, loader: 'js' },
    bundle: true,
    splitting: true,
    outdir,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const { outputs } = result.metafile;
  const holds = (module: RegExp) => (name: string) => Object.keys(outputs[name]?.inputs ?? {}).some((input) => module.test(input));
  const entry = closure(outputs, (name) => outputs[name]?.entryPoint === '<stdin>');
  const operation = closure(outputs, holds(OPERATION_MODULE));
  const xml = format === 'xml' ? closure(outputs, holds(XML_READER_MODULE)) : new Set<string>();
  expect(operation.size, 'the chunk of the called operation').toBeGreaterThan(0);
  if (format === 'xml') expect(xml.size, 'the chunk of the XML reader').toBeGreaterThan(0);
  const loaded = new Set([...entry, ...operation, ...xml]);
  const gzipOf = new Map(result.outputFiles.map((file) => [file.path, gzipSync(file.contents, { level: 9 }).length]));
  const bytesOf = new Map(result.outputFiles.map((file) => [file.path, file.contents.length]));
  const sum = (names: Iterable<string>, of: Map<string, number>) => [...names].reduce((total, name) => total + (of.get(resolve(name)) ?? 0), 0);
  return {
    gzipped: sum(loaded, gzipOf),
    minified: sum(loaded, bytesOf),
    entryGzipped: sum(entry, gzipOf),
    chunks: loaded.size,
    everything: sum(Object.keys(outputs), gzipOf),
  };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

describe('a one-call consumer (minified + gzipped) stays within size-budget.json', () => {
  for (const format of ['json', 'xml'] as const) {
    it(`${format.toUpperCase()}: createLitmos and litmos.achievements.list`, async () => {
      const size = await measure(format);
      const budget = budgets[format].maxGzipBytes;
      console.log(
        `${format} consumer: ${kib(size.gzipped)} gzipped (budget ${kib(budget)}), ${kib(size.minified)} minified, in ${size.chunks} chunks ` +
          `(entry ${kib(size.entryGzipped)}); all chunks of the app ${kib(size.everything)}`,
      );
      expect(size.gzipped).toBeLessThanOrEqual(budget);
    });
  }
});
