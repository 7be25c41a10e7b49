// The regular API, like the control API, answers only to loopback host names unless the user
// allows more (`allowedHosts`, `--allow-host`): a DNS-rebinding page would otherwise read the
// sandbox's people with the default key in the deprecated `?apikey=` form.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rawRequest } from '../../../test-support/raw-request.js';
import type { Sandbox } from '../src/index.js';
import { startCliSandbox } from './cli-process.js';
import { startSmall } from './helpers.js';

/** A GET with the Host header given (fetch would not let us set it). */
const get = (port: number, path: string, headers: Record<string, string>) => rawRequest(port, { path, headers });

const PEOPLE = '/v1.svc/users?source=rebind&format=json&apikey=sandbox-api-key';

describe('by default', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSmall({ users: 20 });
  });
  afterAll(() => sandbox.close());

  test('a rebound host name gets 421 naming the way to allow it, and no data', async () => {
    const reply = await get(sandbox.port, PEOPLE, { host: `rebind.evil.example:${sandbox.port}` });
    expect(reply.status).toBe(421);
    expect(reply.text).toContain('--allow-host rebind.evil.example');
    expect(reply.text).not.toContain('UserName');
    expect((await get(sandbox.port, PEOPLE, { host: `0.0.0.0:${sandbox.port}` })).status).toBe(421);
  });

  test('loopback names get the data', async () => {
    for (const host of [`localhost:${sandbox.port}`, `127.0.0.1:${sandbox.port}`, `[::1]:${sandbox.port}`]) {
      const reply = await get(sandbox.port, PEOPLE, { host });
      expect(reply.status, host).toBe(200);
      expect(reply.text).toContain('UserName');
    }
  });
});

describe('with allowedHosts', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSmall({ users: 20, allowedHosts: ['sandbox'] });
  });
  afterAll(() => sandbox.close());

  test('the allowed name reaches the API and the control API; others still get 421', async () => {
    expect((await get(sandbox.port, PEOPLE, { host: `sandbox:${sandbox.port}` })).status).toBe(200);
    expect((await get(sandbox.port, '/__sandbox/state', { host: `sandbox:${sandbox.port}` })).status).toBe(200);
    expect((await get(sandbox.port, PEOPLE, { host: `other:${sandbox.port}` })).status).toBe(421);
    expect((await get(sandbox.port, '/__sandbox/state', { host: `other:${sandbox.port}` })).status).toBe(403);
  });
});

test('the CLI takes --allow-host, repeated or comma-separated', async () => {
  const cli = await startCliSandbox(['--users', '20', '--allow-host', 'sandbox,lan-box', '--allow-host', 'docker-host']);
  try {
    const port = Number(new URL(cli.origin).port);
    for (const name of ['sandbox', 'lan-box', 'docker-host']) expect((await get(port, PEOPLE, { host: `${name}:${port}` })).status, name).toBe(200);
    expect((await get(port, PEOPLE, { host: `evil:${port}` })).status).toBe(421);
  } finally {
    cli.child.kill('SIGTERM');
    await cli.exited;
  }
});
