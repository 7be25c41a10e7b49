// Prints the hover text of the probe's methods for the package in the given folder (default:
// this package), e.g. to compare two checkouts:
//   node test/editor/dump-hovers.mjs (Node 24: it imports the .ts helpers directly) [packageDir]
// Needs the package built (`dist/`), since the probe imports `@litmos-kit/sdk` as a user would.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hoverProbe } from './hover-probe.ts';
import { quickInfo } from './quick-info.ts';

const packageDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url)));
const { hovers, problems } = quickInfo(packageDir, hoverProbe);
for (const { at, text } of hovers) console.log(`=== hover on ${at}\n${text}\n`);
if (problems.length) console.log(`=== compile errors of the probe\n${problems.join('\n')}`);
