// Part of `pnpm bench`: the local server of the one-request benchmark, in a process of its own,
// as a real API is: its work (parsing the request, writing the answer) is not the client's CPU
// time, and must not be charged to the SDK. Prints its base URL once it listens.
import { listen } from './local-server.mjs';

/** A 10-row page of achievements, as Litmos' JSON has it. */
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

const { url } = await listen((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
console.log(url);
// Stops with the benchmark: when its parent goes, stdin closes.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
