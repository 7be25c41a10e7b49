/**
 * Writes a value as Litmos' WCF DataContract XML, driven by the spec's schema: the root element
 * is the schema's `xml.name` with the `xmlns:i` namespace, children follow the schema's property
 * order, nulls are `<X i:nil="true"/>`, empty strings `<X/>`, dates zone-less ISO, list wrappers
 * (`<Users><User>…`) unwrapped and `xml.wrapped` arrays wrapped. Output is compact, as WCF sends it.
 */
import { deref, isPersonRecord, type RefResolver, type Schema, typeOf, withoutNull, writtenPropertiesOf, xmlOf } from '../spec-model/schema-tools.js';
import { scalarFor } from './scalar-for.js';
import { formatIsoUtc, formatXmlDateTime } from './wire-dates.js';
import { escapeXmlText, XSI_NAMESPACE } from './xml-text.js';

/**
 * Serialises `value` as the document described by `schema`.
 * @param fallbackName root element name when the schema has no `xml.name`.
 */
export function writeXmlDocument(schema: Schema, value: unknown, resolve: RefResolver, fallbackName = 'root'): string {
  const root = deref(schema, resolve);
  const name = xmlOf(root).name ?? (typeof root.title === 'string' ? root.title : fallbackName);
  const ns = xmlOf(root).namespace;
  const attrs = `${ns ? ` xmlns="${escapeXmlText(ns)}"` : ''} xmlns:i="${XSI_NAMESPACE}"`;
  const out: string[] = [];
  writeElement(out, name, schema, value, resolve, attrs);
  return out.join('');
}

/** Writes one element; `person` is true for the fields of a person record, whose dates end in `Z`. */
function writeElement(out: string[], name: string, schema: Schema, value: unknown, resolve: RefResolver, attrs = '', person = false): void {
  const view = withoutNull(schema, resolve);
  const type = typeOf(view.schema);
  if (type === 'object') {
    if (value === null || value === undefined) {
      if (view.nullable) {
        out.push(`<${name}${attrs} i:nil="true"/>`);
        return;
      }
    }
    const record = (value ?? {}) as Record<string, unknown>;
    const props = writtenPropertiesOf(view.schema, record, 'xml');
    const start = out.length;
    out.push(`<${name}${attrs}>`);
    const bodyStart = out.length;
    if (props.length === 0) {
      // A free-form object: write what the record has, in its own order.
      for (const [k, v] of Object.entries(record)) out.push(`<${k}>${escapeXmlText(String(v ?? ''))}</${k}>`);
    }
    const personFields = isPersonRecord(view.schema);
    for (const [prop, propSchema] of props) writeProperty(out, prop, propSchema, record[prop], resolve, personFields);
    if (out.length === bodyStart) out[start] = `<${name}${attrs}/>`;
    else out.push(`</${name}>`);
    return;
  }
  if (type === 'array') {
    writeArray(out, name, view.schema, value, resolve, attrs, true);
    return;
  }
  const scalar = scalarFor(view, value);
  switch (scalar.kind) {
    case 'nil':
      out.push(`<${name}${attrs} i:nil="true"/>`);
      return;
    case 'empty-date':
      out.push(`<${name}${attrs}/>`);
      return;
    case 'date':
      // Litmos writes people's dates with `Z` and every other date without a zone (recorded traffic).
      out.push(`<${name}${attrs}>${person ? formatIsoUtc(scalar.ms) : formatXmlDateTime(scalar.ms)}</${name}>`);
      return;
    default: {
      const text = typeof scalar.value === 'boolean' ? String(scalar.value) : String(scalar.value);
      out.push(text === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${escapeXmlText(text)}</${name}>`);
    }
  }
}

function writeProperty(out: string[], prop: string, propSchema: Schema, value: unknown, resolve: RefResolver, person: boolean): void {
  const view = withoutNull(propSchema, resolve);
  if (typeOf(view.schema) === 'array') {
    const wrapped = xmlOf(view.schema).wrapped === true;
    if ((value === null || value === undefined) && view.nullable && wrapped) {
      out.push(`<${xmlOf(view.schema).name ?? prop} i:nil="true"/>`);
      return;
    }
    writeArray(out, xmlOf(view.schema).name ?? prop, view.schema, value, resolve, '', wrapped, prop);
    return;
  }
  // The property name is the element name; an `xml.name` written next to the property renames it.
  const own = xmlOf(propSchema).name;
  writeElement(out, own ?? prop, propSchema, value, resolve, '', person);
}

function writeArray(out: string[], name: string, schema: Schema, value: unknown, resolve: RefResolver, attrs: string, wrapped: boolean, prop = name): void {
  const items = (schema.items ?? {}) as Schema;
  const itemXml = { ...xmlOf(deref(items, resolve)), ...xmlOf(items) };
  const local = itemXml.name ?? prop;
  // WCF writes lists of text as `<a:string>` in its Arrays namespace, declared on the wrapper.
  const itemName = itemXml.prefix ? `${itemXml.prefix}:${local}` : local;
  const nsDecl = itemXml.prefix && itemXml.namespace ? ` xmlns:${itemXml.prefix}="${escapeXmlText(itemXml.namespace)}"` : '';
  const list = Array.isArray(value) ? value : [];
  if (wrapped) {
    if (list.length === 0) {
      out.push(`<${name}${attrs}/>`);
      return;
    }
    out.push(`<${name}${attrs}${nsDecl}>`);
  }
  for (const item of list) writeElement(out, itemName, items, item, resolve, wrapped ? '' : nsDecl);
  if (wrapped) out.push(`</${name}>`);
}
