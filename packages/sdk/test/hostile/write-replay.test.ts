// #17 item 4: a write is replayed after a 503 only when the body is Litmos' own rate-limit
// refusal ("Rating Limit Exceeded"), which proves nothing was done. A gateway's 503 page after
// a write may come after the write was applied: users.create must reach the server once.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { RateLimitError, ServiceUnavailableError } from '../../src/index.js';
import { achievement, testClient } from '../runtime/fixtures.js';
import { sendJson, sendText } from '../runtime/http-server.js';
import { spec } from '../spec-examples.js';
import { expectNoKey, observe } from './observe.js';
import { useTestServer } from './use-test-server.js';

const server = useTestServer();

const newUser = {
  Id: '',
  UserName: 'ada@example.com',
  FirstName: 'Ada',
  LastName: 'Lovelace',
  Email: 'ada@example.com',
  AccessLevel: 'Learner',
  DisableMessages: false,
  Active: true,
  IsCustomUsername: false,
  SkipFirstLogin: true,
  TimeZone: 'GMT Standard Time',
} as const;
/** The spec's example answer to POST /users: the created profile. */
const created = spec.components.examples['createUser.json'].value as { Id: string };

/** The first request gets `first`; every later one is answered 201 with the new user. */
function firstThen(first: (req: IncomingMessage, res: Parameters<typeof sendJson>[0]) => void) {
  let n = 0;
  server.handler = (req, res) => (n++ === 0 ? first(req, res) : sendJson(res, 201, created));
}

const gateway503 =
  '<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>';

describe('503 after a write', () => {
  it("a gateway's HTML 503 is a ServiceUnavailableError, and users.create reaches the server once", async () => {
    firstThen((_req, res) => sendText(res, 503, gateway503, 'text/html'));
    const { lines, events, options } = observe();
    const error = await testClient(server.url, options)
      .users.create({ body: newUser })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error).not.toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 503, attempts: 1, detail: '503 Service Temporarily Unavailable' });
    expect(server.arrivals.map((a) => a.method)).toEqual(['POST']);
    expectNoKey(error, lines, events);
  });

  it('an empty 503 is not replayed either', async () => {
    firstThen((_req, res) => sendText(res, 503, ''));
    await expect(testClient(server.url).users.create({ body: newUser })).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(server.arrivals).toHaveLength(1);
  });

  it.each([
    ['JSON', (res: Parameters<typeof sendJson>[0]) => sendJson(res, 503, { Detail: 'Rating Limit Exceeded' })],
    [
      'a WCF string',
      (res: Parameters<typeof sendJson>[0]) =>
        sendText(res, 503, '<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">Rating Limit Exceeded</string>', 'application/xml'),
    ],
    [
      "Litmos' HTML page",
      (res: Parameters<typeof sendJson>[0]) =>
        sendText(res, 503, '<html><head><title>Request Error</title></head><body><p>Rating Limit Exceeded</p></body></html>', 'text/html'),
    ],
    ['the status text', (res: Parameters<typeof sendJson>[0]) => void res.writeHead(503, 'Rating Limit Exceeded').end()],
    ['the wording of the older docs', (res: Parameters<typeof sendJson>[0]) => sendText(res, 503, 'The API rating limit has been exceeded')],
  ])("Litmos' refusal as %s is a RateLimitError, and the write is replayed once it passes", async (_name, refuse) => {
    firstThen((_req, res) => refuse(res));
    await expect(testClient(server.url).users.create({ body: newUser })).resolves.toMatchObject({ Id: created.Id });
    expect(server.arrivals.map((a) => a.method)).toEqual(['POST', 'POST']);
  });

  it('the refusal alone, replayed until the attempts run out, ends as a RateLimitError', async () => {
    server.handler = (_req, res) => sendJson(res, 503, { Detail: 'Rating Limit Exceeded' });
    await expect(testClient(server.url, { retry: { maxAttempts: 3, baseDelayMs: 1 } }).users.create({ body: newUser })).rejects.toBeInstanceOf(RateLimitError);
    expect(server.arrivals).toHaveLength(3);
  });
});

describe('503 after a read', () => {
  it("a gateway's 503 is still retried for a GET, which is safe to repeat", async () => {
    let n = 0;
    server.handler = (_req, res) => (n++ === 0 ? sendText(res, 503, gateway503, 'text/html') : sendJson(res, 200, [achievement(1)]));
    await expect(testClient(server.url).achievements.list().toArray({ max: 5 })).resolves.toHaveLength(1);
    expect(server.arrivals).toHaveLength(2);
  });
});
