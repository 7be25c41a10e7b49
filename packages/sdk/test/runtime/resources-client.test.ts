// A client of picked resources (`createLitmosClient` from @litmos-kit/sdk/resources) behaves as
// `createLitmos` does for those resources, against a real local server: the same requests, rows,
// errors, parameter checks and drift reports; and it has the picked resources and no others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLitmos, type DriftEvent, LitmosAbortError, type LitmosOptions, LitmosPageLimitError, NotFoundError } from '../../src/index.js';
import { achievements, createLitmosClient, users } from '../../src/resources.js';
import { achievement, CANARY_KEY } from './fixtures.js';
import { sendJson, startTestServer, type TestServer } from './http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const options = (extra: Partial<LitmosOptions> = {}): LitmosOptions => ({
  apiKey: CANARY_KEY,
  source: 'resources-tests',
  baseUrl: server.url,
  format: 'json',
  retry: false,
  rateLimit: false,
  ...extra,
});

/** Both ways of making a client, each given the same options. */
const clients = (extra: Partial<LitmosOptions> = {}) => ({
  full: createLitmos(options(extra)),
  picked: createLitmosClient(options(extra), { achievements, users }),
});

/** What the server received, without what differs between two runs (the port, arrival time). */
const received = () =>
  server.arrivals
    .splice(0)
    .map(({ method, url, headers }) => ({ method, path: url.pathname, query: url.search, apikey: headers.apikey, accept: headers.accept }));

describe('createLitmosClient against createLitmos', () => {
  it('sends the same requests and reads the same rows, across pages', async () => {
    server.handler = (_req, res, url) => {
      const start = Number(url.searchParams.get('start'));
      sendJson(res, 200, start === 0 ? [achievement(1), achievement(2)] : []);
    };
    const { full, picked } = clients();
    server.arrivals.length = 0;
    const fromFull = await full.achievements.list({ since: '2026-10-01', limit: 2 }).toArray({ max: 10 });
    const fullRequests = received();
    const fromPicked = await picked.achievements.list({ since: '2026-10-01', limit: 2 }).toArray({ max: 10 });
    expect(fromPicked).toEqual(fromFull);
    expect(fromPicked.map((row) => row.UserId)).toEqual(['U1', 'U2']);
    expect(received()).toEqual(fullRequests);
    expect(fullRequests).toHaveLength(2);
    expect(fullRequests[0]).toMatchObject({ method: 'GET', path: '/achievements', apikey: CANARY_KEY });
  });

  it('fails with the same typed error, redacted the same way', async () => {
    server.handler = (_req, res) => sendJson(res, 404, { Detail: `no such person (key ${CANARY_KEY})` }, { 'x-request-id': 'req-9' });
    const { full, picked } = clients();
    const [fromFull, fromPicked] = await Promise.all([full.users.get('u1').catch((e: unknown) => e), picked.users.get('u1').catch((e: unknown) => e)]);
    expect(fromPicked).toBeInstanceOf(NotFoundError);
    expect(fromFull).toBeInstanceOf(NotFoundError);
    const shown = (error: unknown) => {
      const { name, message, status, detail, requestId, attempts } = error as NotFoundError;
      return { name, message: message.replace(/:\d+\//, ':PORT/'), status, detail, requestId, attempts };
    };
    expect(shown(fromPicked)).toEqual(shown(fromFull));
    expect(JSON.stringify(fromPicked)).not.toContain(CANARY_KEY);
    expect((fromPicked as NotFoundError).detail).toContain('[REDACTED]');
  });

  it("ends a listing with the SDK's classes too, which it loads with the first failure: the page cap and an abort", async () => {
    server.handler = (_req, res, url) => {
      const start = Number(url.searchParams.get('start'));
      sendJson(res, 200, [achievement(start + 1), achievement(start + 2)]);
    };
    const { full, picked } = clients();
    const capped = (client: typeof picked) =>
      client.achievements
        .list({ limit: 2 }, { maxPages: 2 })
        .toArray({ max: 100 })
        .catch((e: unknown) => e);
    const [fromFull, fromPicked] = await Promise.all([capped(full as typeof picked), capped(picked)]);
    expect(fromPicked).toBeInstanceOf(LitmosPageLimitError);
    expect(fromFull).toBeInstanceOf(LitmosPageLimitError);
    expect((fromPicked as Error).message).toBe((fromFull as Error).message);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    const aborted = await picked.achievements
      .list({}, { signal: controller.signal })
      .toArray({ max: 1 })
      .catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(LitmosAbortError);
  });

  it('checks parameters at the call: a list throws at once, other methods reject, before anything is sent', async () => {
    const { full, picked } = clients();
    server.arrivals.length = 0;
    const listCall = (client: typeof picked) => () => client.achievements.list({ colour: 'teal' } as never);
    expect(listCall(picked)).toThrow(TypeError);
    expect(listCall(picked)).toThrow('achievements.list: unknown parameter `colour`');
    expect(listCall(full as typeof picked)).toThrow('achievements.list: unknown parameter `colour`');
    expect(() => picked.achievements.list({}, { maxPages: 0 })).toThrow('Expected `maxPages` to be a positive integer');
    await expect(picked.users.get('')).rejects.toThrow(TypeError);
    const fromFull = (await full.users.get('').catch((e: unknown) => e)) as Error;
    await expect(picked.users.get('')).rejects.toThrow(fromFull.message);
    expect(server.arrivals).toEqual([]);
  });

  it('reports the same drift, once, through the hook', async () => {
    server.handler = (_req, res) => sendJson(res, 200, [{ ...achievement(1), Title: true }]);
    const events: { full: DriftEvent[]; picked: DriftEvent[] } = { full: [], picked: [] };
    const full = createLitmos(options({ hooks: { onDrift: (event) => void events.full.push(event) } }));
    const picked = createLitmosClient(options({ hooks: { onDrift: (event) => void events.picked.push(event) } }), { achievements });
    expect(await picked.achievements.list().toArray({ max: 5 })).toEqual(await full.achievements.list().toArray({ max: 5 }));
    await picked.achievements.list().toArray({ max: 5 });
    const comparable = (event: DriftEvent) => ({ ...event, url: event.url?.replace(/:\d+\//, ':PORT/') });
    expect(events.picked.map(comparable)).toEqual(events.full.map(comparable));
    expect(events.picked).toEqual([expect.objectContaining({ operation: 'listAchievements', kind: 'mismatch', path: '[].Title' })]);
  });
});

describe('createLitmosClient', () => {
  it('has the picked resources, with their nested groups and get-modify-put methods, and no others', () => {
    const picked = createLitmosClient(options(), { users });
    expect(Object.keys(picked)).toEqual(['users']);
    expect('achievements' in picked).toBe(false);
    expect(typeof picked.users.patch).toBe('function');
    expect(typeof picked.users.teams.list).toBe('function');
    expect(Object.isFrozen(picked)).toBe(true);
  });

  it('refuses a resource under another name, or no object of resources', () => {
    expect(() => createLitmosClient(options(), { users: achievements } as never)).toThrow(
      'Expected `users` to be the `users` resource of @litmos-kit/sdk/resources',
    );
    expect(() => createLitmosClient(options(), { users: {} } as never)).toThrow(TypeError);
    expect(() => createLitmosClient(options(), null as never)).toThrow('Expected the resources to be an object');
  });

  it('checks the options as createLitmos does', () => {
    const message = (make: () => unknown) => {
      try {
        make();
      } catch (error) {
        return (error as Error).message;
      }
      return undefined;
    };
    const bad = { ...options(), source: '' };
    expect(message(() => createLitmosClient(bad, { users }))).toBe(message(() => createLitmos(bad)));
    expect(message(() => createLitmos(bad))).toBeDefined();
  });
});
