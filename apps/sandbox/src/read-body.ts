/**
 * Reads a request body (XML or JSON) into plain values, driven by the operation's request schema.
 * XML is read the way WCF's DataContractSerializer reads it: elements are taken in the schema's
 * order, and an element that comes after a later one is silently ignored — which is why Litmos
 * documents that a reordered user body does not update the fields it moved (litmos-api.md §1.4).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseIsoDate, parseWcfDate } from './litmos-dates.js';
import { LitmosError } from './litmos-error.js';
import { deref, isLitmosDate, propertiesOf, type RefResolver, type Schema, typeOf, withoutNull, xmlOf } from './schema-tools.js';

/** The message Litmos sends for a body it cannot read. */
export const BAD_BODY_MESSAGE = 'Please check the xml/json in the body of the request';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  removeNSPrefix: false,
  processEntities: true,
});

/** Which body reader a Content-Type selects, or undefined for one Litmos does not take. */
export function bodyKind(contentType: string | undefined): 'xml' | 'json' | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type === 'text/json') return 'json';
  if (type === 'application/xml' || type === 'text/xml') return 'xml';
  return undefined;
}

/**
 * Parses and shapes a body.
 * @throws LitmosError 400 for unreadable text or a root element other than the schema's;
 *   500 (WCF HTML page) for a JSON date in ISO form, which Litmos' JSON reader rejects (§1.5).
 */
export function readBody(text: string, kind: 'xml' | 'json', schema: Schema, resolve: RefResolver): unknown {
  if (kind === 'json') {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new LitmosError(400, BAD_BODY_MESSAGE);
    }
    return fromJson(schema, raw, resolve);
  }
  if (XMLValidator.validate(text) !== true) throw new LitmosError(400, BAD_BODY_MESSAGE);
  const nodes = parser.parse(text) as XmlNode[];
  const rootNode = nodes.find((n) => elementName(n) !== undefined && !elementName(n)!.startsWith('?'));
  if (!rootNode) throw new LitmosError(400, BAD_BODY_MESSAGE);
  const root = deref(schema, resolve);
  const expected = xmlOf(root).name;
  const actual = localName(elementName(rootNode)!);
  // DataContractSerializer refuses a root it does not expect.
  if (expected && actual !== expected) throw new LitmosError(400, BAD_BODY_MESSAGE);
  return fromXml(schema, rootNode, resolve);
}

function elementName(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && k !== '#text');
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i >= 0 ? name.slice(i + 1) : name;
}

function children(node: XmlNode): XmlNode[] {
  const name = elementName(node);
  const kids = name ? node[name] : undefined;
  return Array.isArray(kids) ? (kids as XmlNode[]) : [];
}

function textOf(node: XmlNode): string {
  return children(node)
    .map((c) => (typeof c['#text'] === 'string' || typeof c['#text'] === 'number' ? String(c['#text']) : ''))
    .join('');
}

function isNil(node: XmlNode): boolean {
  const attrs = node[':@'] ?? {};
  return Object.entries(attrs).some(([k, v]) => (k === 'nil' || k.endsWith(':nil')) && v === 'true');
}

function fromXml(schema: Schema, node: XmlNode, resolve: RefResolver): unknown {
  const view = withoutNull(schema, resolve);
  if (isNil(node)) return null;
  const type = typeOf(view.schema);
  if (type === 'object') {
    const props = propertiesOf(view.schema);
    const order = new Map(props.map(([name], i) => [name, i]));
    const out: Record<string, unknown> = {};
    let cursor = -1;
    for (const child of children(node)) {
      const name = elementName(child);
      if (!name || name === '#text') continue;
      const local = localName(name);
      const index = order.get(local) ?? findArrayItem(props, local, resolve);
      if (index === undefined) continue; // unknown element: ignored, as WCF does
      const [prop, propSchema] = props[index]!;
      const propView = withoutNull(propSchema, resolve);
      const isArray = typeOf(propView.schema) === 'array';
      if (index < cursor || (index === cursor && !(isArray && !xmlOf(propView.schema).wrapped))) continue; // out of order
      cursor = index;
      if (isArray && !xmlOf(propView.schema).wrapped) {
        const list = (out[prop] as unknown[] | undefined) ?? [];
        list.push(fromXml((propView.schema.items ?? {}) as Schema, child, resolve));
        out[prop] = list;
      } else {
        out[prop] = fromXml(propSchema, child, resolve);
      }
    }
    return out;
  }
  if (type === 'array') {
    const items = (view.schema.items ?? {}) as Schema;
    return children(node)
      .filter((c) => elementName(c) && elementName(c) !== '#text')
      .map((c) => fromXml(items, c, resolve));
  }
  return scalarFromText(view.schema, textOf(node));
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

function scalarFromText(schema: Schema, text: string): unknown {
  if (isLitmosDate(schema)) {
    if (text === '') return '';
    const ms = parseIsoDate(text);
    if (ms === undefined) throw new LitmosError(400, BAD_BODY_MESSAGE);
    return ms;
  }
  switch (typeOf(schema)) {
    case 'boolean':
      if (/^(true|1)$/i.test(text)) return true;
      if (/^(false|0)$/i.test(text)) return false;
      throw new LitmosError(400, BAD_BODY_MESSAGE);
    case 'integer':
    case 'number': {
      if (text === '') return null;
      const n = Number(text);
      if (!Number.isFinite(n)) throw new LitmosError(400, BAD_BODY_MESSAGE);
      return n;
    }
    default:
      return text;
  }
}

function fromJson(schema: Schema, value: unknown, resolve: RefResolver): unknown {
  const view = withoutNull(schema, resolve);
  if (value === null || value === undefined) return value;
  const type = typeOf(view.schema);
  if (type === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) throw new LitmosError(400, BAD_BODY_MESSAGE);
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [prop, propSchema] of propertiesOf(view.schema)) {
      if (prop in record) out[prop] = fromJson(propSchema, record[prop], resolve);
    }
    return out;
  }
  if (type === 'array') {
    if (!Array.isArray(value)) throw new LitmosError(400, BAD_BODY_MESSAGE);
    return value.map((item) => fromJson((view.schema.items ?? {}) as Schema, item, resolve));
  }
  if (isLitmosDate(view.schema)) {
    if (value === '') return '';
    const ms = typeof value === 'string' ? parseWcfDate(value) : undefined;
    // Recorded traffic: the same call with an ISO date got a 500 WCF error page (§1.5).
    if (ms === undefined) throw new LitmosError(500, 'The server encountered an error processing the request.', { html: true });
    return ms;
  }
  switch (typeOf(view.schema)) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      throw new LitmosError(400, BAD_BODY_MESSAGE);
    case 'integer':
    case 'number':
      if (typeof value === 'number') return value;
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
      throw new LitmosError(400, BAD_BODY_MESSAGE);
    default:
      return typeof value === 'string' ? value : String(value);
  }
}
