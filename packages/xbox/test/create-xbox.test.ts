// createXbox as a caller meets it: options and parameters checked before any request, the
// paging the spec declares, and credentials that no log line shows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { listUserAchievements } from '@litmos-kit/xbox-client/operations';
import { describe, expect, it, vi } from 'vitest';
import { createXbox } from '../src/index.js';
import { achievement, achievementsPage } from './achievements-json.js';

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/xbox.json'), 'utf8'));
const TOKEN = 'xsts-4f3e2d1c0b9a8877';
const authorization = { userHash: '1234567890123456789', token: TOKEN };

describe('createXbox', () => {
  it.each([
    ['no options', undefined, /`options`/],
    ['no authorization', {}, /`authorization`/],
    ['a header without the XBL3.0 scheme', { authorization: `Bearer ${TOKEN}` }, /XBL3\.0 x=<userhash>;<token>/],
    ['a header without the user hash', { authorization: `XBL3.0 x=;${TOKEN}` }, /XBL3\.0/],
    ['a user hash with a semicolon', { authorization: { userHash: 'a;b', token: TOKEN } }, /`authorization.userHash`/],
    ['a blank token', { authorization: { userHash: 'u', token: '' } }, /`authorization.token`/],
    ['a contract version that is not an integer', { authorization, contractVersion: 2.5 }, /`contractVersion`/],
    ['a negative contract version', { authorization, contractVersion: -1 }, /`contractVersion`/],
    ['a language with a line break', { authorization, acceptLanguage: 'en-US\r\nX-Evil: 1' }, /`acceptLanguage`/],
    ['a baseUrl that is not http(s)', { authorization, baseUrl: 'achievements.xboxlive.com' }, /`baseUrl`/],
    ['a baseUrl with a query', { authorization, baseUrl: 'https://achievements.xboxlive.com?x=1' }, /`baseUrl`/],
    ['a timeout a timer cannot hold', { authorization, timeoutMs: 1e12 }, /`timeoutMs`/],
    ['a zero timeout', { authorization, timeoutMs: 0 }, /`timeoutMs`/],
  ])('throws a TypeError for %s, before any request', (_name, options, message) => {
    const fetch = vi.fn();
    const create = () => createXbox(options === undefined ? (undefined as never) : ({ fetch, ...options } as never));
    expect(create).toThrow(TypeError);
    expect(create).toThrow(message);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('throws for bad parameters and list options at the call, before any request', () => {
    const fetch = vi.fn();
    const xbox = createXbox({ authorization, fetch });
    expect(() => xbox.users.achievements.list({ xuid: 'me' })).toThrow(TypeError);
    // The path parameter from untyped JSON: arrays, objects and null never reach the URL.
    for (const xuid of [['..'], ['1', '2'], {}, null, '..', '']) expect(() => xbox.users.achievements.list({ xuid } as never)).toThrow(TypeError);
    expect(() => xbox.users.achievements.list({ xuid: '1' }, { maxPages: -1 })).toThrow(/`maxPages`/);
    expect(() => xbox.users.achievements.list({ xuid: '1' }, { resume: { cursor: { token: '' }, skip: 0, seen: [], done: false } })).toThrow(/`resume`/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('pages as the x-litmos-sdk extension of the spec says, through the generated operation', () => {
    const { method, paging, itemKey } = spec.paths['/users/xuid({xuid})/achievements'].get['x-litmos-sdk'];
    expect(method).toBe('users.achievements.list');
    expect(listUserAchievements).toMatchObject({ sdkMethod: method, paging: paging.style, pages: paging, itemKey });
  });

  it('logs requests with the xbox prefix and never the token, also when given as a header string', async () => {
    const lines: string[] = [];
    const record = (m: string, fields?: unknown) => void lines.push(`${m} ${JSON.stringify(fields ?? {})}`);
    const fetch = vi.fn(async () => new Response('{"message":"nope"}', { status: 500, headers: { 'content-type': 'application/json' } }));
    const xbox = createXbox({
      authorization: `XBL3.0 x=1234;${TOKEN}`,
      baseUrl: 'https://x.example',
      fetch,
      logger: { error: record, warn: record, info: record, debug: record },
      logLevel: 'debug',
      retry: { maxAttempts: 2, baseDelayMs: 1 },
    });
    await expect(xbox.users.achievements.list({ xuid: '42' }).toArray({ max: 1 })).rejects.toMatchObject({ status: 500, attempts: 2 });
    expect(lines.some((line) => line.startsWith('xbox: retrying GET https://x.example/users/xuid(42)/achievements in '))).toBe(true);
    expect(lines.some((line) => line.startsWith('xbox: GET https://x.example/users/xuid(42)/achievements failed after 2 attempts'))).toBe(true);
    expect(lines.join('\n')).not.toContain(TOKEN.slice(0, 12));
  });

  it('drops an achievement repeated across a page boundary by service config and id', async () => {
    const pages = [achievementsPage([achievement(1), achievement(2)], '2', 3), achievementsPage([achievement(2), achievement(3)], null, 3)];
    const fetch = vi.fn(async () => Response.json(pages.shift()));
    const xbox = createXbox({ authorization, baseUrl: 'https://x.example', fetch });
    expect((await xbox.users.achievements.list({ xuid: '42' }).toArray({ max: 10 })).map((a) => a.id)).toEqual(['1', '2', '3']);
  });
});
