// Builds XML request bodies for the tests the way a client's serialiser does: elements in the
// order of the spec's request schema (DataContract order), list items under the item element
// name, and text escaped like our SDK escapes it (tab, LF and CR as character references).
import { deref, propertiesOf, type RefResolver, type Schema, typeOf, withoutNull, xmlOf } from '../src/spec-model/schema-tools.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Escapes text as a client writes it into XML. */
export const escapeAsClient = (text: string): string => text.replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!);

/**
 * The XML document for `value` under a request schema; properties the value lacks are left out.
 * A list value (the JSON form, a bare array) goes into the schema's list wrapper (`<Users><User>`).
 */
export function xmlRequestBody(schema: Schema, value: unknown, resolve: RefResolver): string {
  const root = deref(schema, resolve);
  const props = propertiesOf(root);
  const wrapped = Array.isArray(value) && typeOf(root) === 'object' && props.length === 1 ? { [props[0]![0]]: value } : value;
  return element(xmlOf(root).name ?? 'root', schema, wrapped, resolve);
}

function element(name: string, schema: Schema, value: unknown, resolve: RefResolver): string {
  const view = withoutNull(schema, resolve);
  const type = typeOf(view.schema);
  if (type === 'object') {
    const record = (value ?? {}) as Record<string, unknown>;
    const inner = propertiesOf(view.schema)
      .filter(([prop]) => record[prop] !== undefined)
      .map(([prop, propSchema]) => property(prop, propSchema, record[prop], resolve))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  if (type === 'array') return `<${name}>${items(view.schema, value, resolve)}</${name}>`;
  return `<${name}>${escapeAsClient(String(value))}</${name}>`;
}

function property(prop: string, schema: Schema, value: unknown, resolve: RefResolver): string {
  const view = withoutNull(schema, resolve);
  if (typeOf(view.schema) === 'array' && !xmlOf(view.schema).wrapped) return items(view.schema, value, resolve, prop);
  return element(xmlOf(view.schema).name ?? prop, schema, value, resolve);
}

function items(schema: Schema, value: unknown, resolve: RefResolver, fallback = 'item'): string {
  const itemSchema = (schema.items ?? {}) as Schema;
  const name = xmlOf(itemSchema).name ?? xmlOf(deref(itemSchema, resolve)).name ?? fallback;
  return (Array.isArray(value) ? value : []).map((item) => element(name, itemSchema, item, resolve)).join('');
}
