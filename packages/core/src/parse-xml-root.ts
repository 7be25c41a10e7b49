import { XMLParser } from 'fast-xml-parser';

/**
 * Parser settings for schema-directed decoding (Litmos, iSpring Learn): keep every value as text
 * (numbers like `0085` or phone numbers must not be reinterpreted; the schema decides types),
 * keep attributes so `i:nil` can be told from an empty string, and decode numeric character
 * references. fast-xml-parser's entity limits stay on against expansion bombs.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  // Text is kept exactly (leading and trailing spaces included); the indentation between
  // elements that this also keeps is dropped by the schema walk of each SDK.
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** The root element of an XML document. */
export interface XmlRoot {
  readonly name: string;
  readonly content: unknown;
}

/**
 * Parses an XML document and returns its root element.
 * @throws {Error} with a readable reason when the text is not one complete XML document.
 */
export function parseXmlRoot(text: string): XmlRoot {
  const doc = parser.parse(text) as Record<string, unknown>;
  const names = Object.keys(doc).filter((key) => key !== '#text');
  if (names.length !== 1) {
    throw new Error(names.length === 0 ? 'the body holds no XML element' : `the body holds ${names.length} top-level elements`);
  }
  const name = names[0] as string;
  // fast-xml-parser accepts a document cut off between two elements, so a truncated body
  // would look like a shorter list. A complete document ends by closing its root.
  const end = text.trimEnd();
  if (!end.endsWith(`</${name}>`) && !(end.endsWith('/>') && isEmptyElement(doc[name]))) {
    throw new Error(`the XML ends before its root element <${name}> is closed (truncated body?)`);
  }
  return { name, content: doc[name] };
}

function isEmptyElement(content: unknown): boolean {
  if (typeof content === 'string') return content.trim() === '';
  return typeof content === 'object' && content !== null && Object.keys(content).every((k) => k.startsWith('@_'));
}
