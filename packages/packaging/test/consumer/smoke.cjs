// The same call through `require()`: the packages are ESM-only, and Node (20.19+, 22.12+) loads
// them synchronously with require(esm).
const { readFileSync } = require('node:fs');
const { createLitmos } = require('@litmos-kit/sdk');

const [baseUrl] = process.argv.slice(2);
const litmos = createLitmos({ apiKey: 'smoke-key-not-a-secret', source: 'litmos-kit-smoke', baseUrl, format: 'json' });
litmos.achievements
  .list({ since: '2026-10-01' })
  .toArray({ max: 5 })
  .then((json) => {
    const installed = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies);
    const exports = Object.fromEntries(installed.map((name) => [name, Object.keys(require(name)).length]));
    console.log(JSON.stringify({ node: process.version, loader: 'require', exports, rows: { json } }));
  });
