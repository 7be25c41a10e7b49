/**
 * Writes a value as Litmos' WCF JSON, driven by the spec's schema: lists are bare arrays, objects
 * keep the schema's property order, dates are `/Date(ms+0000)/` (the offset is configurable)
 * except in person records, which Litmos writes as ISO with `Z`, and `/` is escaped as `\/` as
 * WCF's serialiser does.
 */
import { isPersonRecord, type RefResolver, type Schema, typeOf, withoutNull, writtenPropertiesOf } from '../spec-model/schema-tools.js';
import { scalarFor } from './scalar-for.js';
import { DEFAULT_JSON_DATE_OFFSET, formatIsoUtc, formatWcfJsonDate, type JsonDateOffset } from './wire-dates.js';

/** Shapes `value` to the schema (order, types, date forms) and returns the JSON text. */
export function writeJsonDocument(schema: Schema, value: unknown, resolve: RefResolver, dateOffset: JsonDateOffset = DEFAULT_JSON_DATE_OFFSET): string {
  const dates = (ms: number, person: boolean) => (person ? formatIsoUtc(ms) : formatWcfJsonDate(ms, dateOffset));
  // WCF escapes every solidus; JSON readers decode `\/` to `/`, so the data is unchanged.
  return JSON.stringify(jsonValueFor(schema, value, resolve, false, dates)).replace(/\//g, '\\/');
}

/** Writes a date: ISO with `Z` inside person records, the WCF form elsewhere. */
type DateWriter = (ms: number, person: boolean) => string;

/** The JSON value for `value` under `schema`. */
function jsonValueFor(schema: Schema, value: unknown, resolve: RefResolver, personDates: boolean, dates: DateWriter): unknown {
  const view = withoutNull(schema, resolve);
  const type = typeOf(view.schema);
  if (type === 'object') {
    if ((value === null || value === undefined) && view.nullable) return null;
    const record = (value ?? {}) as Record<string, unknown>;
    const props = writtenPropertiesOf(view.schema, record, 'json');
    if (props.length === 0) return { ...record };
    const person = isPersonRecord(view.schema);
    const out: Record<string, unknown> = {};
    for (const [prop, propSchema] of props) out[prop] = jsonValueFor(propSchema, record[prop], resolve, person, dates);
    return out;
  }
  if (type === 'array') {
    if ((value === null || value === undefined) && view.nullable) return null;
    const items = (view.schema.items ?? {}) as Schema;
    return (Array.isArray(value) ? value : []).map((item) => jsonValueFor(items, item, resolve, personDates, dates));
  }
  const scalar = scalarFor(view, value);
  switch (scalar.kind) {
    case 'nil':
      return null;
    case 'empty-date':
      return '';
    case 'date':
      return dates(scalar.ms, personDates);
    default:
      return scalar.value;
  }
}
