// Contract tests of the generated Xbox Live client against Prism serving spec/xbox: the request
// goes out in the exact wire form (the `xuid(…)` path segment, XBL3.0 authorization, contract
// version and language headers), Prism finds nothing wrong with request or response, and the
// answer is the seed page's JSON example, accepted by the generated zod schema.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type RunningMock, startMock } from '@litmos-kit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../test-support/start-server.js';
import { createClient } from '../src/gen/client/index.js';
import { listUserAchievements } from '../src/gen/sdk.gen.js';
import { zAchievementsPage } from '../src/gen/zod.gen.js';

const require = createRequire(import.meta.url);
const specPath = require.resolve('@litmos-kit/spec/xbox.yaml');
const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/xbox.json'), 'utf8'));
const operation = spec.paths['/users/xuid({xuid})/achievements'].get;
const exampleRef: string = operation.responses['200'].content['application/json'].examples.page.$ref;
const jsonExample = spec.components.examples[exampleRef.replace('#/components/examples/', '')].value;

const XUID = '2533274792693551';
const AUTHORIZATION = 'XBL3.0 x=1234567890123456789;test-token-not-a-secret';

interface Violation {
  location: string[];
  message: string;
}
interface Exchange {
  request: Request;
  status: number;
  violations: Violation[];
  body: string;
}

let mock: RunningMock;
beforeAll(async () => {
  mock = await startServer('Prism mock of the Xbox Live spec', () => startMock({ specPath }), { stop: (m) => m.close() });
});
afterAll(() => mock.close());

/** A client on the mock that records every request and what Prism said about it. */
function recordingClient(authorization: string | null = AUTHORIZATION) {
  const exchanges: Exchange[] = [];
  const client = createClient({
    baseUrl: mock.url,
    auth: () => authorization ?? undefined,
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const response = await fetch(request.clone());
      const violations = JSON.parse(response.headers.get('sl-violations') ?? '[]') as Violation[];
      exchanges.push({ request, status: response.status, violations, body: await response.clone().text() });
      return response;
    },
  });
  return { client, exchanges };
}

describe('GET /users/xuid({xuid})/achievements through the generated client', () => {
  it('sends the xuid(…) path, XBL3.0 credentials, headers and paging exactly, and Prism accepts them', async () => {
    const { client, exchanges } = recordingClient();
    const result = await listUserAchievements({
      client,
      path: { xuid: XUID },
      query: {
        skipItems: 3,
        continuationToken: '5',
        maxItems: 10,
        titleId: ['3051199919', '1234'],
        unlockedOnly: true,
        possibleOnly: false,
        types: 'Challenge',
        orderBy: 'UnlockTime',
      },
      headers: { 'x-xbl-contract-version': 2, 'Accept-Language': 'fr-FR, fr, en-GB, en-WW, en-US', 'X-RequestedServiceVersion': '1' },
    });

    expect(result.response?.status).toBe(200);
    const [exchange] = exchanges;
    const url = new URL(exchange!.request.url);
    expect(url.pathname).toBe('/users/xuid(2533274792693551)/achievements');
    expect(url.search).toBe(
      '?skipItems=3&continuationToken=5&maxItems=10&titleId=3051199919,1234&unlockedOnly=true&possibleOnly=false&types=Challenge&orderBy=UnlockTime',
    );
    const headers = exchange!.request.headers;
    expect(headers.get('authorization')).toBe(AUTHORIZATION);
    expect(headers.get('x-xbl-contract-version')).toBe('2');
    expect(headers.get('accept-language')).toBe('fr-FR, fr, en-GB, en-WW, en-US');
    expect(headers.get('x-requestedserviceversion')).toBe('1');
    // Nothing wrong with the request, nor with the answer Prism built from the spec.
    expect(exchange!.violations).toEqual([]);
  });

  it('answers with the seed JSON example, which the generated zod schema accepts', async () => {
    const { client, exchanges } = recordingClient();
    const result = await listUserAchievements({ client, path: { xuid: XUID } });
    expect(new URL(exchanges[0]!.request.url).pathname).toBe('/users/xuid(2533274792693551)/achievements');
    expect(new URL(exchanges[0]!.request.url).search).toBe('');
    expect(exchanges[0]!.violations).toEqual([]);
    expect(result.data).toEqual(jsonExample);
    expect(zAchievementsPage.safeParse(result.data).success).toBe(true);
    // What the paging of the SDK step will read: the token (null on the last page) and the total.
    expect(result.data?.pagingInfo).toEqual({ continuationToken: null, totalRecords: 1 });
    expect(result.data?.achievements.map((a) => [a.serviceConfigId, a.id])).toEqual([['b5dd9daf-0000-0000-0000-000000000000', '3']]);
  });

  it('is checked for real: Prism rejects a bad xuid, paging value or contract version', async () => {
    const { client, exchanges } = recordingClient();
    await listUserAchievements({ client, path: { xuid: 'me' } });
    await listUserAchievements({ client, path: { xuid: XUID }, query: { maxItems: 'ten' as unknown as number } });
    await listUserAchievements({ client, path: { xuid: XUID }, headers: { 'x-xbl-contract-version': 'two' as unknown as number } });
    await listUserAchievements({ client, path: { xuid: XUID }, query: { orderBy: 'Newest' as 'Title' } });
    await listUserAchievements({ client, path: { xuid: XUID }, query: { titleId: ['3051199919', 'Halo'] } });
    // Without a 4xx of its own for bad input, Prism answers 422 and lists the problems in the body.
    expect(exchanges.map((e) => e.status)).toEqual([422, 422, 422, 422, 422]);
    expect(new URL(exchanges[0]!.request.url).pathname).toBe('/users/xuid(me)/achievements');
    expect(new URL(exchanges[4]!.request.url).search).toBe('?titleId=3051199919,Halo');
    const where = exchanges.map((e) => (JSON.parse(e.body) as { validation: Violation[] }).validation.map((v) => v.location.join('.')));
    // Prism lower-cases query and header names before it checks them.
    expect(where).toEqual([['path.xuid'], ['query.maxitems'], ['header.x-xbl-contract-version'], ['query.orderby'], ['query.titleid.1']]);
  });

  it('encodes a path value that is not a plain number instead of breaking the segment', async () => {
    const { client, exchanges } = recordingClient();
    await listUserAchievements({ client, path: { xuid: '1)/x(2' } });
    expect(new URL(exchanges[0]!.request.url).pathname).toBe('/users/xuid(1)%2Fx(2)/achievements');
  });

  it('is refused without XBL3.0 credentials', async () => {
    const { client, exchanges } = recordingClient(null);
    const result = await listUserAchievements({ client, path: { xuid: XUID } });
    expect(exchanges[0]!.request.headers.has('authorization')).toBe(false);
    expect(result.response?.status).toBe(401);
  });
});
