// Contract tests of the Xbox SDK against Prism serving spec/xbox: the request leaves in the exact
// wire form (the `xuid(…)` path segment, XBL3.0 credentials, contract version and language
// headers, comma-joined title IDs), Prism finds nothing wrong with request or answer, and the
// answer decodes to the seed page's JSON example.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type RunningMock, startMock } from '@litmos-kit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../test-support/start-server.js';
import { createXbox, type XboxOptions } from '../src/index.js';

const require = createRequire(import.meta.url);
const specPath = require.resolve('@litmos-kit/spec/xbox.yaml');
const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/xbox.json'), 'utf8'));
const operation = spec.paths['/users/xuid({xuid})/achievements'].get;
const exampleRef: string = operation.responses['200'].content['application/json'].examples.page.$ref;
const jsonExample = spec.components.examples[exampleRef.replace('#/components/examples/', '')].value;

const XUID = '2533274792693551';
const USER_HASH = '1234567890123456789';
const TOKEN = 'contract-token-not-a-secret';

interface Exchange {
  request: Request;
  violations: { location: string[]; message: string }[];
}

let mock: RunningMock;
beforeAll(async () => {
  mock = await startServer('Prism mock of the Xbox Live spec', () => startMock({ specPath }), { stop: (m) => m.close() });
});
afterAll(() => mock.close());

/** An SDK client on the mock whose fetch records every request and Prism's verdict on it. */
function recordingClient(options: Partial<XboxOptions> = {}) {
  const exchanges: Exchange[] = [];
  const xbox = createXbox({
    authorization: { userHash: USER_HASH, token: TOKEN },
    baseUrl: mock.url,
    retry: false,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request.clone());
      exchanges.push({ request, violations: JSON.parse(response.headers.get('sl-violations') ?? '[]') });
      return response;
    },
    ...options,
  });
  return { xbox, exchanges };
}

describe('users.achievements.list against the Prism mock of spec/xbox', () => {
  it('decodes the seed JSON example: its achievements, its total, and the end of the list', async () => {
    const { xbox, exchanges } = recordingClient();
    const pages = [];
    for await (const page of xbox.users.achievements.list({ xuid: XUID }).pages()) pages.push(page);
    expect(pages.map((page) => page.items)).toEqual([jsonExample.achievements]);
    expect(pages[0]).toMatchObject({ cursor: {}, next: undefined, total: jsonExample.pagingInfo.totalRecords, received: 1 });
    // `continuationToken: null` ends the list after one request.
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]?.violations).toEqual([]);
  });

  it('sends the path, headers and every query parameter in wire form, and Prism accepts them', async () => {
    const { xbox, exchanges } = recordingClient({ contractVersion: 2, acceptLanguage: 'fr-FR, fr, en-GB, en-WW, en-US' });
    const rows = await xbox.users.achievements
      // In another order than the spec's: the wire form follows the spec all the same.
      .list({
        orderBy: 'UnlockTime',
        types: 'Challenge',
        possibleOnly: false,
        unlockedOnly: true,
        titleId: [3051199919, '1234'],
        maxItems: 10,
        skipItems: 3,
        xuid: XUID,
      })
      .toArray({ max: 10 });
    expect(rows).toEqual(jsonExample.achievements);

    const { request, violations } = exchanges[0] as Exchange;
    const url = new URL(request.url);
    expect(request.method).toBe('GET');
    expect(url.pathname).toBe('/users/xuid(2533274792693551)/achievements');
    expect(url.search).toBe('?skipItems=3&maxItems=10&titleId=3051199919,1234&unlockedOnly=true&possibleOnly=false&types=Challenge&orderBy=UnlockTime');
    expect(request.headers.get('authorization')).toBe(`XBL3.0 x=${USER_HASH};${TOKEN}`);
    expect(request.headers.get('x-xbl-contract-version')).toBe('2');
    expect(request.headers.get('accept-language')).toBe('fr-FR, fr, en-GB, en-WW, en-US');
    expect(request.headers.get('accept')).toBe('application/json');
    expect(violations).toEqual([]);
  });

  it('takes the authorization header as a string, exactly as given', async () => {
    const { xbox, exchanges } = recordingClient({ authorization: `XBL3.0 x=${USER_HASH};${TOKEN}` });
    await xbox.users.achievements.list({ xuid: XUID }).toArray({ max: 1 });
    expect(exchanges[0]?.request.headers.get('authorization')).toBe(`XBL3.0 x=${USER_HASH};${TOKEN}`);
    expect(new URL((exchanges[0] as Exchange).request.url).search).toBe('');
  });
});
