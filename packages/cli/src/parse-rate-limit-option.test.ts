import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { parseIntegerOption } from './parse-integer-option.js';
import { parseRateLimitOption } from './parse-rate-limit-option.js';

describe('parseRateLimitOption', () => {
  it('reads <requests>/<ms>', () => {
    expect(parseRateLimitOption('100/60000')).toEqual({ limit: 100, windowMs: 60_000 });
    expect(parseRateLimitOption(' 5/1000 ')).toEqual({ limit: 5, windowMs: 1000 });
  });

  it.each(['100', '100/60s', '0/1000', '10/0', '-1/5', 'a/b'])('refuses %j', (text) => {
    expect(() => parseRateLimitOption(text)).toThrow(CliError);
  });
});

describe('parseIntegerOption', () => {
  it('keeps a whole number within bounds and names the flag and range otherwise', () => {
    expect(parseIntegerOption('1000', '--page-size', 1, 1000)).toBe(1000);
    expect(() => parseIntegerOption('1001', '--page-size', 1, 1000)).toThrow('--page-size must be a whole number from 1 to 1000, got "1001"');
    expect(() => parseIntegerOption('2.5', '--limit', 1)).toThrow('--limit must be a whole number from 1 up');
    expect(() => parseIntegerOption('', '--limit', 1)).toThrow(CliError);
  });
});
