// What the SDK sends, seen from a real server on 127.0.0.1: the headers Litmos asks for, the
// one-id shorthand, the get-modify-put of `patch`, and which calls the rate limiter paces.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LitmosWaitEvent } from '../../src/index.js';
import { deref, specOperations, successExample } from '../spec-examples.js';
import { CANARY_KEY, testClient } from './fixtures.js';
import { sendJson, sendText, startTestServer, type TestServer } from './http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** The spec's JSON example of GET /users/{userId}: a whole profile. */
const profile = (() => {
  const entry = specOperations.find((o) => o.id === 'getUser');
  return successExample(entry?.op, 'application/json')?.value as Record<string, unknown>;
})();

/** The fields PUT /users/{userId} takes, in the spec's order. */
const writable = Object.keys(deref(deref(specOperations.find((o) => o.id === 'updateUser')?.op.requestBody).content['application/json'].schema).properties);

/** Reads the whole request body. */
const bodyOf = (req: AsyncIterable<Buffer>) =>
  (async () => {
    let text = '';
    for await (const chunk of req) text += chunk;
    return text;
  })();

describe('requests', () => {
  it('sends Content-Type on every request, GET and DELETE included, as Litmos asks', async () => {
    server.arrivals.length = 0;
    server.handler = (req, res) => {
      if (req.method === 'GET') sendJson(res, 200, []);
      else res.writeHead(200).end();
    };
    await testClient(server.url).achievements.list().toArray({ max: 1 });
    await testClient(server.url, { format: 'xml' }).users.delete('u1');
    server.handler = (_req, res) => sendText(res, 200, '<Achievements/>', 'application/xml');
    await testClient(server.url, { format: 'xml' }).achievements.list().toArray({ max: 1 });
    expect(server.arrivals.map((a) => `${a.method} ${a.headers['content-type']} ${a.headers.accept}`)).toEqual([
      'GET application/json; charset=utf-8 application/json',
      'DELETE application/xml; charset=utf-8 application/xml',
      'GET application/xml; charset=utf-8 application/xml',
    ]);
  });

  it('takes the id alone where it is the only thing a call needs', async () => {
    server.arrivals.length = 0;
    server.handler = (req, res) => {
      if (req.method === 'GET') sendJson(res, 200, profile);
      else res.writeHead(200).end();
    };
    const litmos = testClient(server.url);
    const shorthand = await litmos.users.get('u 1');
    expect(await litmos.users.get({ userId: 'u 1' })).toEqual(shorthand);
    await litmos.users.delete('u2');
    expect(server.arrivals.map((a) => `${a.method} ${a.url.pathname}`)).toEqual(['GET /users/u%201', 'GET /users/u%201', 'DELETE /users/u2']);
    // Where a call needs more than the id (a body), the id alone is refused before anything is sent.
    await expect((litmos.users.update as unknown as (id: string) => Promise<void>)('u3')).rejects.toThrow(/users\.update: expected parameters to be an object/);
    expect(server.arrivals).toHaveLength(3);
  });

  it('resolves an update and a delete, whose answers have no body, to undefined', async () => {
    server.handler = (_req, res) => {
      res.writeHead(200).end();
    };
    const litmos = testClient(server.url);
    const body = {
      Id: 'u1',
      UserName: 'a',
      FirstName: 'A',
      LastName: 'B',
      Email: 'a@example.com',
      DisableMessages: false,
      IsCustomUsername: false,
      SkipFirstLogin: true,
    };
    expect(await litmos.users.update({ userId: 'u1', body })).toBeUndefined();
    expect(await litmos.users.delete('u1')).toBeUndefined();
  });

  it('patches with two requests: reads the record, writes it back whole with the changes, only the fields the update takes', async () => {
    for (const format of ['json', 'xml'] as const) {
      server.arrivals.length = 0;
      const written: string[] = [];
      server.handler = async (req, res) => {
        if (req.method === 'GET') return sendJson(res, 200, profile);
        written.push(await bodyOf(req));
        res.writeHead(200).end();
      };
      await testClient(server.url, { format }).users.patch(String(profile.Id), { FirstName: 'Grace', JobTitle: null });
      expect(server.arrivals.map((a) => `${a.method} ${a.url.pathname}`)).toEqual([`GET /users/${profile.Id}`, `PUT /users/${profile.Id}`]);
      const body = written[0] as string;
      if (format === 'json') {
        const sent = JSON.parse(body) as Record<string, unknown>;
        expect(sent.FirstName).toBe('Grace');
        expect(sent.JobTitle).toBeNull();
        expect(sent.LastName).toBe(profile.LastName);
        expect(Object.keys(sent).every((name) => writable.includes(name))).toBe(true);
        expect(sent).not.toHaveProperty('CreatedDate');
      } else {
        expect(body).toContain('<FirstName>Grace</FirstName>');
        expect(body).toContain('<JobTitle i:nil="true"/>');
        expect(body).not.toContain('<CreatedDate>');
      }
    }
  });

  it('refuses patch changes that are not an object, before any request', async () => {
    server.arrivals.length = 0;
    await expect(testClient(server.url).users.patch('u1', 'Grace' as never)).rejects.toThrow(/users\.patch: expected the changes to be an object/);
    expect(server.arrivals).toHaveLength(0);
  });
});

describe('the rate limiter', () => {
  it("paces Litmos' REST calls but not the Learning Record Store, which has no documented limit", async () => {
    server.handler = (_req, res, url) => (url.pathname.startsWith('/lrs') ? sendJson(res, 200, { statements: [], more: '' }) : sendJson(res, 200, []));
    const waits: LitmosWaitEvent[] = [];
    const litmos = testClient(server.url, {
      rateLimit: { limit: 1, windowMs: 60_000 },
      hooks: { onWait: (event) => void waits.push(event) },
      lrs: { username: 'lrs-user', password: 'lrs-pass', baseUrl: `${server.url}/lrs` },
    });
    await litmos.achievements.list().toArray({ max: 1 });
    // The window is full now: every Learning Record Store call still goes straight out.
    for (let i = 0; i < 3; i++) await litmos.lrs.statements.list();
    expect(waits).toEqual([]);
    // A second REST call waits for the window (and is stopped here rather than waited out).
    const controller = new AbortController();
    const waiting = litmos.achievements.list({}, { signal: controller.signal }).toArray({ max: 1 });
    await expect.poll(() => waits.length).toBe(1);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'LitmosAbortError' });
    expect(waits[0]).toMatchObject({ reason: 'rate-limit', method: 'GET' });
    expect(JSON.stringify(waits)).not.toContain(CANARY_KEY);
  });
});
