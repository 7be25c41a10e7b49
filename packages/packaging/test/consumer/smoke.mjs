// Runs inside a throwaway project that installed the packed tarballs, on each Node version under
// test: every package imports, and the SDK makes one list call in XML and in JSON against the mock
// (and one in JSON through @litmos-kit/sdk/resources).
import { readFileSync } from 'node:fs';
import { createLitmos, isLitmosError, NotFoundError } from '@litmos-kit/sdk';
import { achievements, createLitmosClient } from '@litmos-kit/sdk/resources';

const [baseUrl] = process.argv.slice(2);
const rows = {};
for (const format of ['xml', 'json']) {
  const litmos = createLitmos({ apiKey: 'smoke-key-not-a-secret', source: 'litmos-kit-smoke', baseUrl, format });
  rows[format] = await litmos.achievements.list({ since: '2026-10-01' }).toArray({ max: 5 });
}
// The per-resource entry resolves through the package's exports and reads the same rows.
const picked = createLitmosClient({ apiKey: 'smoke-key-not-a-secret', source: 'litmos-kit-smoke', baseUrl, format: 'json' }, { achievements });
rows.picked = await picked.achievements.list({ since: '2026-10-01' }).toArray({ max: 5 });
const typedErrors = isLitmosError(new NotFoundError(404, 'gone', '', new Headers(), { method: 'GET', url: baseUrl }));
const installed = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies);
const exports = Object.fromEntries(await Promise.all(installed.map(async (name) => [name, Object.keys(await import(name)).length])));
console.log(JSON.stringify({ node: process.version, loader: 'import', typedErrors, exports, rows }));
