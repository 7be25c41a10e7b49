// The error hierarchy as a caller meets it, against a real local server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  isLitmosError,
  LitmosApiError,
  LitmosError,
  LitmosParseError,
  LitmosValidationError,
  NotAcceptableError,
  NotFoundError,
  PermissionDeniedError,
  ServiceUnavailableError,
} from '../../src/index.js';
import { achievement, testClient } from './fixtures.js';
import { sendJson, sendText, startTestServer, type TestServer } from './http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const once = (litmos = testClient(server.url, { retry: false })) =>
  litmos.achievements
    .list()
    .toArray({ max: 5 })
    .catch((e: unknown) => e);

describe('API errors', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [406, NotAcceptableError],
    [409, ConflictError],
    // A 503 without Litmos' rate-limit text is an outage, not a refusal (see hostile-rate-limit-replay.test.ts).
    [503, ServiceUnavailableError],
    [500, InternalServerError],
    [502, InternalServerError],
    [418, LitmosApiError],
  ] as const)('maps %i to %o with status, method, redacted URL and request id', async (status, Class) => {
    server.handler = (_req, res) => sendJson(res, status, { Detail: 'UserName already exists' }, { 'x-request-id': 'req-123' });
    const error = (await once()) as LitmosApiError;
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(LitmosError);
    expect(isLitmosError(error)).toBe(true);
    expect(error).toMatchObject({ status, method: 'GET', requestId: 'req-123', detail: 'UserName already exists', attempts: 1 });
    expect(error.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/achievements\?/);
    expect(error.message).toBe(`GET ${error.url} failed with ${status}: UserName already exists`);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: Class.name, status, requestId: 'req-123', attempts: 1 });
  });

  it.each([
    [
      'a WCF XML string',
      'application/xml',
      '<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">Team name already exists</string>',
      'Team name already exists',
    ],
    ['a WCF HTML page', 'text/html', '<HTML><HEAD><TITLE>Request Error</TITLE></HEAD><BODY>…</BODY></HTML>', 'Request Error'],
    ['plain text', 'text/plain', 'Rating Limit Exceeded', 'Rating Limit Exceeded'],
    ['an empty body', 'text/plain', '', 'Conflict'],
  ])('reads the reason from %s', async (_name, type, body, detail) => {
    server.handler = (_req, res) => sendText(res, 409, body, type);
    const error = (await once()) as ConflictError;
    expect(error.detail).toBe(detail);
    expect(error.body).toBe(body);
  });
});

describe('bodies that cannot be read', () => {
  it.each([
    ['an HTML page with 200', 'json', 'text/html', '<html><body>Maintenance</body></html>', /HTML page/],
    ['invalid JSON', 'json', 'application/json', '[{"UserId": "U1",', /invalid JSON/],
    ['truncated XML', 'xml', 'application/xml', '<Achievements><Achievement><UserId>U1</UserId>', /truncated/],
  ] as const)('%s is a LitmosParseError keeping the raw body and content type', async (_name, format, type, body, reason) => {
    server.handler = (_req, res) => sendText(res, 200, body, type);
    const error = (await once(testClient(server.url, { format, retry: false }))) as LitmosParseError;
    expect(error).toBeInstanceOf(LitmosParseError);
    expect(error.message).toMatch(reason);
    expect(error).toMatchObject({ body, contentType: type, method: 'GET' });
    expect(error.url).toContain('/achievements');
  });

  it('a record that breaks the schema is, when strict, a LitmosValidationError with the issues and the value', async () => {
    const bad = { ...achievement(1), Title: true };
    server.handler = (_req, res) => sendJson(res, 200, [bad]);
    const error = (await once(testClient(server.url, { retry: false, validation: 'strict' }))) as LitmosValidationError;
    expect(error).toBeInstanceOf(LitmosValidationError);
    expect(error.issues[0]).toMatchObject({ path: [0, 'Title'], code: 'mismatch', message: 'expected string of at most 512 characters, received boolean' });
    expect(error.value).toEqual([expect.objectContaining({ Title: true, UserId: 'U1' })]);
    expect(JSON.parse(JSON.stringify(error)).issues[0].path).toEqual(['0', 'Title']);
  });

  it('the same record is read by default, kept as sent, and reported once through the hook and the log', async () => {
    server.handler = (_req, res) =>
      sendJson(res, 200, [
        { ...achievement(1), Title: true },
        { ...achievement(2), Title: false },
      ]);
    const events: unknown[] = [];
    const warnings: unknown[] = [];
    const logger = { error() {}, info() {}, debug() {}, warn: (...args: unknown[]) => void warnings.push(args) };
    const litmos = testClient(server.url, { retry: false, logger, hooks: { onDrift: (event) => void events.push(event) } });
    expect(await once(litmos)).toEqual([expect.objectContaining({ Title: true }), expect.objectContaining({ Title: false })]);
    // A second page with the same drift is not reported again.
    await once(litmos);
    expect(events).toEqual([
      expect.objectContaining({
        operation: 'listAchievements',
        kind: 'mismatch',
        path: '[].Title',
        at: [0, 'Title'],
        expected: 'string of at most 512 characters',
        received: 'boolean',
        method: 'GET',
      }),
    ]);
    expect(warnings).toEqual([
      [expect.stringContaining('listAchievements: the response differs from the spec at [].Title'), expect.objectContaining({ kind: 'mismatch' })],
    ]);
  });
});
