// Part of `pnpm bench` (run.mjs starts it once per candidate and repetition): one candidate's
// requests to the page server (page-server.mjs, at BENCH_URL), in a process of its own, so the
// garbage one candidate leaves is collected on its own time and not on the next candidate's.
// Prints one JSON line: the median CPU time (user + system, all threads) and wall time per
// request of this process, in milliseconds.
import { createLitmos } from '../dist/index.js';

const [candidate, rounds = 9, perRound = 300] = process.argv.slice(2).map((arg, i) => (i === 0 ? arg : Number(arg)));
const baseUrl = process.env.BENCH_URL;
if (!baseUrl) throw new Error('BENCH_URL is not set: run.mjs starts page-server.mjs and passes its URL');

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const url = `${baseUrl}/achievements?source=bench&format=json&start=0&limit=10`;
const headers = { apikey: 'bench-key', accept: 'application/json' };
const options = { apiKey: 'bench-key', source: 'bench', baseUrl, format: 'json' };

const candidates = {
  // What a hand-written integration does: fetch, then json().
  raw: () => () => fetch(url, { headers }).then((r) => r.json()),
  // The SDK as created by default, the limiter on (its window made huge, so it never waits).
  sdk: () => {
    const litmos = createLitmos({ ...options, rateLimit: { limit: 1e9 } });
    return () => litmos.achievements.list({ limit: 10 }).toArray({ max: 10 });
  },
  // The SDK without its limiter and retries: what those two layers add.
  bare: () => {
    const litmos = createLitmos({ ...options, rateLimit: false, retry: false });
    return () => litmos.achievements.list({ limit: 10 }).toArray({ max: 10 });
  },
};
const make = candidates[candidate];
if (!make) throw new Error(`unknown candidate ${candidate}; expected one of ${Object.keys(candidates).join(', ')}`);
const run = make();

// The answer is checked once, so that the loop measures what it claims to.
const rows = await run();
if (!Array.isArray(rows) || rows.length !== 10 || rows[9].AchievementId !== 3000009) {
  throw new Error(`${candidate} read ${JSON.stringify(rows)?.slice(0, 200)}`);
}
for (let i = 0; i < 1500; i++) await run();
const cpu = [];
const wall = [];
for (let r = 0; r < rounds; r++) {
  const startedCpu = cpuMs();
  const startedWall = performance.now();
  for (let i = 0; i < perRound; i++) await run();
  cpu.push((cpuMs() - startedCpu) / perRound);
  wall.push((performance.now() - startedWall) / perRound);
}
const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(JSON.stringify({ cpu: median(cpu), wall: median(wall) }));
