// Copies into dist/ what the sandbox takes from @litmos-kit/spec, a private workspace package, so
// the published package needs no other workspace package:
// - the bundled Litmos spec (dist/openapi.json, built first by turbo) as dist/litmos-openapi.json,
//   which load-spec-model.ts looks for first;
// - the wire rules shared with the mock (spec/wire: format negotiation, error bodies) as
//   dist/vendor/spec-wire/, which the package's `#spec-wire` import points at.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
copyFileSync(require.resolve('@litmos-kit/spec/openapi.json'), new URL('../dist/litmos-openapi.json', import.meta.url));

const wire = join(dirname(require.resolve('@litmos-kit/spec/package.json')), 'wire');
const vendor = new URL('../dist/vendor/spec-wire/', import.meta.url);
mkdirSync(vendor, { recursive: true });
for (const name of readdirSync(wire)) {
  if (/\.test\.|^tsconfig/.test(name) || !/\.(js|d\.ts)$/.test(name)) continue;
  copyFileSync(join(wire, name), new URL(name, vendor));
}
