/**
 * Reads an XML request body the way WCF's DataContractSerializer reads it: elements are taken in
 * the schema's order, and an element that comes after a later one is silently ignored — which is
 * why Litmos documents that a reordered user body does not update the fields it moved. Unknown
 * elements are ignored; a root other than the schema's is refused. Text keeps its whitespace
 * (numbers, booleans and dates are trimmed, as .NET's `XmlConvert` does), entity and character
 * references are decoded (`&#10;` is a line feed), and CDATA is taken as written.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BAD_BODY_MESSAGE } from '../api/messages.js';
import { Refusal } from '../api/refusal.js';
import { deref, isLitmosDate, propertiesOf, type RefResolver, type Schema, typeOf, withoutNull, xmlOf } from '../spec-model/schema-tools.js';
import { parseXmlDateTime } from './wire-dates.js';
import { decodeXmlText } from './xml-text.js';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  removeNSPrefix: false,
  // References are decoded by decodeXmlText, in one pass, so `&amp;#10;` stays `&#10;`.
  processEntities: false,
  cdataPropName: '#cdata',
});

/** Parses and shapes an XML body. @throws Refusal 400 for malformed XML, a wrong root or bad values. */
export function readXmlBody(text: string, schema: Schema, resolve: RefResolver): unknown {
  if (XMLValidator.validate(text) !== true) throw new Refusal(400, BAD_BODY_MESSAGE);
  const nodes = parser.parse(text) as XmlNode[];
  const rootNode = nodes.find((n) => elementName(n) !== undefined && !elementName(n)!.startsWith('?'));
  if (!rootNode) throw new Refusal(400, BAD_BODY_MESSAGE);
  const expected = xmlOf(deref(schema, resolve)).name;
  // DataContractSerializer refuses a root it does not expect.
  if (expected && localName(elementName(rootNode)!) !== expected) throw new Refusal(400, BAD_BODY_MESSAGE);
  return fromXml(schema, rootNode, resolve);
}

/** The element name of a node; undefined for text and CDATA nodes. */
function elementName(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && !k.startsWith('#'));
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i >= 0 ? name.slice(i + 1) : name;
}

function children(node: XmlNode): XmlNode[] {
  const name = elementName(node) ?? (node['#cdata'] ? '#cdata' : undefined);
  const kids = name ? node[name] : undefined;
  return Array.isArray(kids) ? (kids as XmlNode[]) : [];
}

/** The text of an element: its text nodes decoded, its CDATA sections as written. */
function textOf(node: XmlNode): string {
  let text = '';
  for (const child of children(node)) {
    if (typeof child['#text'] === 'string') {
      const decoded = decodeXmlText(child['#text']);
      if (decoded === undefined) throw new Refusal(400, BAD_BODY_MESSAGE);
      text += decoded;
    } else if (child['#cdata']) {
      text += children(child)
        .map((c) => String(c['#text'] ?? ''))
        .join('');
    }
  }
  return text;
}

function isNil(node: XmlNode): boolean {
  const attrs = node[':@'] ?? {};
  return Object.entries(attrs).some(([k, v]) => (k === 'nil' || k.endsWith(':nil')) && v === 'true');
}

function fromXml(schema: Schema, node: XmlNode, resolve: RefResolver): unknown {
  const view = withoutNull(schema, resolve);
  if (isNil(node)) return null;
  const type = typeOf(view.schema);
  if (type === 'object') return objectFromXml(view.schema, node, resolve);
  if (type === 'array') {
    const items = (view.schema.items ?? {}) as Schema;
    return children(node)
      .filter((c) => elementName(c) !== undefined)
      .map((c) => fromXml(items, c, resolve));
  }
  return scalarFromText(view.schema, textOf(node));
}

/** The members of an object element, in schema order; out-of-order and unknown elements are skipped. */
function objectFromXml(schema: Schema, node: XmlNode, resolve: RefResolver): Record<string, unknown> {
  const props = propertiesOf(schema);
  const order = new Map(props.map(([name], i) => [name, i]));
  const out: Record<string, unknown> = {};
  let cursor = -1;
  for (const child of children(node)) {
    const name = elementName(child);
    if (!name) continue;
    const local = localName(name);
    const index = order.get(local) ?? findArrayItem(props, local, resolve);
    if (index === undefined) continue; // unknown element: ignored, as WCF does
    const [prop, propSchema] = props[index]!;
    const propView = withoutNull(propSchema, resolve);
    // An unwrapped list repeats its item element, so the same position may come again.
    const repeated = typeOf(propView.schema) === 'array' && !xmlOf(propView.schema).wrapped;
    if (index < cursor || (index === cursor && !repeated)) continue; // out of order
    cursor = index;
    if (repeated) {
      const list = (out[prop] as unknown[] | undefined) ?? [];
      list.push(fromXml((propView.schema.items ?? {}) as Schema, child, resolve));
      out[prop] = list;
    } else {
      out[prop] = fromXml(propSchema, child, resolve);
    }
  }
  return out;
}

/** Unwrapped list properties are matched by their item element name (`<User>` for `User[]`). */
function findArrayItem(props: Array<[string, Schema]>, element: string, resolve: RefResolver): number | undefined {
  for (let i = 0; i < props.length; i++) {
    const view = withoutNull(props[i]![1], resolve);
    if (typeOf(view.schema) !== 'array' || xmlOf(view.schema).wrapped) continue;
    const items = (view.schema.items ?? {}) as Schema;
    if ((xmlOf(items).name ?? xmlOf(deref(items, resolve)).name) === element) return i;
  }
  return undefined;
}

function scalarFromText(schema: Schema, raw: string): unknown {
  const type = typeOf(schema);
  // Strings keep every character; XmlConvert trims the other types before reading them.
  if (type === 'string' && !isLitmosDate(schema)) return raw;
  const text = raw.trim();
  if (isLitmosDate(schema)) {
    if (text === '') return '';
    const ms = parseXmlDateTime(text);
    if (ms === undefined) throw new Refusal(400, BAD_BODY_MESSAGE);
    return ms;
  }
  switch (type) {
    case 'boolean':
      if (/^(true|1)$/i.test(text)) return true;
      if (/^(false|0)$/i.test(text)) return false;
      throw new Refusal(400, BAD_BODY_MESSAGE);
    case 'integer':
    case 'number': {
      if (text === '') return null;
      const n = Number(text);
      if (!Number.isFinite(n)) throw new Refusal(400, BAD_BODY_MESSAGE);
      return n;
    }
    default:
      return text;
  }
}
