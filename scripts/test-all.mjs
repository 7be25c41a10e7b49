// The README's second command: every check a fresh clone must pass, in one run.
//   1. spec lint (zero errors, zero warnings), bundle, regenerate the client, build, typecheck
//   2. the generated client is exactly what the generator writes (no hand edits, no drift)
//   3. every package's tests (vitest, against real Prism and real HTTP servers on 127.0.0.1)
// It ends with one summary line, `tests: N passed, N failed`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
};

const step = (title, cmd, args) => {
  console.log(`\n▶ ${title}`);
  const run = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`✖ ${title} failed`);
    process.exit(run.status ?? 1);
  }
};

console.log(`node ${process.version} (toolchain), pnpm via npx, turbo`);
step('system packages (Chromium, Redis)', process.execPath, [join(root, 'scripts', 'ensure-system-packages.mjs')]);

step('lint the spec, regenerate the client, build and typecheck', 'turbo', ['run', 'lint', 'generate', 'build', 'typecheck', '--output-logs=errors-only']);

console.log('\n▶ the committed generated client matches the generator');
const generated = ['packages/client/src', 'packages/ispring-client/src', 'packages/xbox-client/src'];
const drift = execFileSync('git', ['status', '--porcelain', '--', ...generated], { cwd: root, encoding: 'utf8' });
if (drift.trim()) {
  console.error(`Regenerating changed committed files:\n${drift}\nRun \`pnpm generate\` and commit the result; never edit generated files by hand.`);
  process.exit(1);
}
console.log('no drift');

step('tests', 'turbo', ['run', 'test', '--concurrency=1', '--output-logs=full']);

let passed = 0;
let failed = 0;
let skipped = 0;
// Each package's vitest run leaves test-results/vitest.json (restored by turbo when cached).
const reports = ['packages', 'apps']
  .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name, 'test-results', 'vitest.json')))
  .concat(join(root, 'examples', 'test-results', 'vitest.json'))
  .filter((file) => existsSync(file));
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
