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
const bare = createLitmos({ apiKey: 'bench-key', source: 'bench', baseUrl: base, format: 'json', rateLimit: false, retry: false });
for (let i = 0; i < 3000; i++) await bare.achievements.list({ limit: 10 }).toArray({ max: 10 });
server.close();
