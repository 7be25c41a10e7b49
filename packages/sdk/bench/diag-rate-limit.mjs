// Diagnostics of the rate-limit rows (not part of `pnpm bench`): where a slot of the rolling
// window stands empty. Runs the same workload as bench/run.mjs' budgetRun (400 calls, 100 per
// rolling second, the default concurrency) and records, per request, the store calls, the
// moment fetch starts and resolves (headers in), the server's arrival and the settle.
// `node bench/diag-rate-limit.mjs [memory|redis] [runs]`; prints one summary line per run.
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';
import { createClient } from 'redis';
import { createLitmos, createMemoryRateLimitStore, createRedisRateLimitStore } from '../dist/index.js';
import { immediateStoreOf } from '../dist/rate-limit-store.js';
import { budgetShare } from './budget-share.mjs';
import { closeServer, listen } from './local-server.mjs';

const als = new AsyncLocalStorage();
const gcs = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push(e.duration);
}).observe({ entryTypes: ['gc'] });
const kind = process.argv[2] ?? 'memory';
const runs = Number(process.argv[3] ?? 3);
const limit = 100;
const windowMs = 1000;
const total = 400;

let records;
const rec = () => {
  const id = als.getStore();
  if (id === undefined) return undefined;
  records[id] ??= { id, acquires: [], settles: [] };
  return records[id];
};

// fetch: tag the request with its id (the server reads it back), note start and headers-in.
const realFetch = globalThis.fetch;
globalThis.fetch = async (url, init) => {
  const r = rec();
  const headers = new Headers(init?.headers);
  if (r) headers.set('x-diag', String(r.id));
  if (r) r.fetchAt = performance.now();
  const response = await realFetch(url, { ...init, headers });
  if (r) r.headersAt = performance.now();
  return response;
};

function instrument(store) {
  const immediate = immediateStoreOf(store);
  const target = immediate ?? store;
  const { acquire, settle } = target;
  if (immediate) {
    target.acquire = (key, window) => {
      const t = performance.now();
      const result = acquire.call(target, key, window);
      rec()?.acquires.push({ t, end: t, granted: result.granted, waitMs: result.waitMs });
      return result;
    };
    target.settle = (key, slot) => {
      const t = performance.now();
      settle.call(target, key, slot);
      rec()?.settles.push({ t, end: t });
    };
  } else {
    target.acquire = async (key, window) => {
      const t = performance.now();
      const result = await acquire.call(target, key, window);
      rec()?.acquires.push({ t, end: performance.now(), granted: result.granted, waitMs: result.waitMs });
      return result;
    };
    target.settle = async (key, slot, window) => {
      const t = performance.now();
      await settle.call(target, key, slot, window);
      rec()?.settles.push({ t, end: performance.now() });
    };
  }
  return store;
}

async function run(store) {
  records = [];
  const arrivals = [];
  let refused = 0;
  const target = await listen((req, res) => {
    const now = performance.now();
    arrivals.push(now);
    const id = Number(req.headers['x-diag']);
    if (records[id]) records[id].arrival = now;
    const inWindow = arrivals.filter((t) => t > now - windowMs).length;
    if (inWindow > limit) refused++;
    res.writeHead(inWindow > limit ? 503 : 200, { 'content-type': 'application/json' });
    res.end('[]');
  });
  const litmos = createLitmos({
    apiKey: 'bench-key',
    source: 'bench',
    baseUrl: target.url,
    format: 'json',
    rateLimit: { limit, windowMs, store: instrument(store) },
  });
  await Promise.all(Array.from({ length: total }, (_, id) => als.run(id, () => litmos.achievements.list().toArray({ max: 1 }))));
  // Settles of stores other than the in-memory one finish after the call: let the last ones land.
  await new Promise((resolve) => setTimeout(resolve, 100));
  await closeServer(target);

  const share = budgetShare(arrivals, limit, windowMs);

  const list = records.filter(Boolean);
  for (const r of list) {
    const g = r.acquires.find((a) => a.granted);
    r.grantAt = g.end; // the limiter has the slot
    r.grantCall = g.t;
    const s = r.settles.at(-1);
    // The store's stamp: in memory, the settle call itself; in Redis, about half way through its round trip.
    r.stampAt = s ? (s.t + s.end) / 2 : undefined;
    r.settleCall = s?.t;
  }
  const byGrant = [...list].sort((a, b) => a.grantAt - b.grantAt);
  const byStamp = [...list].sort((a, b) => a.stampAt - b.stampAt);
  const byArrival = [...list].sort((a, b) => a.arrival - b.arrival);
  // The k-th grant (k ≥ limit) takes the place of the (k - limit)-th stamp.
  const parts = {
    stampToExpiryGrant: [],
    grantToArrival: [],
    grantToFetch: [],
    fetchToArrival: [],
    arrivalToHeaders: [],
    headersToSettle: [],
    arrivalToStamp: [],
    serverGap: [],
  };
  const polls = { deniedCalls: 0, grants: 0, rtt: [] };
  for (let k = limit; k < byGrant.length; k++) {
    const r = byGrant[k];
    const old = byStamp[k - limit];
    parts.stampToExpiryGrant.push(r.grantAt - (old.stampAt + windowMs));
    parts.serverGap.push(byArrival[k].arrival - (byArrival[k - limit].arrival + windowMs));
    const expiry = old.stampAt + windowMs;
    if (process.env.DIAG_DETAIL && r.grantAt - expiry > Number(process.env.DIAG_DETAIL)) {
      const inFlight = list.filter((x) => x.grantAt < expiry && x.stampAt > expiry).length;
      const calls = r.acquires.map((a) => `${(a.t - expiry).toFixed(1)}${a.granted ? 'G' : `(w${a.waitMs})`}`).join(' ');
      const prevGrant = byGrant[k - 1].grantAt - expiry;
      console.log(
        `  late k=${k} id=${r.id} by ${(r.grantAt - expiry).toFixed(1)} ms; in flight ${inFlight}; prev grant ${prevGrant.toFixed(1)}; calls ${calls}`,
      );
    }
  }
  for (const r of list) {
    parts.grantToArrival.push(r.arrival - r.grantAt);
    parts.grantToFetch.push(r.fetchAt - r.grantAt);
    parts.fetchToArrival.push(r.arrival - r.fetchAt);
    parts.arrivalToHeaders.push(r.headersAt - r.arrival);
    parts.headersToSettle.push(r.settleCall - r.headersAt);
    parts.arrivalToStamp.push(r.stampAt - r.arrival);
    for (const a of r.acquires) {
      polls.rtt.push(a.end - a.t);
      if (!a.granted) polls.deniedCalls++;
    }
    polls.grants++;
  }
  const cycles = [];
  for (let c = 0; c * limit < byGrant.length; c++) {
    const first = byGrant[c * limit];
    const last = byGrant[Math.min(byGrant.length, (c + 1) * limit) - 1];
    const lat = byGrant.slice(c * limit, (c + 1) * limit).map((r) => r.stampAt - r.grantAt);
    cycles.push(`${(last.grantAt - first.grantAt).toFixed(1)} (L ${mean(lat).toFixed(2)})`);
  }
  polls.cycles = cycles.join(' / ');
  return { share, refused, parts, polls };
}

const q = (list, p) => {
  const s = [...list].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length;
const fmt = (list) => `mean ${mean(list).toFixed(2)} p50 ${q(list, 0.5).toFixed(2)} p90 ${q(list, 0.9).toFixed(2)} max ${q(list, 1).toFixed(2)}`;

let redis;
let client;
if (kind === 'redis') {
  const probe = await listen(() => {});
  const port = probe.server.address().port;
  await closeServer(probe);
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => child.stdout.on('data', (c) => String(c).includes('Ready to accept connections') && resolve()));
  redis = child;
  client = await createClient({ url: `redis://127.0.0.1:${port}` }).connect();
}
for (let i = 0; i < runs; i++) {
  let evals = 0;
  const counted = client && {
    evalSha: (sha, options) => {
      evals++;
      return client.evalSha(sha, options);
    },
    scriptLoad: (script) => client.scriptLoad(script),
  };
  const store = kind === 'redis' ? createRedisRateLimitStore({ client: counted, prefix: `diag-${Date.now()}-${i}:` }) : createMemoryRateLimitStore();
  const { share, refused, parts, polls } = await run(store);
  console.log(`\n${kind} run ${i + 1}: share ${(share * 100).toFixed(2)} %, ${refused} × 503`);
  for (const [name, list] of Object.entries(parts)) console.log(`  ${name.padEnd(20)} ${fmt(list)}`);
  console.log(
    `  store calls: ${polls.grants} grants, ${polls.deniedCalls} denied; round trip ${fmt(polls.rtt)}${client ? `; ${evals} Redis scripts run` : ''}`,
  );
  console.log(`  grant spans per cycle (ms): ${polls.cycles}; gc ${gcs.length} pauses, ${gcs.reduce((a, b) => a + b, 0).toFixed(1)} ms`);
  gcs.length = 0;
}
if (client) {
  await client.quit();
  redis.kill('SIGTERM');
}
