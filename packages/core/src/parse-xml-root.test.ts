import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseXmlRoot, type XmlValue } from './parse-xml-root.js';

describe('parseXmlRoot', () => {
  it('returns the root with text kept exactly, nil as null, and children by local name', () => {
    const root = parseXmlRoot(
      '\uFEFF<?xml version="1.0"?>\n<a:response xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><code> 0085 </code><x i:nil="true"/><y nil="true">z</y><e/><f></f></a:response>\n',
    );
    expect(root).toEqual({ name: 'response', content: { code: ' 0085 ', x: null, y: null, e: '', f: '' } });
  });

  it('makes repeated names arrays, keeps order, and drops indentation between elements', () => {
    const root = parseXmlRoot('<Users>\n  <User><Id>1</Id></User>\n  <User>\n    <Id>2</Id>\n  </User>\n</Users>');
    expect(root.content).toEqual({ User: [{ Id: '1' }, { Id: '2' }] });
  });

  it('decodes the predefined entities, character references and CDATA, and skips comments', () => {
    const root = parseXmlRoot(
      '<r><t>a &amp; b &lt;c&gt; &quot;&apos; &#233;&#x1F600; &nbsp;</t><c><![CDATA[<raw> & ]]></c><!-- note --><d>x<!-- y -->z</d></r>',
    );
    expect(root.content).toEqual({ t: 'a & b <c> "\' é😀 &nbsp;', c: '<raw> & ', d: 'xz' });
  });

  it('keeps text beside child elements under #text, and element names that shadow Object.prototype as data', () => {
    const root = parseXmlRoot('<r>note<b>1</b><__proto__>p</__proto__><constructor>c</constructor><constructor>d</constructor></r>');
    const content = root.content as Record<string, unknown>;
    expect(Object.getPrototypeOf(content)).toBe(Object.prototype);
    expect(Object.hasOwn(content, '__proto__')).toBe(true);
    expect(content).toEqual({ '#text': 'note', b: '1', ['__proto__']: 'p', constructor: ['c', 'd'] });
  });

  it('accepts a self-closed empty root', () => {
    expect(parseXmlRoot('<results/>')).toEqual({ name: 'results', content: '' });
  });

  it.each([
    ['a body cut off between elements', '<response><results><result>1</result>', /truncated/],
    ['a body cut off inside a tag', '<response><results><res', /truncated/],
    ['a body cut off inside an attribute', '<response a="1', /truncated/],
    ['two roots', '<a/><b/>', /2 top-level elements/],
    ['no element at all', 'just text', /no XML element/],
    ['text after the root', '<a/>oops', /text after its root/],
    ['a mismatched end tag', '<a><b></c></a>', /does not close <b>/],
    ['an end tag with nothing open', '</a>', /unexpected end tag/],
    ['a DOCTYPE', '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', /DOCTYPE/],
    ['an attribute without a value', '<a b></a>', /malformed attribute/],
    ['nesting beyond the limit', `${'<a>'.repeat(300)}${'</a>'.repeat(300)}`, /deeper than 256/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseXmlRoot(text)).toThrow(message);
  });
});

// The tree matches fast-xml-parser's (with the settings the SDKs used before this reader) once
// attributes are reduced to what they mean here: the two readers agree on every document below.
describe('parseXmlRoot against fast-xml-parser', () => {
  const reference = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });

  /** fast-xml-parser's tree, with `i:nil` as null, attributes dropped and blank `#text` removed. */
  function normalise(node: unknown): XmlValue | XmlValue[] {
    if (Array.isArray(node)) return node.map((item) => normalise(item) as XmlValue);
    if (typeof node !== 'object' || node === null) return String(node ?? '');
    const record = node as Record<string, unknown>;
    if (record['@_nil'] === 'true') return null;
    const names = Object.keys(record).filter((key) => !key.startsWith('@_') && key !== '#text');
    const text = record['#text'] === undefined ? '' : String(record['#text']);
    if (names.length === 0) return text;
    const out: Record<string, XmlValue | XmlValue[]> = {};
    for (const name of names) out[name] = normalise(record[name]);
    if (text.trim() !== '') out['#text'] = text;
    return out;
  }

  const name = fc.constantFrom('User', 'Id', 'a:Name', 'Items', 'Item', 'Score', 'x');
  const text = fc
    .array(
      fc.oneof(fc.constantFrom('&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#233;', '&#x1F600;', ' ', '\n  ', '0085'), fc.string({ unit: 'grapheme-ascii' })),
      {
        maxLength: 6,
      },
    )
    .map((parts) =>
      parts
        .join('')
        .replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))
        .replace(/&amp;(amp|lt|gt|quot|apos|#233|#x1F600);/g, '&$1;'),
    );
  const element: fc.Arbitrary<string> = fc.letrec<{ element: string }>((tie) => ({
    element: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.tuple(name, text).map(([n, t]) => `<${n}>${t}</${n}>`),
      fc.tuple(name, fc.boolean()).map(([n, spaced]) => (spaced ? `<${n} i:nil="true" />` : `<${n}/>`)),
      fc.tuple(name, text).map(([n, t]) => `<${n}><![CDATA[${t.replace(/]]>/g, '')}]]></${n}>`),
      fc
        .tuple(name, fc.array(tie('element'), { minLength: 1, maxLength: 5 }), fc.constantFrom('', '\n  ', ' '))
        .map(([n, children, gap]) => `<${n} xmlns:i="http://www.w3.org/2001/XMLSchema-instance">${gap}${children.join(gap)}${gap}</${n}>`),
    ),
  })).element;

  it('gives the same tree for element-only and text-only documents', () => {
    fc.assert(
      fc.property(element, (doc) => {
        const ours = parseXmlRoot(doc);
        const theirs = reference.parse(doc) as Record<string, unknown>;
        const rootName = Object.keys(theirs)[0] as string;
        expect(ours.name).toBe(rootName);
        expect(ours.content).toEqual(normalise(theirs[rootName]));
      }),
      { numRuns: 300 },
    );
  });
});
