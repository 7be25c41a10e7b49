import { createServer } from 'node:http';
import { createLitmos } from '../dist/index.js';

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
    LastName: 'L',
    AchievementId: i,
    CertificateId: null,
  })),
);
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const url = `${base}/achievements?source=bench&format=json&start=0&limit=10`;
const headers = { apikey: 'bench-key', accept: 'application/json' };
const bare = createLitmos({ apiKey: 'bench-key', source: 'bench', baseUrl: base, format: 'json', rateLimit: false, retry: false });
const cands = {
  raw: () => fetch(url, { headers }).then((r) => r.json()),
  rawText: () =>
    fetch(new Request(url, { headers }))
      .then((r) => r.text())
      .then(JSON.parse),
  sdk: () => bare.achievements.list({ limit: 10 }).toArray({ max: 10 }),
};
const N = Number(process.argv[2] ?? 400);
for (const [k, f] of Object.entries(cands)) for (let i = 0; i < 100; i++) await f();
const times = Object.fromEntries(Object.keys(cands).map((k) => [k, []]));
for (let r = 0; r < 10; r++)
  for (const [k, f] of Object.entries(cands)) {
    const a = performance.now();
    for (let i = 0; i < N / 10; i++) await f();
    times[k].push((performance.now() - a) / (N / 10));
  }
for (const [k, t] of Object.entries(times)) {
  t.sort((a, b) => a - b);
  console.log(k, t[5].toFixed(3));
}
server.close();
