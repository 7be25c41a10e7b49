/**
 * Reads a JSON request body the way Litmos' WCF JSON reader does: properties the schema does not
 * know are dropped, numbers may come as numeric strings, and dates must be in the WCF form
 * `/Date(ms)/` (an ISO date gets the 500 HTML page recorded traffic shows).
 */
import { BAD_BODY_MESSAGE } from '../api/messages.js';
import { Refusal } from '../api/refusal.js';
import { isLitmosDate, propertiesOf, type RefResolver, type Schema, typeOf, withoutNull } from '../spec-model/schema-tools.js';
import { parseWcfDate } from './wire-dates.js';

/** Parses and shapes a JSON body. @throws Refusal 400 for unreadable JSON or wrong types. */
export function readJsonBody(text: string, schema: Schema, resolve: RefResolver): unknown {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Refusal(400, BAD_BODY_MESSAGE);
  }
  return fromJson(schema, raw, resolve);
}

function fromJson(schema: Schema, value: unknown, resolve: RefResolver): unknown {
  const view = withoutNull(schema, resolve);
  if (value === null || value === undefined) return value;
  const type = typeOf(view.schema);
  if (type === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) throw new Refusal(400, BAD_BODY_MESSAGE);
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [prop, propSchema] of propertiesOf(view.schema)) {
      if (prop in record) out[prop] = fromJson(propSchema, record[prop], resolve);
    }
    return out;
  }
  if (type === 'array') {
    if (!Array.isArray(value)) throw new Refusal(400, BAD_BODY_MESSAGE);
    return value.map((item) => fromJson((view.schema.items ?? {}) as Schema, item, resolve));
  }
  if (isLitmosDate(view.schema)) return jsonDate(value);
  return jsonScalar(type, value);
}

function jsonDate(value: unknown): number | '' {
  if (value === '') return '';
  const ms = typeof value === 'string' ? parseWcfDate(value) : undefined;
  // Recorded traffic: the same call with an ISO date got a 500 WCF error page.
  if (ms === undefined) throw new Refusal(500, 'The server encountered an error processing the request.', { html: true });
  return ms;
}

function jsonScalar(type: string, value: unknown): unknown {
  switch (type) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      throw new Refusal(400, BAD_BODY_MESSAGE);
    case 'integer':
    case 'number':
      if (typeof value === 'number') return value;
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
      throw new Refusal(400, BAD_BODY_MESSAGE);
    default:
      return typeof value === 'string' ? value : String(value);
  }
}
