// #17 item 1: a redirect to another origin is never followed, so neither the `apikey` header nor
// a request body reaches the host it names; same-origin redirects are followed with the key.
// Two real servers on 127.0.0.1 (different ports are different origins): `api` is the base URL
// the client was given, `elsewhere` the host a hostile or misconfigured server points to.
import { execFile } from 'node:child_process';
import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LitmosRedirectError } from '../../src/index.js';
import { achievement, CANARY_KEY, testClient } from '../runtime/fixtures.js';
import { sendJson, startTestServer, type TestServer } from '../runtime/http-server.js';
import { expectNoKey, observe } from './observe.js';

const run = promisify(execFile);

let api: TestServer;
let elsewhere: TestServer;
/** Bodies of the requests that reached each server, in order. */
const bodies = new Map<TestServer, string[]>();

beforeAll(async () => {
  [api, elsewhere] = await Promise.all([startTestServer(), startTestServer()]);
  elsewhere.handler = async (req, res) => {
    bodies.get(elsewhere)?.push(await readBody(req));
    sendJson(res, 200, []);
  };
});
afterAll(() => Promise.all([api.close(), elsewhere.close()]));
beforeEach(() => {
  api.arrivals.length = 0;
  elsewhere.arrivals.length = 0;
  bodies.set(api, []).set(elsewhere, []);
});

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    req.on('end', () => resolve(text));
  });
}

/** Answers every request to `api` with a redirect to `location` (a function of the server's URL). */
function redirectTo(status: number, location: () => string) {
  api.handler = async (req, res) => {
    bodies.get(api)?.push(await readBody(req));
    res.writeHead(status, { location: location(), 'content-type': 'text/plain' }).end('moved');
  };
}

const newTeam = { body: { Id: '', Name: 'New team', Description: 'x', ParentTeamId: '' } };

describe('redirects to another origin', () => {
  it.each([301, 302, 303, 307, 308])('a GET answered %i is not followed: LitmosRedirectError names the target, without the key', async (status) => {
    // The target even carries the key in its query, as a phishing redirect might.
    redirectTo(status, () => `${elsewhere.url}/steal?apikey=${CANARY_KEY}&x=1`);
    const { lines, events, options } = observe();
    const error = await testClient(api.url, options)
      .achievements.list()
      .toArray({ max: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitmosRedirectError);
    expect(error).toMatchObject({ status, method: 'GET', location: `${elsewhere.url}/steal?apikey=[REDACTED]&x=1`, attempts: 1 });
    expect((error as Error).message).toContain(`not followed: it points to another origin`);
    expect(elsewhere.arrivals).toHaveLength(0);
    expect(api.arrivals).toHaveLength(1);
    expect(api.arrivals[0]?.headers.apikey).toBe(CANARY_KEY);
    expectNoKey(error, lines, events);
  });

  it.each([302, 307, 308])('a POST answered %i is not followed: neither the key nor the body goes there, and it is not replayed', async (status) => {
    redirectTo(status, () => `${elsewhere.url}/teams`);
    const { lines, events, options } = observe();
    const error = await testClient(api.url, options)
      .teams.create(newTeam)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitmosRedirectError);
    expect(error).toMatchObject({ status, method: 'POST', location: `${elsewhere.url}/teams` });
    expect(elsewhere.arrivals).toHaveLength(0);
    expect(api.arrivals).toHaveLength(1);
    expect(bodies.get(api)?.[0]).toContain('New team');
    expectNoKey(error, lines, events);
  });

  it('a relative Location is resolved against the request, and a scheme other than http(s) is refused', async () => {
    redirectTo(302, () => 'ftp://127.0.0.1/file');
    const error = await testClient(api.url)
      .achievements.list()
      .toArray({ max: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitmosRedirectError);
    expect((error as Error).message).toContain('not an http(s) URL');
  });
});

describe('redirects within the origin', () => {
  it('a GET is followed with the key to the same host', async () => {
    api.handler = (_req, res, url) =>
      url.pathname === '/moved/achievements'
        ? sendJson(res, 200, [achievement(1)])
        : void res.writeHead(302, { location: `/moved/achievements${url.search}` }).end();
    await expect(testClient(api.url).achievements.list().toArray({ max: 5 })).resolves.toHaveLength(1);
    expect(api.arrivals.map((a) => a.url.pathname)).toEqual(['/achievements', '/moved/achievements']);
    expect(api.arrivals[1]?.headers.apikey).toBe(CANARY_KEY);
  });

  it('a write is not sent again even within the origin: a 307 would repeat its body, a 302 would turn it into a GET', async () => {
    for (const status of [307, 302]) {
      api.arrivals.length = 0;
      redirectTo(status, () => `${api.url}/v2/teams`);
      const error = await testClient(api.url)
        .teams.create(newTeam)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LitmosRedirectError);
      expect((error as Error).message).toContain('only reads follow redirects, and this is a POST');
      expect(api.arrivals.map((a) => `${a.method} ${a.url.pathname}`)).toEqual(['POST /teams']);
    }
  });

  it('a redirect loop ends after 5 hops with LitmosRedirectError', async () => {
    api.handler = (_req, res, url) => void res.writeHead(302, { location: `/loop${url.search}` }).end();
    const error = await testClient(api.url, { retry: false })
      .achievements.list()
      .toArray({ max: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitmosRedirectError);
    expect((error as Error).message).toContain('more than 5 redirects');
    expect(api.arrivals).toHaveLength(6);
  });
});

// Every Node this machine has (the toolchain's and the system's), each running the built
// package in a child process: fetch's redirect handling is undici's and differs by version.
const candidates = [process.execPath, '/usr/bin/node', '/usr/local/bin/node'];
const runtimes = new Map<string, string>();
for (const path of candidates) {
  const version = await run(path, ['--version']).then(
    (out) => out.stdout.trim(),
    () => undefined,
  );
  if (version && !runtimes.has(version.split('.')[0] as string)) runtimes.set(version.split('.')[0] as string, path);
}

describe.each([...runtimes])('on Node %s', (_major, node) => {
  const probe = new URL('./redirect-probe.mjs', import.meta.url).pathname;
  it.each([
    ['get', 302],
    ['post', 307],
  ] as const)('a %s answered %i to another origin sends nothing there', async (kind, status) => {
    redirectTo(status, () => `${elsewhere.url}/x`);
    const { stdout } = await run(node, [probe, api.url, CANARY_KEY, kind]);
    const result = JSON.parse(stdout) as { outcome: string; name: string; location: string; json: string };
    expect(result).toMatchObject({ outcome: 'error', name: 'LitmosRedirectError', location: `${elsewhere.url}/x` });
    expect(elsewhere.arrivals).toHaveLength(0);
    expectNoKey(stdout);
  });
});
