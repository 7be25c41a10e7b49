// The mock speaks like Litmos' WCF service, not like Prism: base path, format rule, error bodies
// and pages for unknown paths and methods, Litmos' order of checks, case-insensitive names.
// Each test sends plain HTTP requests, the way a client in any language would.

import { type RunningMock, startMock } from '@litmos-kit/mock';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.close());

const KEY = { apikey: 'wire-test-key' };
const WCF_STRING = '<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">';

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`${mock.url}${path}`, init);
  return { status: response.status, statusText: response.statusText, headers: response.headers, text: await response.text() };
}

const firstUserIdXml = (text: string) => new XMLParser().parse(text).Users.User[0].Id as string;

describe('base path', () => {
  it('serves the API under /v1.svc in any case, and at the root', async () => {
    const answers = await Promise.all(['/v1.svc/users?source=t', '/V1.SVC/Users?source=t', '/users?source=t'].map((path) => call(path, { headers: KEY })));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.text).toBe(answers[0]?.text);
    }
    expect(firstUserIdXml(answers[0]!.text)).toBe('Qm3vXb7LpT2k1');
  });

  it('does not take a longer segment for the base path', async () => {
    const answer = await call('/v1.svcx/users?source=t', { headers: KEY });
    expect(answer.status).toBe(404);
  });
});

describe('format negotiation', () => {
  it.each([
    ['no Accept, no format', {}, '', 'xml'],
    ['Accept */*', { accept: '*/*' }, '', 'xml'],
    ['Accept: application/xml', { accept: 'application/xml' }, '', 'xml'],
    ['Accept: application/json', { accept: 'application/json' }, '', 'json'],
    ['format=json', {}, '&format=json', 'json'],
    ['Format=JSON', {}, '&Format=JSON', 'json'],
    ['format=json with Accept: application/xml', { accept: 'application/xml' }, '&format=json', 'json'],
    ['format=xml with Accept: application/json (format=xml is no switch)', { accept: 'application/json' }, '&format=xml', 'json'],
    ['format=xml', {}, '&format=xml', 'xml'],
  ] as const)('%s → %s', async (_label, headers, query, format) => {
    const answer = await call(`/v1.svc/users?source=t${query}`, { headers: { ...KEY, ...headers } });
    expect(answer.status).toBe(200);
    if (format === 'json') {
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect((JSON.parse(answer.text) as { Id: string }[])[0]?.Id).toBe('Qm3vXb7LpT2k1');
    } else {
      expect(answer.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      expect(firstUserIdXml(answer.text)).toBe('Qm3vXb7LpT2k1');
    }
  });
});

describe('unknown paths and methods', () => {
  it.each(['/v1.svc/nothing', '/v1.svc', '/v1.svc/users/a/b/c/d', '/'])('answers %s with WCF\'s "Endpoint not found." page', async (path) => {
    const answer = await call(path, { headers: { ...KEY, accept: 'application/json' } });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.text).toContain('Endpoint not found.');
    expect(answer.text).not.toContain('stoplight');
  });

  it('answers a wrong method with 405, the WCF page and Allow', async () => {
    const answer = await call('/v1.svc/users?source=t', { method: 'PATCH', headers: KEY });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')?.split(', ').sort()).toEqual(['GET', 'POST']);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.text).toContain('Method not allowed.');
  });

  it('prefers a literal segment to a parameter, as WCF does', async () => {
    // /users/paginated exists for GET only; DELETE there is not DELETE /users/{userId}.
    const answer = await call('/v1.svc/users/paginated?source=t', { method: 'DELETE', headers: KEY });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET');
  });
});

describe('key and source, in Litmos order and forms', () => {
  it('answers a request without a key with 403 in the negotiated format', async () => {
    const xml = await call('/v1.svc/users?source=t');
    expect(xml.status).toBe(403);
    expect(xml.statusText).toBe('Invalid API key');
    expect(xml.text).toBe(`${WCF_STRING}Invalid API key</string>`);
    const json = await call('/v1.svc/users?source=t&format=json');
    expect(json.status).toBe(403);
    expect(JSON.parse(json.text)).toEqual({ Detail: 'Invalid API key' });
  });

  it('checks the key before the source', async () => {
    // Both are 403: the text tells them apart.
    const answer = await call('/v1.svc/users?format=json');
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.text)).toEqual({ Detail: 'Invalid API key' });
  });

  it('takes the key from the header in any case or from the deprecated apikey query parameter', async () => {
    expect((await call('/v1.svc/users?source=t', { headers: { APIKey: 'k' } })).status).toBe(200);
    expect((await call('/v1.svc/users?source=t&apikey=k')).status).toBe(200);
    expect((await call('/v1.svc/users?source=t&apikey=')).status).toBe(403);
  });

  it('answers a missing or blank source with 403 in the negotiated format', async () => {
    const xml = await call('/v1.svc/users', { headers: KEY });
    expect(xml.status).toBe(403);
    expect(xml.statusText).toBe('Please provide a source query string parameter');
    expect(xml.text).toBe(`${WCF_STRING}Please provide a source query string parameter</string>`);
    const json = await call('/v1.svc/users?source=%20', { headers: { ...KEY, accept: 'application/json' } });
    expect(json.status).toBe(403);
    expect(JSON.parse(json.text)).toEqual({ Detail: 'Please provide a source query string parameter' });
  });

  it('binds query names in any case, as WCF does', async () => {
    const answer = await call('/v1.svc/users?Source=t&START=1&Limit=1&format=json', { headers: KEY });
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.text) as { Id: string }[]).map((user) => user.Id)).toHaveLength(1);
  });

  it('asks the Learning Record Store for its own credentials and answers it in JSON', async () => {
    const answer = await call('/v1.svc/statements', { headers: { ...KEY, 'x-experience-api-version': '1.0.3' } });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.text)).toEqual({ Detail: 'Invalid API key' });
  });
});

describe('invalid requests get Litmos error bodies, not problem+json', () => {
  it('a query value of the wrong type: 400 naming the parameter', async () => {
    const answer = await call('/v1.svc/users?source=t&limit=abc&format=json', { headers: KEY });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((JSON.parse(answer.text) as { Detail: string }).Detail).toMatch(/^The limit query string parameter /);
    expect(JSON.parse(answer.headers.get('sl-violations') ?? '[]')).not.toEqual([]);
  });

  it('limit over 1000: Litmos text, 406 where the operation documents it, else 400', async () => {
    const users = await call('/v1.svc/users?source=t&limit=5000', { headers: KEY });
    expect(users.status).toBe(400);
    expect(users.text).toBe(`${WCF_STRING}The maxminum number of records to return is 1000</string>`);
    const delta = await call('/v1.svc/org/teams?source=t&since=2026-11-01%2000:00:00&to=2026-11-02%2000:00:00&limit=5000', { headers: KEY });
    expect(delta.status).toBe(406);
  });

  it.each([
    ['over 7 days', 'since=2026-11-01%2000:00:00&to=2026-11-08%2000:00:01'],
    ['reversed', 'since=2026-11-08%2000:00:00&to=2026-11-01%2000:00:00'],
    ['without to', 'since=2026-11-01%2000:00:00'],
    ['without since', 'to=2026-11-01%2000:00:00'],
    ['in another date form', 'since=2026-11-01&to=2026-11-02'],
  ])('a delta range %s: 406 with the recorded text, in either format', async (_how, range) => {
    for (const path of ['/org/users/courses', '/org/teams']) {
      const json = await call(`/v1.svc${path}?source=t&${range}&format=json`, { headers: KEY });
      expect(json.status, path).toBe(406);
      expect(JSON.parse(json.text)).toEqual({ Detail: 'Please provide a valid since and to query string parameters' });
      const xml = await call(`/v1.svc${path}?source=t&${range}`, { headers: KEY });
      expect(xml.status, path).toBe(406);
      expect(xml.text).toBe(`${WCF_STRING}Please provide a valid since and to query string parameters</string>`);
    }
  });

  it('a delta range of exactly 7 days is answered', async () => {
    const answer = await call('/v1.svc/org/users/courses?source=t&since=2026-11-01%2000:00:00&to=2026-11-08%2000:00:00&format=json', { headers: KEY });
    expect(answer.status).toBe(200);
  });

  it('a delta query without its range: 406 with Litmos text', async () => {
    const answer = await call('/v1.svc/org/teams?source=t&since=2026-11-01%2000:00:00&format=json', { headers: KEY });
    expect(answer.status).toBe(406);
    expect(JSON.parse(answer.text)).toEqual({ Detail: 'Please provide a valid since and to query string parameters' });
  });

  it('a body that does not match the operation: 400 "Please check the xml/json…" in the negotiated format', async () => {
    const xml = await call('/v1.svc/users?source=t', { method: 'POST', headers: { ...KEY, 'content-type': 'text/xml' }, body: '<Person><Id/></Person>' });
    expect(xml.status).toBe(400);
    expect(xml.text).toBe(`${WCF_STRING}Please check the xml/json in the body of the request</string>`);
    const json = await call('/v1.svc/users?source=t&format=json', {
      method: 'POST',
      headers: { ...KEY, 'content-type': 'application/json' },
      body: '{"UserName": 5',
    });
    expect(json.status).toBe(400);
    expect(JSON.parse(json.text)).toEqual({ Detail: 'Please check the xml/json in the body of the request' });
  });
});
