// The checks before an operation runs: routing (404/405 HTML), apikey (header or deprecated
// query form), source, 501 for operations of the spec the sandbox does not implement yet, and
// the response format switch.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { call, callJson, startSmall } from './helpers.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSmall({ users: 50, apiKeys: ['key-one', 'key-two'] });
});
afterAll(() => sandbox.close());

describe('apikey and source', () => {
  test("a missing or wrong key is 403 (Litmos' overview) with an error body in either format", async () => {
    const none = await callJson(sandbox, '/users', { noKey: true });
    expect(none.reply.status).toBe(403);
    expect(none.reply.statusText).toBe('Invalid API key');
    expect(none.data).toEqual({ Detail: 'Invalid API key' });
    const wrong = await call(sandbox, '/users', { headers: { apikey: 'nope' } });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(wrong.text).toBe('<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">Invalid API key</string>');
  });

  test('every accepted key works, in the header or in the deprecated query form', async () => {
    expect((await call(sandbox, '/users', { headers: { apikey: 'key-two' } })).status).toBe(200);
    expect((await call(sandbox, '/users', { noKey: true, query: { apikey: 'key-one' } })).status).toBe(200);
    expect((await call(sandbox, '/users', { noKey: true, headers: { APIKey: 'key-one' } })).status).toBe(200);
  });

  test('a missing or empty source is 403, told apart from the key by its text', async () => {
    const missing = await callJson(sandbox, '/users', { noSource: true });
    expect(missing.reply.status).toBe(403);
    expect(missing.data).toEqual({ Detail: 'Please provide a source query string parameter' });
    expect((await call(sandbox, '/users', { noSource: true, query: { source: ' ' } })).status).toBe(403);
    // The key is checked first: no key and no source is refused for the key.
    const neither = await callJson(sandbox, '/users', { noSource: true, noKey: true });
    expect(neither.reply.status).toBe(403);
    expect(neither.data).toEqual({ Detail: 'Invalid API key' });
  });
});

describe('routing', () => {
  test('unknown paths are the WCF "Endpoint not found" page; a wrong method is 405 with Allow', async () => {
    const missing = await call(sandbox, '/no/such/thing');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
    expect(missing.text).toContain('Endpoint not found.');
    const wrong = await call(sandbox, '/users/paginated', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
  });

  test('paths match case-insensitively, with or without the /v1.svc base, and literal segments win', async () => {
    const res = await fetch(`${sandbox.origin}/Users/Paginated?source=t&format=json`, { headers: { apikey: 'key-one' } });
    expect(res.status).toBe(200);
    expect(Object.keys((await res.json()) as object)).toEqual(['Pagination', 'Items']);
  });

  test('an operation the spec gains without a handler answers 501 naming it, and shows in the coverage', async () => {
    // A copy of the bundle with one more operation, as when the spec grows before the sandbox.
    const doc = structuredClone(sandbox.spec.doc) as { paths: Record<string, unknown> };
    doc.paths['/widgets/{widgetId}'] = {
      get: { operationId: 'getWidget', parameters: [{ $ref: '#/components/parameters/Source' }], responses: { '200': { description: 'A widget.' } } },
    };
    const grown = await startSmall({ users: 20, spec: doc });
    try {
      const coverage = grown.coverage();
      expect(coverage.total).toBe(sandbox.coverage().total + 1);
      expect(coverage.missing).toEqual([...sandbox.coverage().missing, 'getWidget (GET /widgets/{widgetId})']);
      expect(coverage.implemented.length + coverage.missing.length).toBe(coverage.total);
      const reply = await callJson<{ Detail: string }>(grown, '/widgets/w1');
      expect(reply.reply.status).toBe(501);
      expect(reply.data.Detail).toBe('The sandbox does not implement getWidget (GET /widgets/{widgetId}) yet');
      const listed = (await (await fetch(`${grown.origin}/__sandbox/operations`)).json()) as { missing: string[] };
      expect(listed.missing).toEqual(coverage.missing);
      // Without the operation in the spec, the same path is just not an endpoint.
      expect((await call(sandbox, '/widgets/w1')).status).toBe(404);
    } finally {
      await grown.close();
    }
  });
});

describe('format negotiation', () => {
  test('format=json gives JSON; else an Accept that names JSON; else XML (the rule shared with the mock)', async () => {
    const isXml = (reply: { headers: Headers; text: string }) =>
      reply.headers.get('content-type') === 'application/xml; charset=utf-8' && reply.text.startsWith('<Teams xmlns:i=');
    const isJson = (reply: { headers: Headers; text: string }) =>
      reply.headers.get('content-type') === 'application/json; charset=utf-8' && Array.isArray(JSON.parse(reply.text));
    // No Accept and no format: XML, Litmos' default (what a client like Trifoia's relies on).
    expect(isXml(await call(sandbox, '/teams'))).toBe(true);
    // An Accept that names JSON (the Ruby client's only switch).
    expect(isJson(await call(sandbox, '/teams', { headers: { accept: 'application/json' } }))).toBe(true);
    // Wildcards and XML preferences name nothing or XML.
    expect(isXml(await call(sandbox, '/teams', { headers: { accept: '*/*' } }))).toBe(true);
    expect(isXml(await call(sandbox, '/teams', { headers: { accept: 'application/xml, application/json;q=0.5' } }))).toBe(true);
    // format=json in any case wins over Accept.
    expect(isJson(await call(sandbox, '/teams', { query: { FORMAT: 'JSON' }, headers: { accept: 'application/xml' } }))).toBe(true);
    // A request body's Content-Type does not choose the answer's format.
    const created = await call(sandbox, '/teams', {
      method: 'POST',
      body: JSON.stringify({ Id: '', Name: 'Negotiated' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(created.status).toBe(201);
    expect(created.text.startsWith('<Team xmlns:i=')).toBe(true);
  });

  test("the 'wcf-auto' mode adds the body's Content-Type as a last resort", async () => {
    const wcf = await startSmall({ users: 20, negotiation: 'wcf-auto' });
    try {
      expect((await call(wcf, '/teams', { headers: { accept: 'application/json' } })).headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect((await call(wcf, '/teams', { headers: { accept: '*/*' } })).headers.get('content-type')).toBe('application/xml; charset=utf-8');
      const created = await call(wcf, '/teams', {
        method: 'POST',
        body: JSON.stringify({ Id: '', Name: 'Auto' }),
        headers: { 'content-type': 'application/json' },
      });
      expect(created.status).toBe(201);
      expect(JSON.parse(created.text)).toMatchObject({ Name: 'Auto' });
    } finally {
      await wcf.close();
    }
  });

  test('a body without a Content-Type Litmos reads is 400', async () => {
    const reply = await call(sandbox, '/teams', { method: 'POST', body: '{"Name":"X"}', headers: { 'content-type': 'text/plain' }, format: 'json' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text)).toEqual({ Detail: 'Please check the xml/json in the body of the request' });
  });
});

describe('control API', () => {
  test('state summary, reset to a new seed (writes are gone) and back', async () => {
    const sb = await startSmall({ users: 40, seed: 1 });
    try {
      const state = async () => (await (await fetch(`${sb.origin}/__sandbox/state`)).json()) as Record<string, unknown>;
      const before = await state();
      expect(before).toMatchObject({ seed: 1, size: 40, users: 40, clock: 'frozen', now: '2026-11-24T12:00:00.000Z' });
      await call(sb, '/teams', { method: 'POST', body: JSON.stringify({ Id: '', Name: 'Temporary' }), headers: { 'content-type': 'application/json' } });
      expect((await state()).teams).toBe(Number(before.teams) + 1);
      const reseeded = (await (
        await fetch(`${sb.origin}/__sandbox/reset`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ seed: 2, users: 60 }),
        })
      ).json()) as Record<string, unknown>;
      expect(reseeded).toMatchObject({ seed: 2, users: 60 });
      await fetch(`${sb.origin}/__sandbox/reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ seed: 1, users: 40 }),
      });
      // Same seed and size: the same organisation again (only the seeding time may differ).
      expect({ ...(await state()), seedMs: 0 }).toEqual({ ...before, seedMs: 0 });
      expect((await fetch(`${sb.origin}/__sandbox/nope`)).status).toBe(404);
    } finally {
      await sb.close();
    }
  });
});
