import { describe, expect, it } from 'vitest';
import { resolveBaseUrl } from './resolve-base-url.js';

describe('resolveBaseUrl', () => {
  it('takes an http(s) URL and drops trailing slashes', () => {
    expect(resolveBaseUrl('https://api.litmos.com/v1.svc/')).toBe('https://api.litmos.com/v1.svc');
    expect(resolveBaseUrl('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
  });

  it.each([
    ['a query', 'https://api.litmos.com/v1.svc?x=1', /without a query \(\?\) or fragment \(#\)/],
    ['an empty query', 'https://api.litmos.com/v1.svc?', /without a query/],
    ['a fragment', 'https://api.litmos.com/v1.svc#top', /without a query/],
    ['another scheme', 'ftp://api.litmos.com/', /http\(s\) URL/],
    ['no host', 'https:///v1.svc', /http\(s\) URL/],
    ['not a string', 42, /http\(s\) URL/],
  ])('refuses %s with a TypeError', (_name, value, message) => {
    expect(() => resolveBaseUrl(value, 'baseUrl')).toThrow(TypeError);
    expect(() => resolveBaseUrl(value, 'baseUrl')).toThrow(message);
  });

  it('refuses credentials in the URL without repeating them', () => {
    expect(() => resolveBaseUrl('https://user:s3cret@api.litmos.com/v1.svc', 'lrs.baseUrl')).toThrow(
      'Expected `lrs.baseUrl` to be an http(s) URL without a user name or password in it',
    );
  });
});
