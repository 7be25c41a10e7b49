// `pnpm bench`: the SDK's costs next to baselines measured in the same run, printed as one table.
// Targets come from issues #5 and #14. Run with --expose-gc (the package script does) for steady memory figures.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { operations } from '@litmos-kit/client/operations';
import { parseXmlRoot } from '@litmos-kit/core';
import { XMLParser } from 'fast-xml-parser';
import { createClient } from 'redis';
import { decodeBody } from '../dist/decode-body.js';
import { createLitmos, createMemoryRateLimitStore, createRedisRateLimitStore } from '../dist/index.js';
import { people, peopleJson, peopleXml } from './data.mjs';

const rows = [];
const row = (name, sdk, baseline, ratio, target, met, note = '') => rows.push({ name, sdk, baseline, ratio, target, met, note });
const ms = (n) => `${n.toFixed(n < 1 ? 3 : 2)} ms`;
const log = (...args) => console.error(...args);

/** Median time of `fn`, interleaving the candidates so drift hits all of them alike. */
async function race(candidates, { rounds = 15, perRound = 3 } = {}) {
  const times = candidates.map(() => []);
  for (let warm = 0; warm < 3; warm++) for (const fn of candidates) await fn();
  for (let r = 0; r < rounds; r++) {
    for (const [i, fn] of candidates.entries()) {
      const start = performance.now();
      for (let k = 0; k < perRound; k++) await fn();
      times[i].push((performance.now() - start) / perRound);
    }
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}
const closeServer = ({ server }) =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  });

// 1 and 2. Decoding a page of 1,000 people, in the default policy ('report': every field checked).
async function decoding() {
  const list = people(1000);
  const xml = peopleXml(list);
  const json = peopleJson(list);
  const op = operations.listChangedUsers;
  const plain = new XMLParser();
  log(`decoding: XML page ${(xml.length / 1e6).toFixed(2)} MB, JSON page ${(json.length / 1e6).toFixed(2)} MB`);
  // The page matches the spec: a drift here would mean the benchmark measures the slow paths.
  const drift = [...decodeBody(op, xml, 'application/xml').drift, ...decodeBody(op, json, 'application/json').drift];
  if (drift.length) throw new Error(`bench data differs from the spec: ${JSON.stringify(drift[0])}`);
  const [sdkXml, fxp, sdkParse, jsonParse] = await race([
    () => decodeBody(op, xml, 'application/xml'),
    () => plain.parse(xml),
    () => parseXmlRoot(xml),
    () => JSON.parse(json),
  ]);
  row('XML page, 1,000 people: decode + check', ms(sdkXml), `fast-xml-parser ${ms(fxp)}`, sdkXml / fxp, '≤ 1.3×', sdkXml / fxp <= 1.3);
  row('  same page, vs JSON.parse of the same data', ms(sdkXml), `JSON.parse ${ms(jsonParse)}`, sdkXml / jsonParse, '—', undefined);
  row(
    '  of which the XML reader (core parseXmlRoot)',
    ms(sdkParse),
    `fast-xml-parser ${ms(fxp)}`,
    sdkParse / fxp,
    '< 1× (stretch)',
    sdkParse / fxp < 1,
    'same tree as fast-xml-parser (property test); nil read',
  );
  const [sdkJson, jsonOnly, strictJson, offJson] = await race([
    () => decodeBody(op, json, 'application/json'),
    () => JSON.parse(json),
    () => decodeBody(op, json, 'application/json', { policy: 'strict' }),
    () => decodeBody(op, json, 'application/json', { policy: 'off' }),
  ]);
  row('JSON page, 1,000 people: decode + check', ms(sdkJson), `JSON.parse ${ms(jsonOnly)}`, sdkJson / jsonOnly, '≤ 1.5×', sdkJson / jsonOnly <= 1.5);
  row(
    '  same, validation strict / off',
    `${ms(strictJson)} / ${ms(offJson)}`,
    `JSON.parse ${ms(jsonOnly)}`,
    undefined,
    '—',
    undefined,
    'policy of the decoder',
  );
}

// 3. One request through the whole SDK against raw fetch, same local server and body.
async function overhead() {
  const body = JSON.stringify(
    Array.from({ length: 10 }, (_, i) => ({
      UserId: `U${i}`,
      Title: `Course ${i}`,
      Description: null,
      AchievementDate: '2026-10-01T10:00:00Z',
      CourseId: `C${i}`,
      CompliantTillDate: null,
      Score: '90',
      Result: 'Passed',
      Type: 'Course',
      FirstName: 'Ada',
      LastName: `Lovelace ${i}`,
      AchievementId: 3000000 + i,
      CertificateId: null,
    })),
  );
  const target = await listen((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  // The limiter stays on (default settings would pace this loop, so the window is made huge).
  const litmos = createLitmos({ apiKey: 'bench-key', source: 'bench', baseUrl: target.url, format: 'json', rateLimit: { limit: 1e9 } });
  const url = `${target.url}/achievements?source=bench&format=json&start=0&limit=10`;
  const headers = { apikey: 'bench-key', accept: 'application/json' };
  const bare = createLitmos({ apiKey: 'bench-key', source: 'bench', baseUrl: target.url, format: 'json', rateLimit: false, retry: false });
  const [sdk, raw, plain] = await race(
    [
      () => litmos.achievements.list({ limit: 10 }).toArray({ max: 10 }),
      () => fetch(url, { headers }).then((r) => r.json()),
      () => bare.achievements.list({ limit: 10 }).toArray({ max: 10 }),
    ],
    { rounds: 30, perRound: 40 },
  );
  row(
    'One request (10-row page), local server',
    ms(sdk),
    `fetch + json() ${ms(raw)}`,
    sdk / raw,
    '≤ 1.2×',
    sdk / raw <= 1.2,
    'includes decoding and checking the page',
  );
  row('  same, rate limiter and retries off', ms(plain), `fetch + json() ${ms(raw)}`, plain / raw, '—', undefined, 'what the limiter and retry layers add');
  await closeServer(target);
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
  // Share of the budget used while requests were waiting: how full the rolling window was, on
  // average, from the moment the first window closed to the last request (1 ms steps).
  let sum = 0;
  let steps = 0;
  for (let t = arrivals[0] + windowMs, from = 0, to = 0; t <= arrivals.at(-1); t += 1, steps++) {
    while (to < arrivals.length && arrivals[to] <= t) to++;
    while (arrivals[from] <= t - windowMs) from++;
    sum += Math.min(1, (to - from) / limit);
  }
  const share = sum / steps;
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

// 5. A million rows through the pager over HTTP: memory must stay flat.
async function memory() {
  const pageSize = 1000;
  const pages = 1000;
  const target = await listen((req, res) => {
    const start = Number(new URL(req.url, 'http://x').searchParams.get('start'));
    const count = start >= pageSize * pages ? 0 : pageSize;
    let text = '[';
    for (let i = 0; i < count; i++)
      text += `${i ? ',' : ''}{"UserId":"U${start + i}","Title":"Course ${i % 50}","Description":null,"AchievementDate":"2026-10-01T10:00:00Z","CourseId":"C${i % 50}","CompliantTillDate":null,"Score":"90","Result":"Passed","Type":"Course","FirstName":"Ada","LastName":"Lovelace","AchievementId":${start + i},"CertificateId":null}`;
    text += ']';
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  });
  const litmos = createLitmos({ apiKey: 'bench-key', source: 'bench', baseUrl: target.url, format: 'json', rateLimit: false });
  const sample = () => {
    globalThis.gc?.();
    return process.memoryUsage();
  };
  let rowsSeen = 0;
  const samples = new Map();
  const started = performance.now();
  for await (const page of litmos.achievements.list({ limit: pageSize }).pages()) {
    rowsSeen += page.items.length;
    const n = page.next / pageSize;
    if (n % 50 === 0) samples.set(n, sample());
  }
  const mb = (bytes) => (bytes / 2 ** 20).toFixed(0);
  const at = (n) => samples.get(n);
  // Flat means the JS heap does not grow with the rows read, and RSS levels off (the allocator
  // keeps freed pages for reuse, so RSS rises at first and then stays).
  const heapGrowth = (at(pages).heapUsed - at(50).heapUsed) / 2 ** 20;
  const lateRss = (at(pages).rss - at(pages / 2).rss) / 2 ** 20;
  row(
    `Memory: ${rowsSeen.toLocaleString('en')} rows through the pager`,
    `heap ${mb(at(50).heapUsed)} → ${mb(at(pages).heapUsed)} MB`,
    `RSS ${[50, pages / 4, pages / 2, (3 * pages) / 4, pages].map((n) => mb(at(n).rss)).join(' → ')} MB`,
    undefined,
    'flat',
    heapGrowth < 16 && lateRss < 16,
    `at pages 50, 250, 500, 750, 1000; second half RSS ${lateRss >= 0 ? '+' : ''}${lateRss.toFixed(1)} MB; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  await closeServer(target);
}

const started = performance.now();
// Memory first, while the process is small, so its RSS figures are not those of the decoding runs.
log('benchmarking: memory (1,000,000 rows)');
await memory();
log('benchmarking: decoding');
await decoding();
log('benchmarking: per-request overhead');
await overhead();
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

const header = ['Benchmark', 'SDK', 'Baseline', 'Ratio', 'Target', 'Met', 'Note'];
const table = rows.map((r) => [
  r.name,
  r.sdk,
  r.baseline,
  r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
  r.target,
  r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  r.note,
]);
console.log(`\n| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
for (const line of table) console.log(`| ${line.join(' | ')} |`);
console.log(`\nnode ${process.version}, ${(await import('node:os')).cpus().length} CPUs, ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
