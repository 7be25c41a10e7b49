// The control API is for the user's own tools: a web page in the user's browser (a cross-site
// request, a DNS-rebinding host, a text/plain "simple" POST) cannot reset the sandbox or inject
// faults, and inputs that would block the event loop or break the clock are refused with 400.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rawRequest } from '../../../test-support/raw-request.js';
import { MAX_USERS, type Sandbox, startSandbox } from '../src/index.js';
import { call, startSmall } from './helpers.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSmall({ users: 40, seed: 9 });
});
afterAll(() => sandbox.close());

/** A control request with full control over the headers (fetch would not let us set Host). */
async function control(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const { status, text } = await rawRequest(sandbox.port, { method, path, headers, body });
  return { status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const JSON_TYPE = { 'content-type': 'application/json' };
const seedNow = () => sandbox.state.seed;

describe('who may use the control API', () => {
  test('a browser-style text/plain POST (a "simple" request) is refused and changes nothing', async () => {
    const reply = await control('POST', '/__sandbox/reset', { 'content-type': 'text/plain;charset=UTF-8' }, JSON.stringify({ seed: 77 }));
    expect(reply.status).toBe(415);
    expect(reply.json.error).toMatch(/application\/json/);
    expect(seedNow()).toBe(9);
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect((await control('PUT', '/__sandbox/faults', { 'content-type': type }, '{"htmlRate":1}')).status).toBe(415);
    }
    expect((await control('POST', '/__sandbox/clock', {}, '{"advanceMs":1000}')).status).toBe(415);
    expect(sandbox.summary().faults).toEqual({});
  });

  test('a cross-site Origin, a cross-site fetch and a foreign Host (DNS rebinding) get 403', async () => {
    const body = JSON.stringify({ seed: 77 });
    expect((await control('POST', '/__sandbox/reset', { ...JSON_TYPE, origin: 'https://evil.example' }, body)).status).toBe(403);
    expect((await control('POST', '/__sandbox/reset', { ...JSON_TYPE, origin: 'null' }, body)).status).toBe(403);
    expect((await control('POST', '/__sandbox/reset', { ...JSON_TYPE, 'sec-fetch-site': 'cross-site' }, body)).status).toBe(403);
    expect((await control('POST', '/__sandbox/reset', { ...JSON_TYPE, host: `rebind.evil.example:${sandbox.port}` }, body)).status).toBe(403);
    expect((await control('GET', '/__sandbox/state', { host: 'rebind.evil.example' })).status).toBe(403);
    expect(seedNow()).toBe(9);
  });

  test('loopback hosts and origins are let through', async () => {
    const local = await control(
      'POST',
      '/__sandbox/reset',
      { ...JSON_TYPE, origin: `http://localhost:${sandbox.port}`, host: `localhost:${sandbox.port}` },
      '{"seed":10}',
    );
    expect(local.status).toBe(200);
    expect(local.json.seed).toBe(10);
    expect((await control('GET', '/__sandbox/state', { host: `[::1]:${sandbox.port}` })).status).toBe(200);
    expect((await control('DELETE', '/__sandbox/faults', {})).status).toBe(200);
    await control('POST', '/__sandbox/reset', JSON_TYPE, '{"seed":9}');
  });
});

describe('control inputs are bounded', () => {
  test('reset {users: 1e6} is refused at once instead of seeding for minutes', async () => {
    const reply = await control('POST', '/__sandbox/reset', JSON_TYPE, JSON.stringify({ users: 1e6 }));
    expect(reply.status).toBe(400);
    expect(reply.json.error).toMatch(/users is a whole number from 1 to 20000/);
    for (const bad of [{ users: 0 }, { users: 2.5 }, { users: '50' }, { users: MAX_USERS + 1 }, { seed: 'x' }, { seed: Number.MAX_VALUE }]) {
      expect((await control('POST', '/__sandbox/reset', JSON_TYPE, JSON.stringify(bad))).status, JSON.stringify(bad)).toBe(400);
    }
    expect(sandbox.state.users.size).toBe(40);
    const ok = await control('POST', '/__sandbox/reset', JSON_TYPE, JSON.stringify({ users: 30, seed: 9 }));
    expect(ok.status).toBe(200);
    expect(sandbox.state.users.size).toBe(30);
  });

  test('fault settings out of range are refused; so is a header latency that would overflow a timer', async () => {
    for (const bad of [{ latencyMs: 1e12 }, { latencyJitterMs: -1 }, { htmlRate: 2 }, { errorStatuses: [200] }, { pathPrefix: 5 }, { bogus: 1 }, []]) {
      const reply = await control('PUT', '/__sandbox/faults', JSON_TYPE, JSON.stringify(bad));
      expect(reply.status, JSON.stringify(bad)).toBe(400);
      expect(typeof reply.json.error).toBe('string');
    }
    expect(sandbox.summary().faults).toEqual({});
    for (const header of ['latency=1e12', 'latency=-5', 'html=99', 'status=abc']) {
      const reply = await call(sandbox, '/teams', { headers: { 'x-sandbox-fault': header } });
      expect(reply.status, header).toBe(400);
    }
  });

  test('clock changes that are not dates or too far are refused', async () => {
    const before = sandbox.clock.now();
    for (const bad of [{ now: 'not a date' }, { now: true }, { advanceMs: 1e300 }, { advanceMs: 'soon' }, { mode: 'backwards' }]) {
      expect((await control('POST', '/__sandbox/clock', JSON_TYPE, JSON.stringify(bad))).status, JSON.stringify(bad)).toBe(400);
    }
    expect(sandbox.clock.now()).toBe(before);
  });

  test('startSandbox refuses a size or body bound that makes no sense', async () => {
    await expect(startSandbox({ users: Number.NaN })).rejects.toThrow(TypeError);
    await expect(startSandbox({ users: 5, maxBodyBytes: 0 })).rejects.toThrow(/maxBodyBytes/);
    await expect(startSandbox({ users: 5, faults: { resetRate: 3 } })).rejects.toThrow(/resetRate/);
  });
});

describe('one bound for the number of people', () => {
  test('startSandbox, reset and the CLI refuse more than MAX_USERS (20,000), naming the bound', async () => {
    expect(MAX_USERS).toBe(20_000);
    await expect(startSandbox({ users: MAX_USERS + 1 })).rejects.toThrow(/`users` to be a whole number from 1 to 20000/);
    const before = sandbox.state;
    expect(() => sandbox.reset({ users: MAX_USERS + 1 })).toThrow(/from 1 to 20000/);
    expect(sandbox.state).toBe(before);
    const child = spawn(process.execPath, [fileURLToPath(new URL('../dist/cli.js', import.meta.url)), '--port', '0', '--users', String(MAX_USERS + 1)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/from 1 to 20000/);
  });
});
