// An XML shape checker written for the tests, independent of the sandbox's XML writer: it parses
// an XML answer and compares it with the spec's schema — root element name, `xmlns:i`, child
// element order, item element names, `i:nil` only where null is allowed, and scalar forms
// (Litmos dates zone-less or, for people, ending in `Z`, with `T` or the activity logs' space;
// booleans, integers). It returns a list of problems (empty = conforms).
import { XMLParser } from 'fast-xml-parser';
import { deref, isLitmosDate, propertiesOf, type RefResolver, type Schema, typeOf, withoutNull, xmlOf } from '../src/spec-model/schema-tools.js';

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: false });

const nameOf = (n: Node) => Object.keys(n).find((k) => k !== ':@');
const kids = (n: Node): Node[] => (n[nameOf(n)!] as Node[]).filter((c) => nameOf(c) !== '#text');
const text = (n: Node) => (n[nameOf(n)!] as Node[]).map((c) => String(c['#text'] ?? '')).join('');
const nil = (n: Node) => n[':@']?.['i:nil'] === 'true';

/** Checks `xml` against `schema`; returns human-readable problems. */
export function checkXmlShape(xml: string, schema: Schema, resolve: RefResolver, options: { requireXsi?: boolean } = {}): string[] {
  const problems: string[] = [];
  const nodes = (parser.parse(xml) as Node[]).filter((n) => nameOf(n) && !nameOf(n)!.startsWith('?'));
  if (nodes.length !== 1) return [`expected one root element, got ${nodes.length}`];
  const root = nodes[0]!;
  const rootSchema = deref(schema, resolve);
  const expected = xmlOf(rootSchema).name;
  if (nameOf(root) !== expected) problems.push(`root is <${nameOf(root)}>, spec says <${expected}>`);
  if (options.requireXsi !== false && root[':@']?.['xmlns:i'] !== 'http://www.w3.org/2001/XMLSchema-instance') problems.push('root lacks xmlns:i');
  checkNode(root, schema, resolve, `/${nameOf(root)}`, problems);
  return problems;
}

function checkNode(node: Node, schema: Schema, resolve: RefResolver, at: string, problems: string[]): void {
  const view = withoutNull(schema, resolve);
  if (nil(node)) {
    if (!view.nullable) problems.push(`${at}: i:nil on a non-nullable element`);
    return;
  }
  const type = typeOf(view.schema);
  if (type === 'object') {
    // Fields only some answers carry may appear too, in their place.
    const props = propertiesOf(view.schema, { sometimesAbsent: true });
    // The expected element sequence: each property once, or its items for unwrapped arrays.
    let cursor = 0;
    const seen = new Set<string>();
    for (const child of kids(node)) {
      const name = nameOf(child)!;
      let index = -1;
      for (let i = cursor; i < props.length; i++) {
        const [prop, propSchema] = props[i]!;
        const pv = withoutNull(propSchema, resolve);
        const itemName =
          typeOf(pv.schema) === 'array' && !xmlOf(pv.schema).wrapped
            ? (xmlOf((pv.schema.items ?? {}) as Schema).name ?? xmlOf(deref((pv.schema.items ?? {}) as Schema, resolve)).name ?? prop)
            : undefined;
        if ((itemName ?? prop) === name) {
          index = i;
          break;
        }
      }
      if (index < 0) {
        problems.push(`${at}: <${name}> is unknown here or out of order`);
        continue;
      }
      const [prop, propSchema] = props[index]!;
      const pv = withoutNull(propSchema, resolve);
      seen.add(prop);
      const unwrappedArray = typeOf(pv.schema) === 'array' && !xmlOf(pv.schema).wrapped;
      cursor = unwrappedArray ? index : index + 1;
      if (unwrappedArray) checkNode(child, (pv.schema.items ?? {}) as Schema, resolve, `${at}/${name}`, problems);
      else checkNode(child, propSchema, resolve, `${at}/${name}`, problems);
    }
    const required = Array.isArray(view.schema.required) ? (view.schema.required as string[]) : [];
    for (const r of required) {
      const pv = withoutNull((view.schema.properties as Record<string, Schema>)[r]!, resolve);
      if (!seen.has(r) && !(typeOf(pv.schema) === 'array' && !xmlOf(pv.schema).wrapped)) problems.push(`${at}: required <${r}> missing`);
    }
    return;
  }
  if (type === 'array') {
    const items = (view.schema.items ?? {}) as Schema;
    const itemXml = { ...xmlOf(deref(items, resolve)), ...xmlOf(items) };
    const itemName = itemXml.name && itemXml.prefix ? `${itemXml.prefix}:${itemXml.name}` : itemXml.name;
    for (const child of kids(node)) {
      if (itemName && nameOf(child) !== itemName) problems.push(`${at}: item <${nameOf(child)}>, spec says <${itemName}>`);
      checkNode(child, items, resolve, `${at}/${nameOf(child)}`, problems);
    }
    return;
  }
  const value = text(node);
  if (kids(node).length > 0) problems.push(`${at}: scalar with child elements`);
  if (isLitmosDate(view.schema)) {
    // Zone-less, except a person's dates, which Litmos writes with a trailing `Z` in XML too.
    if (value !== '' && !/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z?$/.test(value)) problems.push(`${at}: date "${value}" is not a Litmos XML date`);
  } else if (type === 'boolean') {
    if (value !== 'true' && value !== 'false') problems.push(`${at}: boolean "${value}"`);
  } else if (type === 'integer') {
    if (!/^-?\d+$/.test(value)) problems.push(`${at}: integer "${value}"`);
  } else if (type === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(value)) problems.push(`${at}: number "${value}"`);
  } else if (Array.isArray(view.schema.enum) && !view.schema.enum.includes(value)) {
    problems.push(`${at}: "${value}" is not one of ${view.schema.enum.join(', ')}`);
  }
}
