/**
 * Writes request bodies the way Litmos reads them. Litmos' XML reader (WCF DataContract) is
 * order-sensitive: elements out of the documented order are silently ignored, so the order
 * comes from the spec's XML schema, never from the order of keys in the caller's object.
 * JSON bodies take dates in the WCF form `/Date(ms)/`; ISO strings have been seen to fail.
 */
import type { DateRule, XmlShape } from '@litmos-kit/core';

const NIL_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * Serialises a request body in `format` (see `bodyFormatFor`). Loaded by the first call that
 * writes a body, so a client that only reads never loads it; `shape` is the body's XML shape
 * from the operation's codec, `where` names the method in errors, `readDate` reads a date given
 * as text (`normalizeLitmosDate`; passed in, so that this module imports nothing at run time and
 * its chunk shares no code with the client's).
 * @throws {TypeError} for values that cannot be written: a string with a control character
 * XML 1.0 cannot carry, an invalid date, a list where a record belongs.
 * @internal
 */
export function encodeBody(body: unknown, shape: XmlShape | undefined, format: 'xml' | 'json', where: string, readDate: DateRule): string {
  if (format === 'xml') {
    if (!shape) throw new TypeError(`${where}: the spec gives no XML shape for this body`);
    return `<?xml version="1.0" encoding="utf-8"?>${writeXml(shape, body, where, readDate, true)}`;
  }
  return JSON.stringify(shape ? jsonWire(shape, body, where, readDate) : body);
}

/** Writes `value` as the element `shape` describes. @internal */
export function writeXml(shape: XmlShape, value: unknown, where: string, readDate: DateRule, root = false): string {
  const ns = root ? ` xmlns:i="${NIL_NS}"` : '';
  if (value === null) return `<${shape.name}${ns} i:nil="true"/>`;
  switch (shape.kind) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`${where}: expected an object for <${shape.name}>`);
      const record = value as Record<string, unknown>;
      const children = shape.fields
        .filter((field) => record[field.prop ?? field.name] !== undefined)
        .map((field) => writeXml(field, record[field.prop ?? field.name], `${where}.${field.prop ?? field.name}`, readDate))
        .join('');
      return `<${shape.name}${ns}>${children}</${shape.name}>`;
    }
    case 'list': {
      if (!Array.isArray(value)) throw new TypeError(`${where}: expected an array for <${shape.name}>`);
      const items = value.map((item, i) => writeXml(shape.item, item, `${where}[${i}]`, readDate)).join('');
      return shape.wrapped || root ? `<${shape.name}${ns}>${items}</${shape.name}>` : items;
    }
    case 'value':
      return `<${shape.name}${ns}>${escapeXml(shape.date ? xmlDate(value, where, readDate) : scalarText(value, where), where)}</${shape.name}>`;
  }
}

function scalarText(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  throw new TypeError(`${where}: expected a string, number or boolean, got ${value === undefined ? 'undefined' : JSON.stringify(value)}`);
}

/** Escapes text for an XML element; tab, LF and CR are written as references so they survive. */
export function escapeXml(text: string, where = 'value'): string {
  // XML 1.0 has no way to carry other C0 controls, U+FFFE/U+FFFF or lone surrogates.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these characters are what it looks for.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) {
    throw new TypeError(`${where}: contains a character XML cannot carry (a control character or lone surrogate)`);
  }
  return text.replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c] as string);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

function toDate(value: unknown, where: string, readDate: DateRule): Date {
  const iso = value instanceof Date ? value.toISOString() : typeof value === 'string' ? readDate(value) : undefined;
  const date = iso ? new Date(iso) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new TypeError(`${where}: expected a Date or an ISO 8601 string, got ${JSON.stringify(value)}`);
  return date;
}

/** XML dates are zone-less ISO in UTC: `2026-10-29T14:05:09`. */
function xmlDate(value: unknown, where: string, readDate: DateRule): string {
  if (value === '') return '';
  return toDate(value, where, readDate).toISOString().slice(0, 19);
}

/** The JSON body with dates in the WCF form Litmos accepts. */
function jsonWire(shape: XmlShape, value: unknown, where: string, readDate: DateRule): unknown {
  if (value === null || value === undefined) return value;
  switch (shape.kind) {
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, v]) => {
          const field = shape.fields.find((f) => (f.prop ?? f.name) === key);
          return [key, field ? jsonWire(field, v, `${where}.${key}`, readDate) : v];
        }),
      );
    case 'list':
      return Array.isArray(value) ? value.map((item, i) => jsonWire(shape.item, item, `${where}[${i}]`, readDate)) : value;
    case 'value':
      return shape.date && value !== '' ? `/Date(${toDate(value, where, readDate).getTime()})/` : value;
  }
}
