// The README's first command. It builds what the demo needs (one progress line; the build log
// only if the build fails), starts the sandbox (a local, stateful Litmos) and the docs on
// 127.0.0.1, and shows three things: XML and JSON of one call decode to the same object; a
// 30-day delta export read in 7-day windows; where to go next. The servers stay up until Ctrl-C
// (a clean exit, code 0); `--once` stops right after the demo, for CI.
// For tests: `--skip-build` when everything is built already, `--free-ports` to listen on any
// free port instead of the usual ones.
import { spawn } from 'node:child_process';
import { isDeepStrictEqual, parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    once: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'free-ports': { type: 'boolean', default: false },
  },
});
const tty = process.stdout.isTTY === true;
const bold = (text) => (tty ? `\u001b[1m${text}\u001b[22m` : text);
const dim = (text) => (tty ? `\u001b[2m${text}\u001b[22m` : text);
const count = (n) => n.toLocaleString('en-US');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// Ctrl-C is how this demo is meant to end: stop the servers and exit 0. On a terminal the key is
// read as a keystroke rather than left to become SIGINT: the signal would reach every process of
// the foreground group, including the shell shim pnpm puts in front of `node`, which dies of it,
// and pnpm would then report "ELIFECYCLE Command failed." A second Ctrl-C exits at once.
const cleanups = [];
let stopping = false;
const stop = async () => {
  if (stopping) process.exit(0);
  stopping = true;
  console.log(`${tty ? '\n' : ''}Stopping…`);
  await Promise.allSettled(cleanups.map((cleanup) => cleanup()));
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
if (process.stdin.isTTY) {
  process.stdin.setRawMode(true);
  // Ctrl-C, or Ctrl-D; the terminal's mode is restored when the process exits.
  process.stdin.on('data', (keys) => (keys.includes(3) || keys.includes(4) ? stop() : undefined));
}

console.log(bold('litmos-kit demo'));
if (!values['skip-build']) await build(['@litmos-kit/sdk', '@litmos-kit/sandbox', '@litmos-kit/cli', '@litmos-kit/docs']);

const { createLitmos } = await import('@litmos-kit/sdk');
const { startSandbox } = await import('@litmos-kit/sandbox');
const { serveDocs } = await import('@litmos-kit/docs');

/** Listens on the usual port, or on any free one when it is taken. */
async function listen(start, port) {
  try {
    return await start(values['free-ports'] ? 0 : port);
  } catch {
    return start(0);
  }
}
// The sandbox follows the wall clock, so "the last 30 days" means what it says.
const sandbox = await listen((port) => startSandbox({ port, now: 'now' }), 4010);
cleanups.push(() => sandbox.close());
const docs = await listen((port) => serveDocs({ port }), 8080);
cleanups.push(() => docs.close());
const people = sandbox.summary().users;
console.log(`Sandbox: a Litmos on ${sandbox.url} with ${count(people)} seeded people, Litmos' rules and its rate limit.`);

/** An SDK client of the sandbox; `onBody` sees every response body as it came over the wire. */
function client(format, onBody) {
  return createLitmos({
    apiKey: sandbox.apiKey,
    source: 'litmos-kit-demo',
    baseUrl: sandbox.url,
    format,
    hooks: onBody ? { onResponse: async ({ response }) => onBody(await response.text()) } : {},
  });
}

// 1. One call, two wire formats, one object.
console.log(`\n${bold('1. XML and JSON of the same call decode to the same object')}`);
const wire = {};
const decoded = {};
for (const format of ['xml', 'json']) {
  decoded[format] = await client(format, (body) => (wire[format] = body))
    .users.list({ limit: 1 })
    .toArray({ max: 1 });
}
const excerpt = (text) => (text.length > 86 ? `${text.slice(0, 85)}…` : text);
console.log(`   litmos.users.list({ limit: 1 }), asked for once in each format. On the wire:`);
console.log(`     XML   ${dim(excerpt(wire.xml.replace(/\s+/g, ' ')))}`);
console.log(`     JSON  ${dim(excerpt(wire.json))}`);
const same = isDeepStrictEqual(decoded.xml, decoded.json);
console.log(`   Decoded, both are ${same ? 'the same list of one object' : 'NOT the same (a bug: please report it)'}:`);
for (const [name, value] of Object.entries(decoded.json[0] ?? {})) console.log(`     ${`${name}:`.padEnd(13)}${JSON.stringify(value)}`);
console.log('   That is the point: nil and null, one-item lists, numbers, booleans and every Litmos date');
console.log('   form come out alike, so your code does not care which format Litmos sends.');
if (!same) process.exitCode = 1;

// 2. A delta export: any range, read in the 7-day windows Litmos allows.
console.log(`\n${bold('2. A 30-day delta export through the sandbox')}`);
const to = new Date();
const since = new Date(to.getTime() - 30 * 86_400_000);
let requests = 0;
const litmos = createLitmos({ apiKey: sandbox.apiKey, source: 'litmos-kit-demo', baseUrl: sandbox.url, hooks: { onRequest: () => void requests++ } });
console.log('   litmos.org.users.changed({ since: 30 days ago, to: now }): Litmos answers at most 7 days per');
console.log('   request, so the SDK splits the range into windows and pages through each:');
const started = performance.now();
const pager = litmos.org.users.changed({ since, to });
const perWindow = new Map();
for await (const page of pager.pages()) {
  const { index, since: from, to: until } = page.window;
  perWindow.set(index, { from, until, rows: (perWindow.get(index)?.rows ?? 0) + page.items.length });
}
let total = 0;
for (const [index, { from, until, rows }] of perWindow) {
  total += rows;
  console.log(`     window ${index + 1}  ${from} → ${until}  ${count(rows).padStart(5)} people changed`);
}
console.log(`   ${count(total)} of ${count(people)} people changed in 30 days: ${requests} requests, ${seconds(performance.now() - started)}.`);
console.log('   After any page, pager.checkpoint (plain JSON) resumes the export exactly there.');

// 3. Where to go next.
console.log(`\n${bold('3. Where to go next')}`);
console.log('   The CLI (any list or delta stream to CSV, NDJSON or JSON; no account needed with --sandbox):');
console.log('     node packages/cli/dist/cli.js export org.users.changed --sandbox --since 30d --format csv --out changed.csv');
console.log('     node packages/cli/dist/cli.js ops                   # every operation and the command that runs it');
console.log("   The sandbox in your own tests: import { startSandbox } from '@litmos-kit/sandbox' (apps/sandbox/README.md)");
console.log('   Examples you can run against it: examples/README.md (nightly delta sync, team sync, CSV export)');
console.log(`   The API reference and guides, offline: ${docs.url}`);

if (values.once) {
  await Promise.allSettled(cleanups.map((cleanup) => cleanup()));
  process.exit();
}
console.log(`\nThe sandbox (${sandbox.url}, header apikey: ${sandbox.apiKey}) and the docs keep running; Ctrl-C stops them.`);

/**
 * Builds the packages (and what they depend on) with turbo, showing one line of progress; the
 * full log is printed only when the build fails.
 */
async function build(packages) {
  const started = performance.now();
  const steps = new Set();
  let log = '';
  let current = '';
  const show = () => {
    if (tty) process.stdout.write(`\r\u001b[2KBuilding the spec, client, SDK, sandbox, CLI and docs… ${dim(current)}`);
  };
  if (!tty) process.stdout.write('Building the spec, client, SDK, sandbox, CLI and docs… ');
  show();
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  const args = ['run', 'build', ...packages.map((name) => `--filter=${name}`), '--output-logs=new-only'];
  // Its own process group: `turbo` is a chain of shims and processes, stopped together.
  const child = spawn('turbo', args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  cleanups.push(() => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  });
  const onData = (chunk) => {
    log += chunk;
    for (const match of String(chunk).matchAll(/^@litmos-kit\/([\w-]+):(\w+):/gm)) {
      steps.add(`${match[1]}:${match[2]}`);
      current = match[1];
      show();
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (stopping) await new Promise(() => {});
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(log);
  if (tty) process.stdout.write('\r\u001b[2K');
  if (code !== 0) {
    console.log(`${tty ? 'Building … ' : ''}failed. The build log:\n`);
    console.log(log);
    process.exit(code ?? 1);
  }
  const from = cached ? ` (${cached[2]} steps, ${cached[1] === cached[2] ? 'all' : cached[1]} from the cache)` : '';
  console.log(`${tty ? 'Building the spec, client, SDK, sandbox, CLI and docs… ' : ''}done in ${seconds(performance.now() - started)}${from}`);
}
