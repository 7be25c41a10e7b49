/**
 * Decides how one scalar value is written, given its schema: null, a Litmos date, or a typed
 * value. Shared by the XML and JSON writers so both media types agree on every field.
 */
import { isLitmosDate, type NullableView, typeOf } from '../spec-model/schema-tools.js';

/** How a scalar is to be written. */
export type ScalarOut =
  | { readonly kind: 'nil' }
  | { readonly kind: 'date'; readonly ms: number }
  /** A date Litmos writes as an empty string ("never"). */
  | { readonly kind: 'empty-date' }
  | { readonly kind: 'value'; readonly value: string | number | boolean };

/**
 * Coerces a record value to the schema. Missing values become `nil` when the schema allows null;
 * otherwise the type's empty value (`""`, `0`, `false`, the first enum member), because Litmos'
 * WCF serialiser writes every member of a data contract.
 */
export function scalarFor(view: NullableView, value: unknown): ScalarOut {
  const { schema, nullable } = view;
  if (isLitmosDate(schema)) {
    if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'date', ms: value };
    if (value === null || value === undefined) return nullable ? { kind: 'nil' } : { kind: 'empty-date' };
    return { kind: 'empty-date' };
  }
  if (value === null || value === undefined) {
    if (nullable) return { kind: 'nil' };
    const enumValues = schema.enum;
    if (Array.isArray(enumValues) && enumValues.length > 0) return { kind: 'value', value: enumValues[0] as string };
    return { kind: 'value', value: emptyOf(typeOf(schema)) };
  }
  switch (typeOf(schema)) {
    case 'integer': {
      const n = Math.trunc(Number(value));
      return { kind: 'value', value: Number.isFinite(n) ? n : 0 };
    }
    case 'number': {
      const n = Number(value);
      return { kind: 'value', value: Number.isFinite(n) ? n : 0 };
    }
    case 'boolean':
      return { kind: 'value', value: value === true || value === 'true' || value === 1 };
    default:
      return { kind: 'value', value: typeof value === 'string' ? value : String(value) };
  }
}

function emptyOf(type: string): string | number | boolean {
  if (type === 'integer' || type === 'number') return 0;
  if (type === 'boolean') return false;
  return '';
}
