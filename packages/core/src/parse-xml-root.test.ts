import { describe, expect, it } from 'vitest';
import { parseXmlRoot } from './parse-xml-root.js';

describe('parseXmlRoot', () => {
  it('returns the root element with text kept exactly and attributes prefixed', () => {
    const root = parseXmlRoot('<?xml version="1.0"?>\n<response><code> 0085 </code><a i:nil="true"/></response>\n');
    expect(root.name).toBe('response');
    expect(root.content).toMatchObject({ code: ' 0085 ', a: { '@_nil': 'true' } });
  });

  it('accepts a self-closed empty root', () => {
    expect(parseXmlRoot('<results/>')).toEqual({ name: 'results', content: '' });
  });

  it.each([
    ['a body cut off between elements', '<response><results><result>1</result>', /truncated/],
    ['two roots', '<a/><b/>', /2 top-level elements/],
    ['no element at all', 'just text', /no XML element/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseXmlRoot(text)).toThrow(message);
  });
});
