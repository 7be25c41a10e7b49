// Measures the sandbox on this machine: time to seed the default org (5,000 people) and to answer
// 1,000-item pages in XML and JSON. Run after the build: `pnpm --filter @litmos-kit/sandbox measure` (not `bench`: the root bench task does not build this package first).
import { startSandbox } from '../dist/index.js';

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sandbox = await startSandbox({ rateLimit: false, clock: 'frozen' });
const headers = { apikey: sandbox.apiKey };
const now = sandbox.clock.now();
const fmt = (ms) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
const pages = {
  'GET /users limit=1000 (XML)': `/users?limit=1000&start=1000`,
  'GET /users limit=1000 (JSON)': `/users?limit=1000&start=1000&format=json`,
  'GET /org/results/details limit=1000 (JSON)': `/org/results/details?limit=1000&format=json&since=${encodeURIComponent(fmt(now - 6 * 86_400_000))}&to=${encodeURIComponent(fmt(now + 3_600_000))}`,
};
console.log(
  `node ${process.version}; seeded ${sandbox.state.users.size} people, ${sandbox.state.userCourses.length} course results, ${sandbox.state.moduleResults.length} module results in ${Math.round(sandbox.seedMs)} ms`,
);
for (const [label, path] of Object.entries(pages)) {
  const runs = [];
  for (let i = 0; i < 11; i++) {
    const started = performance.now();
    const res = await fetch(`${sandbox.url}${path}&source=bench`, { headers });
    await res.text();
    runs.push(performance.now() - started);
  }
  console.log(`${label}: median ${median(runs.slice(1)).toFixed(1)} ms over 10 runs`);
}
await sandbox.close();
