// createIspring as a caller meets it: options and filters checked before any request, the
// paging the spec declares, and a token that no log line shows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { listLearnerResults } from '@litmos-kit/ispring-client/operations';
import { describe, expect, it, vi } from 'vitest';
import { createIspring } from '../src/index.js';
import { learnerResult, resultsPage } from './learner-results-xml.js';

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/ispring.json'), 'utf8'));
const TOKEN = 'tok-3e5f7a9b1c2d8e0f';

describe('createIspring', () => {
  it.each([
    ['no options', undefined, /`options`/],
    ['no token', {}, /`token`/],
    ['a blank token', { token: '  ' }, /`token`/],
    ['a token with its scheme', { token: `Bearer ${TOKEN}` }, /bare access token/],
    ['a baseUrl that is not http(s)', { token: TOKEN, baseUrl: 'ftp://x' }, /`baseUrl`/],
    ['a baseUrl with a fragment', { token: TOKEN, baseUrl: 'https://x.example/p#f' }, /`baseUrl`/],
    ['a zero timeout', { token: TOKEN, timeoutMs: 0 }, /`timeoutMs`/],
    ['bad retry settings', { token: TOKEN, retry: { maxAttempts: 0 } }, /`retry.maxAttempts`/],
    ['a hook that is not a function', { token: TOKEN, hooks: { onRequest: 'x' } }, /`hooks.onRequest`/],
  ])('throws a TypeError for %s, before any request', (_name, options, message) => {
    const fetch = vi.fn();
    const create = () => createIspring(options === undefined ? (undefined as never) : ({ fetch, ...options } as never));
    expect(create).toThrow(TypeError);
    expect(create).toThrow(message);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('throws for bad filters and list options at the call, before any request', () => {
    const fetch = vi.fn();
    const ispring = createIspring({ token: TOKEN, fetch });
    expect(() => ispring.learners.results.list({ userIds: ['nope'] })).toThrow(TypeError);
    expect(() => ispring.learners.results.list({}, { maxPages: 0 })).toThrow(/`maxPages`/);
    expect(() => ispring.learners.results.list({}, { resume: { cursor: { offset: 5 }, skip: 0, seen: [], done: false } as never })).toThrow(/`resume`/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('pages as the x-litmos-sdk extension of the spec says, through the generated operation', () => {
    const { method, paging, itemKey } = spec.paths['/learners/results'].get['x-litmos-sdk'];
    expect(method).toBe('learners.results.list');
    expect(listLearnerResults).toMatchObject({ sdkMethod: method, paging: paging.style, pages: paging, itemKey });
  });

  it('logs requests with the ispring prefix and never the token', async () => {
    const lines: string[] = [];
    const logger = {
      error: (m: string) => lines.push(m),
      warn: (m: string) => lines.push(m),
      info: (m: string) => lines.push(m),
      debug: (m: string) => lines.push(m),
    };
    const fetch = vi.fn(async () => new Response(resultsPage([learnerResult(1)]), { headers: { 'content-type': 'application/xml' } }));
    const ispring = createIspring({ token: TOKEN, baseUrl: 'https://x.example/p/', fetch, logger, logLevel: 'debug' });
    await ispring.learners.results.list().toArray({ max: 1 });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(lines.map((line) => line.replace(/\d+ ms/, 'N ms'))).toEqual([
      'ispring: → GET https://x.example/p/learners/results',
      'ispring: ← 200 GET https://x.example/p/learners/results in N ms',
    ]);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});
