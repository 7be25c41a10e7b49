import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConnectionError, ValidationError } from './errors.js';
import { redactFields, redactSecrets, redactUrl } from './redact.js';
import { createErrorRedactor } from './redact-error.js';

const KEY = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const { redactError, redactHeaders, redactValue } = createErrorRedactor([KEY], { redactSecrets });

describe('redactUrl', () => {
  it.each([
    [`https://x/v1.svc/users?apikey=${KEY}&source=a`, 'https://x/v1.svc/users?apikey=[REDACTED]&source=a'],
    [`https://x/users?source=a&APIKey=${KEY}`, 'https://x/users?source=a&APIKey=[REDACTED]'],
    [`https://x/users?api%5Fkey=${KEY}#top`, 'https://x/users?api%5Fkey=[REDACTED]#top'],
    ['https://x/users?source=a&search=key', 'https://x/users?source=a&search=key'],
  ])('masks the whole hyphenated value in %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});

describe('redactSecrets and redactValue', () => {
  it('replaces raw and URL-encoded forms', () => {
    expect(redactSecrets(`a ${KEY} b ${encodeURIComponent('k y')}`, [KEY, 'k y'])).toBe('a [REDACTED] b [REDACTED]');
  });

  it('masks any piece of a key of 6 characters or more, as cut-off snippets show them', () => {
    expect(redactSecrets('token "x0a1b2c3d-"... is not valid', [KEY])).toBe('token "x[REDACTED]"... is not valid');
    expect(redactSecrets('tail 9e0f1a2b3c4d and 8c7d-9e end', [KEY])).toBe('tail [REDACTED] and [REDACTED] end');
    expect(redactSecrets('short 0a1b2 stays', [KEY])).toBe('short 0a1b2 stays');
  });

  it('copies nested values with every string scrubbed, and survives cycles', () => {
    const value: Record<string, unknown> = { a: [KEY, { b: `x${KEY}` }], n: 1 };
    value.self = value;
    expect(redactValue(value)).toEqual({ a: ['[REDACTED]', { b: 'x[REDACTED]' }], n: 1, self: '[Circular or too deep]' });
  });

  it('masks the apikey header and secrets in any header value', () => {
    const headers = redactHeaders(new Headers({ apikey: 'anything', 'x-echo': `key=${KEY}` }));
    expect([...headers]).toEqual([
      ['apikey', '[REDACTED]'],
      ['x-echo', 'key=[REDACTED]'],
    ]);
  });
});

describe('redactError', () => {
  it('scrubs the message, stack, own fields and the whole cause chain', () => {
    const root = Object.assign(new Error(`connect ECONNREFUSED for ${KEY}`), { code: 'ECONNREFUSED', port: 443 });
    const middle = new TypeError(`request to https://x/?apikey=${KEY} failed`, { cause: root });
    const error = redactError(new ConnectionError(`failed ${KEY}`, { method: 'GET', url: 'https://x/' }, { cause: middle }));
    const shown = inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true });
    expect(shown).not.toContain(KEY);
    expect(shown).toContain('ECONNREFUSED');
    expect(error.message).toBe('failed [REDACTED]');
    const cause = error.cause as Error & { cause: Error & { code: string; port: number } };
    expect(cause).toBeInstanceOf(Error);
    expect(cause.name).toBe('TypeError');
    expect(cause.cause).toMatchObject({ code: 'ECONNREFUSED', port: 443, message: 'connect ECONNREFUSED for [REDACTED]' });
  });

  it('scrubs the snippet V8 quotes in a JSON.parse error (Node 22+ form)', () => {
    const parseError = new SyntaxError(`Unexpected token 'x', "x${KEY.slice(0, 9)}"... is not valid JSON`);
    const error = redactError(new ConnectionError(`invalid JSON (${parseError.message})`, undefined, { cause: parseError }));
    const shown = inspect(error, { depth: Number.POSITIVE_INFINITY });
    expect(shown).not.toContain(KEY.slice(0, 6));
    expect(error.message).toBe(`invalid JSON (Unexpected token 'x', "x[REDACTED]"... is not valid JSON)`);
  });

  it('scrubs the value of a validation error, keeping its shape', () => {
    const error = redactError(new ValidationError('bad', [{ path: [0], message: 'm' }], [{ Title: 1, Description: KEY }]));
    expect(error.value).toEqual([{ Title: 1, Description: '[REDACTED]' }]);
    expect(JSON.stringify(error)).not.toContain(KEY);
  });
});

describe('redactSecrets: the forms a server echoes a key in', () => {
  const noHyphens = KEY.replace(/-/g, '');

  it.each([
    ['upper case', KEY.toUpperCase()],
    ['mixed case', '0A1b2C3d-4E5f-4A6b-8C7d-9E0f1A2b3C4d'],
    ['without hyphens', noHyphens],
    ['without hyphens, upper case', noHyphens.toUpperCase()],
    ['in braces', `{${KEY}}`],
  ])('masks a GUID key echoed in %s, whole', (_name, echo) => {
    const out = redactSecrets(`key: ${echo}.`, [KEY]);
    expect(out).toMatch(/^key: \{?\[REDACTED\]\}?\.$/);
  });

  it('masks a hyphen-less key given with hyphens, and the other way round', () => {
    expect(redactSecrets(`echo ${KEY}`, [noHyphens])).toBe('echo [REDACTED]');
    expect(redactSecrets(`echo ${noHyphens.toUpperCase()}`, [KEY])).toBe('echo [REDACTED]');
  });

  it('masks URL-encoded forms whatever the case of the escapes, and JSON-escaped ones', () => {
    const key = 'Ab+/cd=ef"gh\\ij';
    expect(redactSecrets(`q=${encodeURIComponent(key).toLowerCase()}`, [key])).toBe('q=[REDACTED]');
    expect(redactSecrets(JSON.stringify({ k: key }), [key])).toBe('{"k":"[REDACTED]"}');
  });

  it('masks a short key only where it stands alone, so paths and words stay readable', () => {
    expect(redactSecrets('GET /users?apikey=e failed: e', ['e'])).toBe('GET /users?apikey=[REDACTED] failed: [REDACTED]');
    expect(redactSecrets('{"E":1} %22e%22', ['e'])).toBe('{"[REDACTED]":1} %22[REDACTED]%22');
    expect(redactSecrets('GET /users/abc1/teams', ['abc1'])).toBe('GET /users/[REDACTED]/teams');
    expect(redactSecrets('GET /users/xabc1/teams', ['abc1'])).toBe('GET /users/xabc1/teams');
  });

  it('masks a cut-off piece of a hyphen-less echo', () => {
    expect(redactSecrets(`…${noHyphens.slice(20).toUpperCase()}`, [KEY])).toBe('…[REDACTED]');
  });
});

describe('redactValue: property names', () => {
  it('masks a key used as a property name, in any case, and keeps colliding names apart', () => {
    const value = { [KEY.toUpperCase()]: 1, nested: [{ [`x-${KEY}`]: KEY }], [KEY]: 2 };
    const out = redactValue(value) as Record<string, unknown>;
    expect(JSON.stringify(out).toLowerCase()).not.toContain(KEY.slice(0, 8));
    expect(out).toEqual({ '[REDACTED]': 1, nested: [{ 'x-[REDACTED]': '[REDACTED]' }], '[REDACTED] (2)': 2 });
  });

  it('renames a header whose name holds the key', () => {
    const headers = redactHeaders(new Headers({ [`x-${KEY}`]: 'v' }));
    expect([...headers]).toEqual([['x-redacted', 'v']]);
  });
});

describe('redactFields', () => {
  it('scrubs the strings and names of log fields, as an error shows itself in them, and cuts what nests too deep', () => {
    const error = new ConnectionError(`GET https://x/users?apikey=${KEY} failed: ${KEY}`, { method: 'GET', url: 'https://x/users' });
    const fields = { attempt: 2, error: error.toJSON(), [`x-${KEY}`]: [KEY.toUpperCase()], on: true };
    const out = redactFields(fields, [KEY]);
    expect(JSON.stringify(out).toLowerCase()).not.toContain(KEY.slice(0, 8));
    expect(out).toEqual({
      attempt: 2,
      error: expect.objectContaining({ name: 'ConnectionError', message: 'GET https://x/users?apikey=[REDACTED] failed: [REDACTED]' }),
      'x-[REDACTED]': ['[REDACTED]'],
      on: true,
    });
    const deep: Record<string, unknown> = {};
    deep.self = deep;
    expect(JSON.stringify(redactFields(deep, [KEY]))).toContain('[too deep]');
  });
});
