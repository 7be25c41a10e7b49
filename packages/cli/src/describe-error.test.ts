import {
  AuthenticationError,
  InternalServerError,
  LitmosAbortError,
  LitmosConnectionError,
  LitmosParseError,
  LitmosTimeoutError,
  LitmosValidationError,
  NotAcceptableError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from '@litmos-kit/sdk';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { describeError, formatErrorReport } from './describe-error.js';
import { ExitCode } from './exit-codes.js';

const request = { method: 'GET', url: 'https://api.litmos.com/v1.svc/users?source=x' };
const api = <T>(Kind: new (...args: ConstructorParameters<typeof NotFoundError>) => T, status: number, detail: string, body = detail) =>
  new Kind(status, detail, body, new Headers(), request);

describe('describeError', () => {
  it.each([
    {
      name: '401',
      error: api(AuthenticationError, 401, 'Invalid API key'),
      code: ExitCode.auth,
      says: /refused the API key \(401 Invalid API key\)/,
      hint: /region/,
    },
    {
      name: '403 (a wrong key, plain HTTP or no source, per Litmos; or an access level)',
      error: api(PermissionDeniedError, 403, 'Invalid API key'),
      code: ExitCode.auth,
      says: /refused the API key or the call \(403 Invalid API key\)/,
      hint: /API key.*region.*HTTPS.*source.*access level/,
    },
    {
      name: '404 of a record',
      error: api(NotFoundError, 404, 'User - x was not found'),
      context: { record: 'users record "x"' },
      code: ExitCode.notFound,
      says: /no users record "x"/,
      hint: /check the id/,
    },
    {
      name: '404 HTML page',
      error: api(NotFoundError, 404, 'Endpoint not found.', '<html><body>Endpoint not found.</body></html>'),
      code: ExitCode.notFound,
      says: /no such path/,
      hint: /v1\.svc/,
    },
    {
      name: '406 of a delta range',
      error: api(NotAcceptableError, 406, 'Please provide a valid since and to query string parameters'),
      context: { delta: true },
      code: ExitCode.api,
      says: /406/,
      hint: /7 days/,
    },
    {
      name: '503 after retries',
      error: api(RateLimitError, 503, 'Rating Limit Exceeded'),
      code: ExitCode.rateLimited,
      says: /rate limit/,
      hint: /100 requests per 60 s/,
    },
    { name: '500', error: api(InternalServerError, 500, 'boom'), code: ExitCode.api, says: /boom/, hint: /later/ },
    {
      name: 'connection',
      error: new LitmosConnectionError('GET x failed: ECONNREFUSED', request),
      code: ExitCode.network,
      says: /ECONNREFUSED/,
      hint: /region/,
    },
    { name: 'timeout', error: new LitmosTimeoutError('GET x timed out', request), code: ExitCode.network, says: /timed out/, hint: /network/ },
    {
      name: 'cut body',
      error: new LitmosParseError('invalid XML', '<Users>', 'application/xml', request),
      code: ExitCode.api,
      says: /invalid XML \(application\/xml\)/,
      hint: /--resume/,
    },
    { name: 'schema mismatch', error: new LitmosValidationError('bad shape', [], {}, request), code: ExitCode.api, says: /bad shape/, hint: /--wire/ },
    { name: 'abort', error: new LitmosAbortError('aborted', request), code: ExitCode.interrupted, says: /interrupted/, hint: undefined },
    { name: 'CLI error', error: new CliError('no API key', { hint: 'set it' }), code: ExitCode.usage, says: /no API key/, hint: /set it/ },
    { name: 'SDK option check', error: new TypeError('Expected `limit` to be …'), code: ExitCode.usage, says: /limit/, hint: /--help/ },
    { name: 'anything else', error: new RangeError('oops'), code: ExitCode.unexpected, says: /unexpected error: oops/, hint: /bug/ },
  ])('maps $name to exit $code with a hint', ({ error, context, code, says, hint }) => {
    const report = describeError(error, context);
    expect(report.exitCode).toBe(code);
    expect(report.message).toMatch(says);
    if (hint) expect(report.hint).toMatch(hint);
    else expect(report.hint).toBeUndefined();
  });

  it('prints one line', () => {
    const line = formatErrorReport(describeError(api(AuthenticationError, 401, 'Invalid API key')));
    expect(line).toMatch(/^litmos: error: Litmos refused the API key .* \(hint: .*\)$/);
    expect(line).not.toContain('\n');
  });
});
