// The format rule both local servers use: `format=json`, else an Accept header that names JSON,
// else XML. Each row is a request shape a public Litmos client sends (or a trap near one).
import { describe, expect, it } from 'vitest';
import { acceptsJsonExplicitly, chooseFormat, formatParameter } from './index.js';

describe('chooseFormat', () => {
  it.each([
    // [format parameter, Accept header, expected]
    [null, undefined, 'xml'], // no Accept, no format (Trifoia's JS SDK)
    [null, '*/*', 'xml'], // curl, Node fetch
    ['json', '*/*', 'json'], // python-litmos-api
    ['json', undefined, 'json'], // LitmosTS, litmos-mcp
    [null, 'application/json', 'json'], // kennon's Ruby client: Accept only
    [null, 'application/xml', 'xml'], // baton-litmos (Go)
    ['JSON', undefined, 'json'], // value in any case
    [' json ', undefined, 'json'],
    ['json', 'application/xml', 'json'], // the parameter wins over Accept
    ['xml', 'application/json', 'json'], // a format other than json is ignored, not a switch to XML
    ['xml', undefined, 'xml'],
    ['', undefined, 'xml'],
    ['jsonp', undefined, 'xml'],
  ] as const)('format=%j, Accept %j → %s', (format, accept, expected) => {
    expect(chooseFormat(format, accept)).toBe(expected);
  });
});

describe('acceptsJsonExplicitly', () => {
  it.each([
    ['application/json', true],
    ['text/json', true],
    ['Application/JSON; charset=utf-8', true],
    ['application/json, text/plain, */*', true], // axios' default
    ['text/html, application/xml;q=0.9, application/json;q=0.8', false],
    ['application/xml;q=0.5, application/json', true],
    ['application/json, application/xml', true], // a tie goes to the first
    ['application/xml, application/json', false],
    ['application/json;q=0', false], // q=0 means "not acceptable"
    ['application/json;q=abc', false], // an unreadable quality does not count
    ['application/json;q=2', false],
    ['*/*', false],
    ['application/*', false],
    ['application/problem+json', false],
    ['', false],
    [null, false],
    [undefined, false],
    [['text/plain', 'application/json'], true], // a header sent twice
  ] as const)('%j → %s', (accept, expected) => {
    expect(acceptsJsonExplicitly(accept)).toBe(expected);
  });
});

describe('formatParameter', () => {
  it('finds the parameter in any case, the first when repeated', () => {
    expect(formatParameter(new URLSearchParams('source=x&Format=json'))).toBe('json');
    expect(formatParameter(new URLSearchParams('FORMAT=xml&format=json'))).toBe('xml');
    expect(formatParameter(new URLSearchParams('source=x'))).toBeNull();
  });
});
