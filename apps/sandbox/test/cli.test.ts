// The CLI starts a sandbox from flags, prints where it listens, serves requests and stops cleanly
// and promptly on SIGTERM. It runs the built file (turbo builds before testing).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { startServer, waitForOutput } from '../../../test-support/start-server.js';
import { startCliSandbox } from './cli-process.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe('litmos-sandbox CLI', () => {
  test('starts with --port 0 --seed --users, answers, and exits 0 on SIGTERM', async () => {
    expect(existsSync(cli), 'dist/cli.js is missing: run the build first').toBe(true);
    const child = spawn(process.execPath, [cli, '--port', '0', '--seed', '3', '--users', '120', '--rate-limit', '5/1000', '--clock', 'frozen'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    // The whole banner: its last line names the operations.
    const [, url] = await startServer(
      'litmos-sandbox CLI',
      () => waitForOutput(child, /Litmos sandbox on (http:\/\/127\.0\.0\.1:\d+\/v1\.svc)[\s\S]* implemented/),
      {
        stop: () => child.kill(),
      },
    );
    expect(out).toMatch(/seed 3: 120 people/);
    expect(out).toMatch(/operations: \d+\/\d+ implemented/);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await fetch(`${url}/teams?source=cli-test`, { headers: { apikey: 'sandbox-api-key' } })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 503]);
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  test('SIGTERM stops it at once, though a request waits on a 60 s latency fault and a keep-alive connection is open', async () => {
    const sandbox = await startCliSandbox(['--users', '30', '--rate-limit', 'off']);
    const headers = { apikey: 'sandbox-api-key' };
    // An idle keep-alive connection, and a request the sandbox holds for a minute.
    expect((await fetch(`${sandbox.url}/teams?source=cli-test`, { headers })).status).toBe(200);
    const held = fetch(`${sandbox.url}/teams?source=cli-test`, { headers: { ...headers, 'x-sandbox-fault': 'latency=60000' } }).then(
      (res) => `answered ${res.status}`,
      (error: Error) => `failed: ${error.message}`,
    );
    sandbox.child.kill('SIGTERM');
    // The test's own time limit is shorter than the held request: a close that waited would fail here.
    expect(await sandbox.exited).toBe(0);
    expect(await held).toMatch(/^failed/);
  });
});
