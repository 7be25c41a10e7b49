// The README's second command: every check a fresh clone must pass, in one run.
//   1. spec lint (zero errors, zero warnings), bundle, regenerate the client, build, typecheck
//   2. the generated client is exactly what the generator writes (no hand edits, no drift)
//   3. every package's tests (vitest, against real Prism and real HTTP servers on 127.0.0.1)
// It ends with the time each stage and each package's tests took (also written to
// test-results/test-all-timings.json, which scripts/check-fresh-clone.sh reports), then one
// summary line, `tests: N passed, N failed`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
};
const began = Date.now();

/** Wall time of each stage, and of each turbo task inside the turbo stages, in ms. */
const timings = { stages: [], tasks: {} };
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** The turbo run summary (`--summarize`) written since `since`, as { task: { ms, cached } }. */
function turboTasks(since) {
  const dir = join(root, '.turbo', 'runs');
  if (!existsSync(dir)) return {};
  const newest = readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).mtimeMs >= since)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) return {};
  const summary = JSON.parse(readFileSync(newest, 'utf8'));
  return Object.fromEntries(
    summary.tasks
      .filter((task) => task.execution)
      .sort((a, b) => a.execution.startTime - b.execution.startTime)
      .map((task) => [task.taskId, { ms: task.execution.endTime - task.execution.startTime, cached: task.cache?.status === 'HIT' }]),
  );
}

function printTimings() {
  const lines = ['', 'time per stage (wall clock):'];
  for (const stage of timings.stages) {
    lines.push(`  ${stage.title.padEnd(60)} ${seconds(stage.ms).padStart(9)}${stage.ok ? '' : '  (failed)'}`);
    for (const [task, { ms, cached }] of Object.entries(timings.tasks[stage.title] ?? {})) {
      lines.push(`    ${task.padEnd(58)} ${seconds(ms).padStart(9)}${cached ? '  (cached)' : ''}`);
    }
  }
  lines.push(`  ${'total'.padEnd(60)} ${seconds(Date.now() - began).padStart(9)}`);
  console.log(lines.join('\n'));
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results', 'test-all-timings.json'), `${JSON.stringify({ totalMs: Date.now() - began, ...timings }, null, 2)}\n`);
}

/**
 * Runs one stage. On failure it prints the timings so far and exits with the stage's status,
 * unless `keepGoing` (the tests: every package runs, and the summary counts them all).
 */
const step = (title, cmd, args, { turbo = false, keepGoing = false } = {}) => {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const run = spawnSync(cmd, turbo ? [...args, '--summarize'] : args, { cwd: root, env, stdio: 'inherit' });
  timings.stages.push({ title, ms: Date.now() - started, ok: run.status === 0 });
  if (turbo) timings.tasks[title] = turboTasks(started);
  if (run.status !== 0) {
    console.error(`✖ ${title} failed${run.error ? `: ${run.error.message}` : ''}`);
    if (keepGoing) return false;
    printTimings();
    process.exit(run.status ?? 1);
  }
  return true;
};

console.log(`node ${process.version} (toolchain), pnpm via npx, turbo`);
step('system packages (Chromium, Redis, tmux)', process.execPath, [join(root, 'scripts', 'ensure-system-packages.mjs')]);

step('lint the spec, regenerate the client, build and typecheck', 'turbo', ['run', 'lint', 'generate', 'build', 'typecheck', '--output-logs=errors-only'], {
  turbo: true,
});

const driftTitle = 'the committed generated client matches the generator';
console.log(`\n▶ ${driftTitle}`);
const driftStarted = Date.now();
const generated = ['packages/client/src', 'packages/ispring-client/src', 'packages/xbox-client/src', 'packages/sdk/src/gen'];
const drift = execFileSync('git', ['status', '--porcelain', '--', ...generated], { cwd: root, encoding: 'utf8' });
timings.stages.push({ title: driftTitle, ms: Date.now() - driftStarted, ok: !drift.trim() });
if (drift.trim()) {
  console.error(`Regenerating changed committed files:\n${drift}\nRun \`pnpm generate\` and commit the result; never edit generated files by hand.`);
  printTimings();
  process.exit(1);
}
console.log('no drift');

// --continue: a failing package does not hide the results of the ones after it.
// Two packages at a time: on two cores vitest runs one worker per package, and much of a test's
// time is spent waiting on a server, Chromium or npm, so one package alone leaves a core idle.
// Every server a test starts listens on a free port, so packages never collide.
const testsPassed = step('tests', 'turbo', ['run', 'test', '--concurrency=2', '--continue', '--output-logs=full'], { turbo: true, keepGoing: true });

let passed = 0;
let failed = 0;
let skipped = 0;
// Each package's vitest run leaves test-results/vitest.json (restored by turbo when cached).
const reports = ['packages', 'apps']
  .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name, 'test-results', 'vitest.json')))
  .concat(join(root, 'spec', 'test-results', 'vitest.json'))
  .concat(join(root, 'examples', 'test-results', 'vitest.json'))
  .filter((file) => existsSync(file));
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
printTimings();
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(testsPassed && failed === 0 && passed > 0 ? 0 : 1);
