import { describe, expect, it, vi } from 'vitest';
import { createLitmos } from './create-litmos.js';
import { resolveOptions } from './options.js';

const valid = { apiKey: 'k', source: 'tests' };

describe('createLitmos options', () => {
  it.each([
    ['no options', undefined, /`options`/],
    ['no key', { source: 'tests' }, /`apiKey`/],
    ['a blank key', { apiKey: '  ', source: 'tests' }, /`apiKey`/],
    ['no source', { apiKey: 'k' }, /`source`/],
    ['a source over 50 characters', { apiKey: 'k', source: 'x'.repeat(51) }, /`source`/],
    ['an unknown region', { ...valid, region: 'mars' }, /`region` to be one of us, eu, au/],
    ['region and baseUrl together', { ...valid, region: 'eu', baseUrl: 'http://127.0.0.1:1' }, /either `region` or `baseUrl`/],
    ['a baseUrl that is not http(s)', { ...valid, baseUrl: 'ftp://x' }, /`baseUrl`/],
    ['an unknown format', { ...valid, format: 'csv' }, /`format`/],
    ['a zero timeout', { ...valid, timeoutMs: 0 }, /`timeoutMs`/],
    ['an unknown validation policy', { ...valid, validation: 'lenient' }, /`validation` to be one of 'report', 'strict', 'off'/],
    ['an onDrift hook that is not a function', { ...valid, hooks: { onDrift: 'alert' } }, /`hooks.onDrift`/],
  ])('throws a TypeError for %s, before any request', (_name, options, message) => {
    const fetch = vi.fn();
    expect(() => createLitmos(options === undefined ? (undefined as never) : ({ fetch, ...options } as never))).toThrow(TypeError);
    expect(() => createLitmos(options === undefined ? (undefined as never) : ({ fetch, ...options } as never))).toThrow(message);
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    [undefined, 'https://api.litmos.com/v1.svc'],
    ['us', 'https://api.litmos.com/v1.svc'],
    ['eu', 'https://api.litmoseu.com/v1.svc'],
    ['au', 'https://api.litmos.com.au/v1.svc'],
  ] as const)('maps region %s to %s', (region, baseUrl) => {
    expect(resolveOptions({ ...valid, ...(region ? { region } : {}) }).baseUrl).toBe(baseUrl);
  });

  it('reads with the report policy unless told otherwise', () => {
    expect(resolveOptions(valid).validation).toBe('report');
    expect(resolveOptions({ ...valid, validation: 'strict' }).validation).toBe('strict');
  });

  it('rejects bad call parameters with a TypeError before any request', () => {
    const fetch = vi.fn();
    const litmos = createLitmos({ ...valid, baseUrl: 'http://127.0.0.1:9', fetch });
    expect(() => litmos.achievements.list({ limit: 1001 })).toThrow(/`limit` to be an integer from 1 to 1000/);
    expect(() => litmos.achievements.list({ limit: 0 })).toThrow(TypeError);
    expect(() => litmos.achievements.list({ nope: 1 } as never)).toThrow(/unknown parameter `nope`/);
    expect(() => litmos.achievements.list({ source: 'x' } as never)).toThrow(/set on the client/);
    expect(fetch).not.toHaveBeenCalled();
  });
});
