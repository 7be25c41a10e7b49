// Compares the operations of the bundled spec with the research catalogue of Litmos endpoints
// (catalogue/endpoints.tsv) and prints `N/149 endpoints`. Path parameter names are ignored
// (`/users/{userId}` matches `/users/{id}`). Exits non-zero on any gap, or on an operation the
// catalogue does not know, so both lists stay honest.
import { readFileSync } from 'node:fs';

const here = (p) => new URL(p, import.meta.url);
const spec = JSON.parse(readFileSync(here('../dist/openapi.json'), 'utf8'));
const shape = (method, path) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;

const catalogue = readFileSync(here('../catalogue/endpoints.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [number, method, path] = line.split('\t');
    return { number: Number(number), key: shape(method, path) };
  });

const inSpec = new Set();
for (const [path, item] of Object.entries(spec.paths)) {
  for (const method of ['get', 'post', 'put', 'delete', 'patch']) if (item[method]) inSpec.add(shape(method, path));
}

const missing = catalogue.filter((row) => !inSpec.has(row.key));
const known = new Set(catalogue.map((row) => row.key));
const extra = [...inSpec].filter((key) => !known.has(key));
console.log(`${catalogue.length - missing.length}/${catalogue.length} endpoints`);
for (const row of missing) console.log(`  missing #${row.number}: ${row.key}`);
for (const key of extra) console.log(`  not in the catalogue: ${key}`);
process.exit(missing.length || extra.length ? 1 : 0);
