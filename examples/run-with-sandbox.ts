// Runs an example against a local sandbox (a stateful Litmos on 127.0.0.1, 2,000 seeded people):
//
//   node run-with-sandbox.ts nightly-delta-sync.ts people.json
//
// Everything after the example's name is passed on to it.
import { spawn } from 'node:child_process';
import { startSandbox } from '@litmos-kit/sandbox';

const [example, ...args] = process.argv.slice(2);
if (!example) {
  console.error('usage: node run-with-sandbox.ts <example.ts> [arguments]');
  process.exit(2);
}
// Dated from the wall clock, so that "the last 30 days" finds the seeded changes.
const sandbox = await startSandbox({ users: 2_000, now: 'now' });
console.error(`sandbox on ${sandbox.url}`);
const child = spawn(process.execPath, [example, ...args], {
  stdio: 'inherit',
  env: { ...process.env, LITMOS_API_KEY: sandbox.apiKey, LITMOS_BASE_URL: sandbox.url },
});
const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
await sandbox.close();
process.exit(code);
