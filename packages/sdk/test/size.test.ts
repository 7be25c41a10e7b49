// What the SDK costs an application: an esbuild bundle (with code splitting, as application
// bundlers do by default for dynamic imports) of a consumer that creates a client and calls one
// operation, minified and gzipped, against the budgets in size-budget.json. Counted is what that
// consumer loads: the entry chunk and the chunks it imports, the chunk of the one operation it
// calls, and for an XML client the chunks of the XML reader and of the decoders' slow path (XML
// numbers and booleans are text, so every XML body takes it), each with the chunks they import.
// A JSON body that matches the spec loads neither; a body that differs from the spec loads the
// drift recorder, and a call that fails the retry handling, the error redaction and, for
// `createLitmosClient`, the error classes (none of them counted here).
// Two consumers: one of `createLitmos` (every operation bound) and one of `createLitmosClient`
// from `@litmos-kit/sdk/resources` with the one resource it uses.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const sdkDir = new URL('../', import.meta.url).pathname;
type Format = 'json' | 'xml';
type Entry = 'createLitmos' | 'resources';
interface Budget {
  readonly maxGzipBytes: number;
}
const budgets = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8')) as Record<Entry, Record<Format, Budget>>;

// The built package (dist/, with its package.json's sideEffects: false), as a consumer imports it.
const consumers: Record<Entry, (format: Format) => string> = {
  createLitmos: (format) => `
import { createLitmos } from './dist/index.js';
const litmos = createLitmos({ apiKey: 'key', source: 'size-check', format: '${format}' });
console.log(await litmos.achievements.list({ since: '2026-10-01' }).toArray({ max: 1 }));
`,
  resources: (format) => `
import { achievements, createLitmosClient } from './dist/resources.js';
const litmos = createLitmosClient({ apiKey: 'key', source: 'size-check', format: '${format}' }, { achievements });
console.log(await litmos.achievements.list({ since: '2026-10-01' }).toArray({ max: 1 }));
`,
};
/** What each consumer calls it by, in the test names. */
const called: Record<Entry, string> = {
  createLitmos: 'createLitmos and litmos.achievements.list',
  resources: 'createLitmosClient with { achievements } (@litmos-kit/sdk/resources) and litmos.achievements.list',
};
/** The module of the operation the consumer calls, and core's XML reader: what the call loads on demand. */
const OPERATION_MODULE = /client\/dist\/gen\/operations\/list-achievements\.gen\.js$/;
const XML_READER_MODULE = /core\/dist\/parse-xml-root\.js$/;
/** The decoders' slow path: loaded by every XML body, and by a JSON body that differs from the spec. */
const SLOW_PATH_MODULE = /core\/dist\/decode-slow-path\.js$/;
/**
 * What only a failed call, a body that differs from the spec, an error answer, a wait (the
 * limiter's or a retry's), or a client that observes answers (the onResponse hook, debug
 * logging) loads: never in the entry.
 */
const RARE_MODULES =
  /core\/dist\/(?:decode-slow-path|decode-drift|drift-reporter|handle-failed-attempt|retry-delay|error-detail|follow-redirects|redact-error|transport-failures|observe-response|announce-wait)\.js$/;
/** The error classes, core's and the SDK's: loaded with the first failure by `createLitmosClient`; the main entry exports them. */
const ERROR_CLASS_MODULES = /(?:core|sdk)\/dist\/errors\.js$/;
/** What a body that matches the spec never loads, XML or JSON. */
const DRIFT_MODULES = /core\/dist\/(?:decode-drift|drift-reporter)\.js$/;

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

async function measure(consumer: Entry, format: Format) {
  const outdir = resolve(sdkDir, 'size-check');
  const result = await build({
    stdin: { contents: consumers[consumer](format), resolveDir: sdkDir, loader: 'js' },
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
  const reader = format === 'xml' ? closure(outputs, holds(XML_READER_MODULE)) : new Set<string>();
  const slowPath = format === 'xml' ? closure(outputs, holds(SLOW_PATH_MODULE)) : new Set<string>();
  expect(operation.size, 'the chunk of the called operation').toBeGreaterThan(0);
  if (format === 'xml') expect([reader.size, slowPath.size], 'the chunks of the XML reader and the slow path').not.toContain(0);
  const xml = new Set([...reader, ...slowPath]);
  const inputsOf = (names: Iterable<string>, module: RegExp) =>
    [...names].flatMap((name) => Object.keys(outputs[name]?.inputs ?? {}).filter((input) => module.test(input)));
  expect(inputsOf(entry, RARE_MODULES), 'modules that load on demand, found in the entry').toEqual([]);
  if (consumer === 'resources') expect(inputsOf(entry, ERROR_CLASS_MODULES), 'error classes, found in the entry').toEqual([]);
  const loaded = new Set([...entry, ...operation, ...xml]);
  expect(inputsOf(loaded, DRIFT_MODULES), 'drift handling, found in what a clean body loads').toEqual([]);
  const gzipOf = new Map(result.outputFiles.map((file) => [file.path, gzipSync(file.contents, { level: 9 }).length]));
  const bytesOf = new Map(result.outputFiles.map((file) => [file.path, file.contents.length]));
  const sum = (names: Iterable<string>, of: Map<string, number>) => [...names].reduce((total, name) => total + (of.get(resolve(name)) ?? 0), 0);
  return {
    gzipped: sum(loaded, gzipOf),
    /** The entry's code as loaded, to tell which operation definitions it holds. */
    entryText: result.outputFiles
      .filter((file) => [...entry].some((name) => resolve(name) === file.path))
      .map((file) => file.text)
      .join('\n'),
    minified: sum(loaded, bytesOf),
    entryGzipped: sum(entry, gzipOf),
    chunks: loaded.size,
    everything: sum(Object.keys(outputs), gzipOf),
  };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

describe('a one-call consumer (minified + gzipped) stays within size-budget.json', () => {
  for (const entry of ['createLitmos', 'resources'] as const) {
    for (const format of ['json', 'xml'] as const) {
      it(`${format.toUpperCase()}: ${called[entry]}`, async () => {
        const size = await measure(entry, format);
        const budget = budgets[entry][format].maxGzipBytes;
        console.log(
          `${entry} ${format} consumer: ${kib(size.gzipped)} (${size.gzipped} B) gzipped (budget ${kib(budget)}), ${kib(size.minified)} minified, in ${size.chunks} chunks ` +
            `(entry ${kib(size.entryGzipped)}); all chunks of the app ${kib(size.everything)}`,
        );
        expect(size.gzipped).toBeLessThanOrEqual(budget);
        // The definitions a client binds are in its entry; with `resources`, only those of the
        // resources it is given (the table's others are left out by the bundler).
        expect(size.entryText).toContain('"achievements.list"');
        if (entry === 'resources') expect(size.entryText).not.toMatch(/"(?:users\.get|org\.users\.changed|courses\.list)"/);
        else expect(size.entryText).toMatch(/"(?:users\.get|org\.users\.changed|courses\.list)"/);
      });
    }
  }
});
