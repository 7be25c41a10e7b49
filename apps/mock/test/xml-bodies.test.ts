// The mock validates XML request bodies for real: it converts them to the JSON the spec
// describes and lets Prism check that, so a bad XML body is reported like a bad JSON one.

import { startMock } from '@litmos-kit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../test-support/start-server.js';

let mock: Awaited<ReturnType<typeof startMock>>;
beforeAll(async () => {
  mock = await startServer('Prism mock of the Litmos spec', () => startMock({ port: 0 }), { stop: (m) => m.close() });
});
afterAll(() => mock.close());

const user = (active: string, root = 'User') =>
  `<?xml version="1.0"?><${root}><Id></Id><UserName>chloe.martin@northwind.example</UserName><FirstName>Chloe</FirstName><LastName>Martin</LastName><Email>chloe.martin@northwind.example</Email><AccessLevel>Learner</AccessLevel><DisableMessages>false</DisableMessages><Active>${active}</Active><IsCustomUsername>false</IsCustomUsername><SkipFirstLogin>false</SkipFirstLogin><TimeZone>UTC</TimeZone></${root}>`;

async function post(body: string) {
  const response = await fetch(`${mock.url}/users?source=tests`, {
    method: 'POST',
    headers: { apikey: 'k', accept: 'application/xml', 'content-type': 'application/xml' },
    body,
  });
  await response.arrayBuffer();
  const violations = JSON.parse(response.headers.get('sl-violations') ?? '[]') as { location: string[] }[];
  return { status: response.status, body: violations.filter((v) => v.location[0] === 'request' && v.location[1] === 'body') };
}

describe('XML request bodies', () => {
  it('accepts a body that matches the spec', async () => {
    expect(await post(user('true'))).toEqual({ status: 201, body: [] });
  });

  it('reports a value of the wrong type', async () => {
    const result = await post(user('maybe'));
    expect(result.body.length).toBeGreaterThan(0);
    expect(result.status).toBeGreaterThanOrEqual(400);
  });

  it('reports a body with the wrong root element', async () => {
    expect((await post(user('true', 'Person'))).body.length).toBeGreaterThan(0);
  });

  it('reports a body that is not XML at all', async () => {
    expect((await post('<User><Id>')).body.length).toBeGreaterThan(0);
  });
});
