// The mock answers only to loopback host names unless the user allows more (`allowedHosts`,
// `--allow-host`): a web page that rebinds its own host name to 127.0.0.1 (DNS rebinding) would
// otherwise read the mock's answers, since any key opens it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type RunningMock, startMock } from '@litmos-kit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../../../test-support/raw-request.js';
import { startServer, waitForOutput } from '../../../test-support/start-server.js';

/** A GET with the Host header given (fetch would not let us set it). */
const get = (base: string, path: string, headers: Record<string, string>) => rawRequest(base, { path, headers });

const USERS = '/v1.svc/users?source=t&format=json&apikey=k';

describe('startMock', () => {
  let plain: RunningMock;
  let open: RunningMock;
  beforeAll(async () => {
    [plain, open] = await Promise.all([startMock({ port: 0 }), startMock({ port: 0, allowedHosts: ['mock'] })]);
  });
  afterAll(async () => {
    await plain?.close();
    await open?.close();
  });

  it('refuses a rebound host name with 421 and no data, and answers loopback names', async () => {
    const port = new URL(plain.url).port;
    const refused = await get(plain.url, USERS, { host: `rebind.evil.example:${port}` });
    expect(refused.status).toBe(421);
    expect(refused.text).toContain('--allow-host rebind.evil.example');
    expect(refused.text).not.toContain('"Id"');
    for (const host of [`localhost:${port}`, `[::1]:${port}`, `127.0.0.1:${port}`]) expect((await get(plain.url, USERS, { host })).status, host).toBe(200);
  });

  it('answers the names in allowedHosts, and only those', async () => {
    const port = new URL(open.url).port;
    expect((await get(open.url, USERS, { host: `mock:${port}` })).status).toBe(200);
    expect((await get(open.url, USERS, { host: `other:${port}` })).status).toBe(421);
  });
});

it('the CLI takes --allow-host', async () => {
  const cli = fileURLToPath(new URL('../src/cli.mjs', import.meta.url));
  const child = spawn(process.execPath, [cli, '--port', '0', '--allow-host', 'mock,lan-box'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    const [, origin] = await startServer('litmos-mock CLI', () => waitForOutput(child, /listening on (http:\/\/127\.0\.0\.1:\d+)/), {
      stop: () => child.kill(),
    });
    const port = new URL(origin!).port;
    expect((await get(origin!, USERS, { host: `lan-box:${port}` })).status).toBe(200);
    expect((await get(origin!, USERS, { host: `evil:${port}` })).status).toBe(421);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
});
