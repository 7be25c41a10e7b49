// `pnpm bench`: the SDK's costs next to baselines measured in the same run, printed as one table.
// Targets come from issues #5 and #14. Run with --expose-gc (the package script does) for steady memory figures.
import { spawn } from 'node:child_process';
import { operations } from '@litmos-kit/client/operations';
import { parseXmlRoot } from '@litmos-kit/core/decode';
import { XMLParser } from 'fast-xml-parser';
import { createClient } from 'redis';
import { decodeBody } from '../dist/decode-body.js';
import { createLitmos, createMemoryRateLimitStore, createRedisRateLimitStore } from '../dist/index.js';
import { budgetShare } from './budget-share.mjs';
import { people, peopleJson, peopleXml } from './data.mjs';
import { closeServer, listen } from './local-server.mjs';

const rows = [];
const row = (name, sdk, baseline, ratio, target, met, note = '') => rows.push({ name, sdk, baseline, ratio, target, met, note });
const ms = (n) => `${n.toFixed(n < 1 ? 3 : 2)} ms`;
const log = (...args) => console.error(...args);

/** The process's CPU time (user + system, all threads) in milliseconds. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Median cost of each candidate, interleaving them so drift hits all of them alike: CPU time of
 * the process (`cpu`), which other work on a shared machine does not inflate, and wall time.
 * Each round starts with another candidate: in a fixed order, a candidate pays for the garbage
 * of the one before it (two copies of one function measured up to 1.4× apart that way).
 */
async function race(candidates, { rounds = 15, perRound = 3 } = {}) {
  const times = candidates.map(() => ({ cpu: [], wall: [] }));
  for (let warm = 0; warm < 3; warm++) for (const fn of candidates) await fn();
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < candidates.length; k++) {
      const i = (k + r) % candidates.length;
      const fn = candidates[i];
      const wall = performance.now();
      const cpu = cpuMs();
      for (let k = 0; k < perRound; k++) await fn();
      times[i].cpu.push((cpuMs() - cpu) / perRound);
      times[i].wall.push((performance.now() - wall) / perRound);
    }
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return times.map(({ cpu, wall }) => ({ cpu: median(cpu), wall: median(wall) }));
}

/** `a / b` in CPU time, with the wall-clock ratio for the note. */
const wallNote = (a, b) => `wall ${ms(a.wall)} vs ${ms(b.wall)} (${(a.wall / b.wall).toFixed(2)}×)`;

// 1 and 2. Decoding a page of 1,000 people, in the default policy ('report': every field checked).
async function decoding() {
  const list = people(1000);
  const xml = peopleXml(list);
  const json = peopleJson(list);
  const op = operations.listChangedUsers;
  // The operation's codec (decoder and shapes), which a client loads on the first call.
  const codec = await op.load();
  const plain = new XMLParser();
  log(`decoding: XML page ${(xml.length / 1e6).toFixed(2)} MB, JSON page ${(json.length / 1e6).toFixed(2)} MB`);
  // The page matches the spec: a drift here would mean the benchmark measures the slow paths.
  const drift = [...decodeBody(op, codec, xml, 'application/xml').drift, ...decodeBody(op, codec, json, 'application/json').drift];
  if (drift.length) throw new Error(`bench data differs from the spec: ${JSON.stringify(drift[0])}`);
  const [sdkXml, fxp, sdkParse, jsonParse] = await race([
    () => decodeBody(op, codec, xml, 'application/xml'),
    () => plain.parse(xml),
    () => parseXmlRoot(xml),
    () => JSON.parse(json),
  ]);
  const xmlRatio = sdkXml.cpu / fxp.cpu;
  row('XML page, 1,000 people: decode + check', ms(sdkXml.cpu), `fast-xml-parser ${ms(fxp.cpu)}`, xmlRatio, '≤ 1.3×', xmlRatio <= 1.3, wallNote(sdkXml, fxp));
  row('  same page, vs JSON.parse of the same data', ms(sdkXml.cpu), `JSON.parse ${ms(jsonParse.cpu)}`, sdkXml.cpu / jsonParse.cpu, '—', undefined);
  const readerRatio = sdkParse.cpu / fxp.cpu;
  row(
    '  of which the XML reader (core parseXmlRoot)',
    ms(sdkParse.cpu),
    `fast-xml-parser ${ms(fxp.cpu)}`,
    readerRatio,
    '< 1× (stretch)',
    readerRatio < 1,
    'same tree as fast-xml-parser (property test); nil read',
  );
  const [sdkJson, jsonOnly, strictJson, offJson] = await race(
    [
      () => decodeBody(op, codec, json, 'application/json'),
      () => JSON.parse(json),
      () => decodeBody(op, codec, json, 'application/json', { policy: 'strict' }),
      () => decodeBody(op, codec, json, 'application/json', { policy: 'off' }),
    ],
    { rounds: 31, perRound: 5 },
  );
  const jsonRatio = sdkJson.cpu / jsonOnly.cpu;
  row(
    'JSON page, 1,000 people: decode + check',
    ms(sdkJson.cpu),
    `JSON.parse ${ms(jsonOnly.cpu)}`,
    jsonRatio,
    '≤ 1.5×',
    jsonRatio <= 1.5,
    wallNote(sdkJson, jsonOnly),
  );
  row(
    '  same, validation strict / off',
    `${ms(strictJson.cpu)} / ${ms(offJson.cpu)}`,
    `JSON.parse ${ms(jsonOnly.cpu)}`,
    undefined,
    '—',
    undefined,
    `${(strictJson.cpu / jsonOnly.cpu).toFixed(2)}× / ${(offJson.cpu / jsonOnly.cpu).toFixed(2)}×`,
  );
}

// 3. One request through the whole SDK against raw fetch + json(), to the same local server and
// body. Each candidate runs in a process of its own (request-loop.mjs), the server in another
// (page-server.mjs): the figure is the client's CPU time per request, with no garbage or server
// work of another candidate in it. Candidates take turns, repetition after repetition, and each
// ratio is the median of the ratios within one repetition, so load that comes and goes hits
// both sides of a ratio alike. A second raw candidate shows what the method cannot resolve.
async function overhead() {
  const server = spawn(process.execPath, [new URL('./page-server.mjs', import.meta.url).pathname], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const baseUrl = await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.once('exit', (code) => reject(new Error(`bench/page-server.mjs exited with ${code}`)));
      server.stdout.once('data', (chunk) => resolve(String(chunk).trim()));
    });
    const names = ['raw', 'sdk', 'bare', 'raw'];
    const runs = names.map(() => []);
    // One process's CPU time per request varies by about ±10 % from process to process (two
    // processes of the same raw loop land up to 1.2× apart): 15 repetitions put the median
    // within a few per cent.
    const repetitions = 15;
    for (let rep = 0; rep < repetitions; rep++) {
      for (let k = 0; k < names.length; k++) {
        const i = (k + rep) % names.length;
        runs[i].push(await requestLoop(names[i], baseUrl));
      }
    }
    const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const ratio = (i, field = 'cpu') => median(runs[i].map((run, rep) => run[field] / runs[0][rep][field]));
    const cpu = (i) => median(runs[i].map((run) => run.cpu));
    const wall = (i) => median(runs[i].map((run) => run.wall));
    const requestRatio = ratio(1);
    row(
      'One request (10-row page), local server',
      ms(cpu(1)),
      `fetch + json() ${ms(cpu(0))}`,
      requestRatio,
      '≤ 1.2×',
      requestRatio <= 1.2,
      `client CPU per request, median of ${repetitions} paired runs; includes decoding and checking the page; wall ${ms(wall(1))} vs ${ms(wall(0))} (${ratio(1, 'wall').toFixed(2)}×)`,
    );
    row('  same, rate limiter and retries off', ms(cpu(2)), `fetch + json() ${ms(cpu(0))}`, ratio(2), '—', undefined, 'what the limiter and retry layers add');
    const spread = runs[3].map((run, rep) => run.cpu / runs[0][rep].cpu).sort((a, b) => a - b);
    const quartile = (q) => spread[Math.round(q * (spread.length - 1))].toFixed(2);
    row(
      '  control: fetch + json() against itself',
      ms(cpu(3)),
      `fetch + json() ${ms(cpu(0))}`,
      ratio(3),
      '≈ 1.00×',
      undefined,
      `the same code in two processes: how far apart two equal candidates land (middle half of the ${repetitions} runs ${quartile(0.25)}–${quartile(0.75)}×)`,
    );
  } finally {
    server.stdin.end();
    server.kill();
  }
}

/** Runs request-loop.mjs for one candidate; resolves with its `{ cpu, wall }` per request in ms. */
function requestLoop(candidate, baseUrl) {
  const child = spawn(process.execPath, [new URL('./request-loop.mjs', import.meta.url).pathname, candidate], {
    env: { ...process.env, BENCH_URL: baseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`bench/request-loop.mjs ${candidate} exited with ${code}`))));
  });
}

// 4. The limiter against a server that refuses more than 100 requests per rolling second.
// Three runs per store (a fresh store each time); the median run is reported, with the range.
async function budget(label, makeStore) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await budgetRun(await makeStore()));
  runs.sort((a, b) => a.share - b.share);
  const { share, actual, ideal } = runs[1];
  const refused = runs.reduce((sum, r) => sum + r.refused, 0);
  const range = `${(runs[0].share * 100).toFixed(1)}–${(runs[2].share * 100).toFixed(1)} %`;
  row(
    `Rate limit, ${label}: 400 requests at 100/1 s`,
    `${(share * 100).toFixed(1)} % of budget`,
    `${refused} × 503 in 3 runs`,
    undefined,
    '≥ 99 %, 0 × 503',
    share >= 0.99 && refused === 0,
    `median of 3 runs (${range}); first to last request ${(actual / 1000).toFixed(2)} s, bursts back to back ${ideal / 1000} s`,
  );
}

async function budgetRun(store) {
  const limit = 100;
  const windowMs = 1000;
  const arrivals = [];
  let refused = 0;
  const target = await listen((_req, res) => {
    const now = performance.now();
    arrivals.push(now);
    const inWindow = arrivals.filter((t) => t > now - windowMs).length;
    if (inWindow > limit) refused++;
    res.writeHead(inWindow > limit ? 503 : 200, { 'content-type': 'application/json' });
    res.end('[]');
  });
  const litmos = createLitmos({ apiKey: 'bench-key', source: 'bench', baseUrl: target.url, format: 'json', rateLimit: { limit, windowMs, store } });
  const total = 400;
  await Promise.all(Array.from({ length: total }, () => litmos.achievements.list().toArray({ max: 1 })));
  const share = budgetShare(arrivals, limit, windowMs);
  // For reference: the fastest legal schedule sends bursts of 100 one window apart.
  const ideal = (Math.ceil(total / limit) - 1) * windowMs;
  const actual = arrivals.at(-1) - arrivals[0];
  await closeServer(target);
  return { share, refused, actual, ideal };
}

async function startRedis() {
  const probe = await listen(() => {});
  const port = probe.server.address().port;
  await closeServer(probe);
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout.on('data', (chunk) => String(chunk).includes('Ready to accept connections') && resolve());
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

// 5. A million rows through the pager over HTTP, in a fresh process (bench/memory.mjs) so the
// figures are the pager's, not those of what this script loads: memory must stay flat.
async function memory() {
  const child = spawn(process.execPath, ['--expose-gc', new URL('./memory.mjs', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`bench/memory.mjs exited with ${code}`);
  const result = JSON.parse(out);
  row(result.name, result.sdk, result.baseline, undefined, 'flat', result.met, result.note);
}

async function rateLimits() {
  log('benchmarking: rate limit (in-memory)');
  await budget('in-memory store', () => createMemoryRateLimitStore());
  log('benchmarking: rate limit (Redis)');
  const redis = await startRedis();
  const client = await createClient({ url: redis.url }).connect();
  try {
    let run = 0;
    await budget('Redis store', () => createRedisRateLimitStore({ client, prefix: `bench-${Date.now()}-${++run}:` }));
  } finally {
    await client.quit();
    await redis.stop();
  }
}

// `node bench/run.mjs request decoding` runs only those sections; no names, all of them.
const sections = {
  memory: ['memory (12,000,000 rows)', memory],
  decoding: ['decoding', decoding],
  request: ['per-request overhead', overhead],
  'rate-limit': ['rate limit', rateLimits],
};
const chosen = process.argv.slice(2);
for (const name of chosen) if (!(name in sections)) throw new Error(`unknown section ${name}; expected some of ${Object.keys(sections).join(', ')}`);
const started = performance.now();
for (const [name, [label, run]] of Object.entries(sections)) {
  if (chosen.length && !chosen.includes(name)) continue;
  if (name !== 'rate-limit') log(`benchmarking: ${label}`);
  await run();
}

const header = ['Benchmark', 'SDK', 'Baseline', 'Ratio', 'Target', 'Met', 'Note'];
const table = rows.map((r) => [
  r.name,
  r.sdk,
  r.baseline,
  // Three decimals: a ratio a hair over its target must not print as the target itself.
  r.ratio === undefined ? '' : `${r.ratio.toFixed(3)}×`,
  r.target,
  r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  r.note,
]);
console.log(`\n| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
for (const line of table) console.log(`| ${line.join(' | ')} |`);
console.log(
  '\nTimes are CPU time (user + system): of this process for decoding, taking turns round by round; of one process per candidate for the one-request rows, against a server in a process of its own. Other work on the machine does not skew the ratios much; the control row shows by how much. Wall-clock figures are in the notes.',
);
console.log(`\nnode ${process.version}, ${(await import('node:os')).cpus().length} CPUs, ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
