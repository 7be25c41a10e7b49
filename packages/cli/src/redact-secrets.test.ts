import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.js';

const KEY = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('redactSecrets', () => {
  it('masks the key whole, URL-encoded, and any 8-character piece of it', () => {
    const text = `key ${KEY}, encoded ${encodeURIComponent(`${KEY}+`)}, cut …0305e82c33`;
    const out = redactSecrets(text, [KEY]);
    expect(out).not.toContain(KEY);
    expect(out).not.toContain('0305e82c');
    expect(out).toContain('[REDACTED]');
  });

  it('masks a short key only as a whole word', () => {
    expect(redactSecrets('export x with key x', ['x'])).toBe('export [REDACTED] with key [REDACTED]');
  });

  it('masks the key upper-cased and without its hyphens, as a server may echo a GUID', () => {
    const out = redactSecrets(`a ${KEY.toUpperCase()} b ${KEY.replace(/-/g, '')} c`, [KEY]);
    expect(out).toBe('a [REDACTED] b [REDACTED] c');
  });

  it('leaves text without secrets alone', () => {
    expect(redactSecrets('nothing here', [KEY, ''])).toBe('nothing here');
  });
});
