// Every endpoint of the research catalogue (catalogue/endpoints.tsv) is an operation of the
// bundled spec, and the spec has no operation the catalogue does not know.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('covers all 149 catalogue endpoints', () => {
  const run = spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/check-coverage.mjs', import.meta.url))], { encoding: 'utf8' });
  console.log(run.stdout.trim());
  expect(run.stdout.split('\n')[0]).toBe('149/149 endpoints');
  expect(run.status).toBe(0);
});
