// Reading XML answers the way XML clients do: a generic parser, no schema.
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, attributeNamePrefix: '@_' });

/** The document's root element name and content. */
export function xmlRoot(text: string): { name: string; content: any } {
  const doc = parser.parse(text) as Record<string, unknown>;
  const name = Object.keys(doc).find((key) => !key.startsWith('?'));
  if (!name) throw new Error(`Not an XML document: ${text.slice(0, 100)}`);
  return { name, content: doc[name] };
}

/** The items of a list answer such as `<Users><User>…</User>…</Users>`, as an array. */
export function xmlItems(text: string, root: string, item: string): any[] {
  const { name, content } = xmlRoot(text);
  if (name !== root) throw new Error(`Expected <${root}>, got <${name}>`);
  const found = typeof content === 'object' && content !== null ? content[item] : undefined;
  return found === undefined ? [] : ([] as any[]).concat(found);
}

/** Litmos' empty list: the root element with its XMLSchema-instance namespace and nothing else. */
export function isEmptyXmlList(text: string, root: string): boolean {
  return new RegExp(`^(<\\?xml[^>]*\\?>)?\\s*<${root} xmlns:i="http://www.w3.org/2001/XMLSchema-instance"\\s*(/>|>\\s*</${root}>)$`).test(text.trim());
}
