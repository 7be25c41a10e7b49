import { MAX_USERS } from '@litmos-kit/sandbox';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { DEFAULT_SOURCE, MAX_SANDBOX_USERS, resolveConnection } from './resolve-connection.js';

it("--sandbox-users follows the sandbox's own bound", () => {
  expect(MAX_SANDBOX_USERS).toBe(MAX_USERS);
  expect(resolveConnection({ sandboxUsers: String(MAX_USERS) }, {})).toMatchObject({ kind: 'sandbox', users: MAX_USERS });
  expect(() => resolveConnection({ sandboxUsers: String(MAX_USERS + 1) }, {})).toThrow(CliError);
});

describe('resolveConnection', () => {
  it.each([
    {
      name: 'variables only',
      flags: {},
      env: { LITMOS_API_KEY: 'k', LITMOS_REGION: 'eu', LITMOS_SOURCE: 's' },
      expected: { kind: 'remote', apiKey: 'k', source: 's', region: 'eu' },
    },
    {
      name: 'flags beat variables',
      flags: { apiKey: 'f', source: 'fs', region: 'au' },
      env: { LITMOS_API_KEY: 'k', LITMOS_SOURCE: 's', LITMOS_BASE_URL: 'http://x' },
      expected: { kind: 'remote', apiKey: 'f', source: 'fs', region: 'au' },
    },
    {
      name: 'a base URL',
      flags: { baseUrl: 'http://127.0.0.1:1/v1.svc' },
      env: { LITMOS_API_KEY: 'k', LITMOS_REGION: 'eu' },
      expected: { kind: 'remote', apiKey: 'k', source: DEFAULT_SOURCE, baseUrl: 'http://127.0.0.1:1/v1.svc' },
    },
    {
      name: 'no host at all (the SDK defaults to us)',
      flags: {},
      env: { LITMOS_API_KEY: 'k' },
      expected: { kind: 'remote', apiKey: 'k', source: DEFAULT_SOURCE },
    },
    { name: 'the sandbox, with no key', flags: { sandbox: true }, env: {}, expected: { kind: 'sandbox', source: DEFAULT_SOURCE, users: 5000 } },
    {
      name: 'a sandbox of 200 people',
      flags: { sandbox: true, sandboxUsers: '200' },
      env: {},
      expected: { kind: 'sandbox', source: DEFAULT_SOURCE, users: 200 },
    },
    { name: '--sandbox-users alone', flags: { sandboxUsers: '1' }, env: {}, expected: { kind: 'sandbox', source: DEFAULT_SOURCE, users: 1 } },
    { name: 'the mock', flags: { mock: true }, env: { LITMOS_SOURCE: 's' }, expected: { kind: 'mock', source: 's' } },
  ])('reads $name', ({ flags, env, expected }) => {
    expect(resolveConnection(flags, env)).toEqual(expected);
  });

  it.each([
    { name: 'no key', flags: {}, env: {}, says: /no API key/ },
    { name: 'no people', flags: { sandboxUsers: '0' }, env: {}, says: /--sandbox-users must be a whole number from 1 to 20000, got "0"/ },
    { name: 'too many people', flags: { sandbox: true, sandboxUsers: '20001' }, env: {}, says: /--sandbox-users must be a whole number from 1 to 20000/ },
    { name: 'people that are not a number', flags: { sandboxUsers: '5k' }, env: {}, says: /--sandbox-users must be a whole number/ },
    { name: 'the mock and a sandbox size', flags: { mock: true, sandboxUsers: '10' }, env: {}, says: /--mock and --sandbox-users exclude each other/ },
    { name: 'an unknown region', flags: { region: 'moon' }, env: { LITMOS_API_KEY: 'k' }, says: /unknown region/ },
    { name: 'region and base URL flags', flags: { region: 'eu', baseUrl: 'http://x' }, env: { LITMOS_API_KEY: 'k' }, says: /exclude/ },
    { name: 'region and base URL variables', flags: {}, env: { LITMOS_API_KEY: 'k', LITMOS_REGION: 'eu', LITMOS_BASE_URL: 'http://x' }, says: /both set/ },
    { name: 'a base URL that is no URL', flags: { baseUrl: 'api.litmos.com' }, env: { LITMOS_API_KEY: 'k' }, says: /not an http/ },
    { name: '--mock with --sandbox', flags: { mock: true, sandbox: true }, env: {}, says: /exclude/ },
  ])('refuses $name', ({ flags, env, says }) => {
    expect(() => resolveConnection(flags, env)).toThrow(CliError);
    expect(() => resolveConnection(flags, env)).toThrow(says);
  });
});
