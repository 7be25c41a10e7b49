import { describe, expect, it } from 'vitest';
import { bodyFormat } from './body-format.js';

describe('bodyFormat', () => {
  it.each([
    ['application/xml; charset=utf-8', '<a/>', 'xml'],
    ['application/problem+json', '{}', 'json'],
    ['text/xml', '', 'xml'],
    ['text/html', '<html></html>', 'html'],
    [null, '  <response/>', 'xml'],
    [null, '[1]', 'json'],
    [null, '{"a":1}', 'json'],
    ['text/plain', 'hello', undefined],
    [null, '', undefined],
  ] as const)('reads %s with body %j as %s', (type, text, expected) => {
    expect(bodyFormat(type, text)).toBe(expected);
  });
});
