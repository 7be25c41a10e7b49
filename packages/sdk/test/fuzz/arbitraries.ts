// fast-check arbitraries and XML shapes derived from the generated zod (mini) schemas, for any
// schema of the spec: no resource is described by hand, so new resources are fuzzed as they land.

import * as zod from '@litmos-kit/client/zod';
import { zLitmosDateTime } from '@litmos-kit/client/zod';
import type { OperationDef, XmlShape } from '@litmos-kit/core';
import fc from 'fast-check';
import { codecOf, schemasOf } from '../operation-codecs.js';
import { spec } from '../spec-examples.js';

/** The parts of a zod (mini) definition read here, beyond what the decoder reads. */
interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly options?: readonly Schema[];
  readonly valueType?: Schema;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
}
interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
}
/** A generated zod schema, seen through its definition. */
export interface Schema {
  readonly _zod: { readonly def: Def };
  safeParse(value: unknown): { success: boolean };
}

const dateSchema = zLitmosDateTime as unknown as Schema;

/**
 * Instants as the SDK hands them out (ISO 8601 UTC with milliseconds), whole seconds only:
 * Litmos' XML dates carry no fraction, so the XML writer drops it.
 */
export const isoInstant = fc
  .integer({ min: Date.UTC(1901, 0, 1) / 1000, max: Date.UTC(2099, 11, 31) / 1000 })
  .map((seconds) => new Date(seconds * 1000).toISOString());

/**
 * Second spellings the spec declares (`x-litmos-spelling-of`), by the zod object they belong to:
 * a value of the schema never uses them (the decoder renames them to the first spelling).
 */
const variants = new Map<unknown, Set<string>>(
  Object.entries(spec.components.schemas as Record<string, { properties?: Record<string, Record<string, unknown>> }>).flatMap(([name, schema]) => {
    const names = Object.entries(schema.properties ?? {}).filter(([, property]) => property['x-litmos-spelling-of'] !== undefined);
    const shape = (zod as Record<string, unknown>)[`z${name}`] as Schema | undefined;
    return names.length && shape ? [[shape._zod.def.shape, new Set(names.map(([key]) => key))]] : [];
  }),
);

const unwrapKinds = new Set(['optional', 'default', 'prefault', 'nullable']);

/** The schema under optional/default/nullable wrappers and `x | null` unions. */
export function unwrap(schema: Schema): Schema {
  const def = schema._zod.def;
  if (unwrapKinds.has(def.type)) return unwrap(def.innerType as Schema);
  const nonNull = def.type === 'union' ? (def.options ?? []).filter((o) => o._zod.def.type !== 'null') : [];
  return nonNull.length === 1 ? unwrap(nonNull[0] as Schema) : schema;
}

const cache = new WeakMap<Schema, fc.Arbitrary<unknown>>();

/** Values that `schema` accepts, in the form the decoders give back (dates as ISO UTC). */
export function arbitraryOf(schema: Schema): fc.Arbitrary<unknown> {
  let arbitrary = cache.get(schema);
  if (!arbitrary) {
    arbitrary = schema === dateSchema ? isoInstant : build(schema);
    cache.set(schema, arbitrary);
  }
  return arbitrary;
}

function build(schema: Schema): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return arbitraryOf(def.innerType as Schema);
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType as Schema), { nil: null, freq: 4 });
    case 'union': {
      const options = def.options ?? [];
      const values = options.filter((o) => o._zod.def.type !== 'null').map(arbitraryOf);
      const any = fc.oneof(...values);
      return values.length < options.length ? fc.option(any, { nil: null, freq: 4 }) : any;
    }
    case 'null':
      return fc.constant(null);
    case 'array': {
      const checks = checksOf(def);
      const minLength = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
      const maxLength = Math.max(minLength, Math.min(checks.find((check) => check.check === 'max_length')?.maximum ?? 3, 3));
      return fc.array(arbitraryOf(def.element as Schema), { minLength, maxLength });
    }
    case 'object': {
      const shape = def.shape ?? {};
      const skip = variants.get(def.shape);
      const model = Object.fromEntries(
        Object.entries(shape)
          .filter(([key]) => !skip?.has(key))
          .map(([key, field]) => [key, arbitraryOf(field)]),
      );
      const requiredKeys = Object.keys(model).filter((key) => !['optional', 'default', 'prefault'].includes(shape[key]?._zod.def.type ?? ''));
      return fc.record(model, { requiredKeys, noNullPrototype: true });
    }
    case 'record':
      return fc.dictionary(fc.stringMatching(/^[a-z]{2}(-[A-Z]{2})?$/), arbitraryOf(def.valueType as Schema), { maxKeys: 3, noNullPrototype: true });
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'boolean':
      return fc.boolean();
    case 'number':
      return numberOf(def);
    case 'string':
      return stringOf(def).filter((value) => schema.safeParse(value).success);
    case 'unknown':
      // As JSON carries it (-0 becomes 0).
      return fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
    default:
      throw new Error(`no arbitrary for zod type "${def.type}": teach test/fuzz/arbitraries.ts`);
  }
}

function checksOf(def: Def): CheckDef[] {
  return (def.checks ?? []).map((check) => check._zod.def);
}

function numberOf(def: Def): fc.Arbitrary<number> {
  let min: number | undefined;
  let max: number | undefined;
  for (const check of checksOf(def)) {
    if (check.check === 'greater_than') min = check.inclusive ? check.value : (check.value ?? 0) + Number.EPSILON;
    if (check.check === 'less_than') max = check.inclusive ? check.value : (check.value ?? 0) - Number.EPSILON;
  }
  if (def.format === 'safeint' || def.format === 'int32') {
    return fc.integer({ min: Math.ceil(min ?? Number.MIN_SAFE_INTEGER), max: Math.floor(max ?? Number.MAX_SAFE_INTEGER) }).map((n) => n + 0);
  }
  // `n + 0` turns -0 into 0: neither JSON nor XML text can tell them apart.
  return fc.double({ noNaN: true, noDefaultInfinity: true, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }).map((n) => n + 0);
}

function stringOf(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  if (def.format === 'url') return fc.webUrl();
  if (def.format === 'datetime') return isoInstant;
  const pattern = def.pattern ?? checks.find((check) => check.check === 'string_format' && check.pattern)?.pattern;
  if (pattern) return fc.stringMatching(pattern);
  const minLength = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
  const maxLength = Math.max(minLength, Math.min(checks.find((check) => check.check === 'max_length')?.maximum ?? 24, 24));
  return fc.string({ unit: textUnit, minLength, maxLength });
}

/**
 * One unit of text: any code point (control characters and lone surrogates included, which the
 * XML writer must refuse), or markup, entity and whitespace pieces that escaping must survive.
 */
const textUnit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDFFF') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '&',
      '&amp;',
      '&lt;',
      '&gt;',
      '&quot;',
      '&apos;',
      '&#233;',
      '&#x41;',
      '&eacute;',
      '&nbsp;',
      '&#0;',
      '<',
      '>',
      '"',
      "'",
      ']]>',
      '<![CDATA[x]]>',
      '<!--',
      '<?xml',
      'i:nil="true"',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\u00A0',
      '\u2028',
      'é',
      '😀',
      '/Date(0)/',
    ),
  },
);

/** True when the schema (at any depth) can be written as XML: no maps, unions or free JSON. */
export function isXmlWritable(schema: Schema): boolean {
  const inner = unwrap(schema);
  const def = inner._zod.def;
  if (def.type === 'object') return Object.values(def.shape ?? {}).every(isXmlWritable);
  if (def.type === 'array') return isXmlWritable(def.element as Schema);
  return !['record', 'union', 'unknown'].includes(def.type);
}

/** Element names and order for writing a value of `schema` as XML: element names are the keys. */
export function xmlShapeOf(schema: Schema, name: string): XmlShape {
  const inner = unwrap(schema);
  const def = inner._zod.def;
  if (def.type === 'object') return { kind: 'object', name, fields: Object.entries(def.shape ?? {}).map(([key, field]) => xmlShapeOf(field, key)) };
  // The decoder takes any single child element name as the item; Litmos wraps every nested list.
  if (def.type === 'array') return { kind: 'list', name, wrapped: true, item: xmlShapeOf(def.element as Schema, 'Item') };
  return { kind: 'value', name, date: inner === dateSchema };
}

/**
 * How a success body of `op` is laid out in XML (root, wrapper elements, items), with a function
 * that nests a decoded value the same way, for the writer.
 */
export function responseXml(op: OperationDef): { shape: XmlShape; wrap: (value: unknown) => unknown } {
  const schema = schemasOf(op).response as Schema;
  const names = [codecOf(op).response.xmlRoot as string, ...(codecOf(op).response.xmlWrappers ?? [])];
  const innermost = names.at(-1) as string;
  let shape =
    unwrap(schema)._zod.def.type === 'array'
      ? { ...xmlShapeOf(schema, innermost), item: xmlShapeOf(unwrap(schema)._zod.def.element as Schema, codecOf(op).response.xmlItem ?? 'Item') }
      : xmlShapeOf(schema, innermost);
  for (let i = names.length - 2; i >= 0; i--) shape = { kind: 'object', name: names[i] as string, fields: [shape] };
  const wrap = (value: unknown) => names.slice(1).reduceRight<unknown>((inner, wrapper) => ({ [wrapper]: inner }), value);
  return { shape, wrap };
}
