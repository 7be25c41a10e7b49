// #17 item 9, against a real server: a timeout too long for a timer, a base URL with a query or
// fragment, a body that is not the UTF-8 it claims, and a date-only `since`.
import { beforeEach, describe, expect, it } from 'vitest';
import { formatQueryDate, LitmosParseError, resolveDeltaRange } from '../../src/index.js';
import { achievement, testClient } from '../runtime/fixtures.js';
import { sendJson } from '../runtime/http-server.js';
import { expectNoKey, observe } from './observe.js';
import { useTestServer } from './use-test-server.js';

const server = useTestServer();
beforeEach(() => {
  server.handler = (_req, res) => sendJson(res, 200, [achievement(1)]);
});

describe('timeoutMs', () => {
  it('refuses 1e12 (a timer would fire at once and time every request out) with a TypeError that says the limit', () => {
    expect(() => testClient(server.url, { timeoutMs: 1e12 })).toThrow(TypeError);
    expect(() => testClient(server.url, { timeoutMs: 1e12 })).toThrow('up to 2147483647');
  });

  it('takes the longest a timer can hold, and then waits for a slow answer rather than timing out', async () => {
    server.handler = (_req, res) => void setTimeout(() => sendJson(res, 200, [achievement(1)]), 100);
    await expect(
      testClient(server.url, { timeoutMs: 2 ** 31 - 1 })
        .achievements.list()
        .toArray({ max: 5 }),
    ).resolves.toHaveLength(1);
  });
});

describe('baseUrl', () => {
  it.each(['?tenant=a', '?', '#top', '/v1.svc?x=1#y'])('refuses a base URL ending in %s, before any request', (tail) => {
    expect(() => testClient(`${server.url}${tail}`)).toThrow(TypeError);
    expect(() => testClient(`${server.url}${tail}`)).toThrow(/`baseUrl` to be an http\(s\) URL without a query \(\?\) or fragment \(#\)/);
    expect(server.arrivals).toHaveLength(0);
  });

  it('refuses the same in lrs.baseUrl', () => {
    expect(() => testClient(server.url, { lrs: { username: 'u', password: 'p', baseUrl: `${server.url}/lrs?x=1` } })).toThrow(/`lrs.baseUrl`/);
  });
});

describe('a body that is not valid UTF-8', () => {
  // "Jos\xE9" in ISO-8859-1 bytes, inside a body that says (or defaults to) UTF-8.
  const latin1Name = Buffer.concat([Buffer.from('[{"UserId":"U1","Title":"Jos'), Buffer.from([0xe9]), Buffer.from('","Description":null}]')]);

  it.each(['application/json; charset=utf-8', 'application/json'])('as %s is a LitmosParseError, not text with U+FFFD in it', async (type) => {
    server.handler = (_req, res) => void res.writeHead(200, { 'content-type': type, 'content-length': latin1Name.length }).end(latin1Name);
    const { lines, events, options } = observe();
    const error = await testClient(server.url, { retry: { maxAttempts: 2, baseDelayMs: 1 }, ...options })
      .achievements.list()
      .toArray({ max: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitmosParseError);
    expect((error as Error).message).toContain('is not valid UTF-8');
    // A read is asked again (a proxy may have mangled it), within the call's attempts.
    expect(server.arrivals).toHaveLength(2);
    expectNoKey(error, lines, events);
  });

  it('declared as ISO-8859-1, is read as such', async () => {
    const body = Buffer.from(JSON.stringify([{ ...achievement(1), Title: 'José' }]), 'latin1');
    server.handler = (_req, res) => void res.writeHead(200, { 'content-type': 'application/json; charset=ISO-8859-1' }).end(body);
    const [row] = await testClient(server.url).achievements.list().toArray({ max: 5 });
    expect(row?.Title).toBe('José');
  });
});

describe('a date-only since', () => {
  it('means midnight UTC everywhere: on the wire, in formatQueryDate and in resolveDeltaRange', async () => {
    server.handler = (_req, res) => sendJson(res, 200, []);
    await testClient(server.url).org.achievements.changed({ since: '2026-11-01', to: '2026-11-03' }).toArray({ max: 5 });
    expect(server.arrivals[0]?.url.searchParams.get('since')).toBe('2026-11-01 00:00:00');
    expect(server.arrivals[0]?.url.searchParams.get('to')).toBe('2026-11-03 00:00:00');
    expect(formatQueryDate('2026-11-01')).toBe('2026-11-01 00:00:00');
    expect(resolveDeltaRange('2026-11-01', '2026-11-02', { now: Date.parse('2026-12-01T00:00:00Z') }).since).toBe('2026-11-01 00:00:00');
  });

  it('is still refused when it is not a date', () => {
    expect(() => testClient(server.url).org.achievements.changed({ since: '2026-13-45', to: '2026-11-03' })).toThrow(TypeError);
    expect(server.arrivals).toHaveLength(0);
  });
});
