/**
 * Helpers that read the bundled spec's JSON schemas the way the sandbox needs them: following
 * `$ref`s, telling nullable from required values, spotting Litmos dates and XML names. Everything
 * the sandbox writes is derived from these answers, so it follows the spec as the spec changes.
 */

/** A JSON schema object from the bundled spec (OpenAPI 3.1 = JSON Schema 2020-12 plus `xml`). */
export type Schema = { readonly [keyword: string]: unknown };

/** The OpenAPI `xml` object. */
export interface XmlInfo {
  readonly name?: string;
  readonly namespace?: string;
  readonly prefix?: string;
  readonly wrapped?: boolean;
}

/** Primitive JSON-schema type names the sandbox distinguishes. */
export type ScalarType = 'string' | 'integer' | 'number' | 'boolean';

/** Resolves `#/components/...` pointers against the bundled document. */
export type RefResolver = (ref: string) => Schema;

/** Builds a resolver for local `$ref`s of a bundled document. */
export function createRefResolver(doc: Schema): RefResolver {
  const cache = new Map<string, Schema>();
  return (ref) => {
    const hit = cache.get(ref);
    if (hit) return hit;
    if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported in the bundle, got ${ref}`);
    let node: unknown = doc;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      node = (node as Record<string, unknown> | undefined)?.[key];
    }
    if (!node || typeof node !== 'object') throw new Error(`Unresolvable $ref ${ref}`);
    cache.set(ref, node as Schema);
    return node as Schema;
  };
}

/**
 * Follows `$ref` chains. Sibling keywords next to a `$ref` (OpenAPI 3.1 allows `description`,
 * `xml`) win over the target's, as JSON Schema 2020 applies both.
 */
export function deref(schema: Schema, resolve: RefResolver): Schema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${String(current.$ref)}`);
    const { $ref, ...siblings } = current;
    current = { ...resolve($ref as string), ...siblings };
  }
  return current;
}

/** A schema with its `null` alternative taken off. */
export interface NullableView {
  /** The non-null schema (dereferenced). */
  readonly schema: Schema;
  /** True when `null` is a valid value (`type: [x, 'null']` or `oneOf: [x, {type: 'null'}]`). */
  readonly nullable: boolean;
}

const isNullSchema = (s: Schema): boolean => s.type === 'null' || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === 'null');

/** Splits a schema into its non-null part and whether null is allowed. */
export function withoutNull(schema: Schema, resolve: RefResolver): NullableView {
  const s = deref(schema, resolve);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = s[key];
    if (Array.isArray(branches)) {
      const parts = branches.map((b) => deref(b as Schema, resolve));
      const rest = parts.filter((b) => !isNullSchema(b));
      if (rest.length === 1 && rest.length < parts.length) {
        const { [key]: _drop, ...outer } = s;
        return { schema: { ...rest[0], ...outer }, nullable: true };
      }
    }
  }
  if (Array.isArray(s.type) && s.type.includes('null')) {
    const types = s.type.filter((t) => t !== 'null');
    const enumValues = Array.isArray(s.enum) ? s.enum.filter((v) => v !== null) : undefined;
    return {
      schema: { ...s, type: types.length === 1 ? types[0] : types, ...(enumValues ? { enum: enumValues } : {}) },
      nullable: true,
    };
  }
  return { schema: s, nullable: false };
}

/** The main type of a non-null schema: `object`, `array` or a scalar (defaults to `string`). */
export function typeOf(schema: Schema): ScalarType | 'object' | 'array' {
  const t = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (t === 'object' || t === 'array' || t === 'integer' || t === 'number' || t === 'boolean' || t === 'string') return t;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return 'string';
}

/** True for the spec's `LitmosDateTime` (the only place dates are declared). */
export function isLitmosDate(schema: Schema): boolean {
  return schema.title === 'LitmosDateTime';
}

/** The `xml` object of a schema, if any. */
export function xmlOf(schema: Schema): XmlInfo {
  const xml = schema.xml;
  return xml && typeof xml === 'object' ? (xml as XmlInfo) : {};
}

/**
 * Property names and schemas in declared (wire) order. A second spelling of a field
 * (`x-litmos-spelling-of`) is left out: Litmos writes one spelling. So is a field only some
 * answers carry (`x-litmos-sometimes-absent`) unless `sometimesAbsent` asks for it: the sandbox
 * writes the full record of the common case, and such a field only where a handler supplies it.
 */
export function propertiesOf(schema: Schema, options: { sometimesAbsent?: boolean } = {}): Array<[string, Schema]> {
  const props = schema.properties;
  if (!props || typeof props !== 'object') return [];
  return (Object.entries(props) as Array<[string, Schema]>).filter(
    ([, p]) => !p['x-litmos-spelling-of'] && (options.sometimesAbsent === true || !p['x-litmos-sometimes-absent']),
  );
}

/**
 * The properties an answer writes for `record`: those of {@link propertiesOf}, plus each field
 * only some answers carry (`x-litmos-sometimes-absent`) that the record has. In XML such a field
 * is written only when the spec gives it a type: an untyped one (`Categories`, seen in JSON
 * answers only) has no XML form to follow.
 */
export function writtenPropertiesOf(schema: Schema, record: Record<string, unknown>, format: 'xml' | 'json'): Array<[string, Schema]> {
  return propertiesOf(schema, { sometimesAbsent: true }).filter(
    ([name, p]) => !p['x-litmos-sometimes-absent'] || (Object.hasOwn(record, name) && (format === 'json' || p.type !== undefined || p.$ref !== undefined)),
  );
}

/**
 * When an object schema is a Litmos XML list wrapper (`<Users><User>…`): its single array
 * property, whose name is the item element. Undefined for any other schema.
 */
export function listWrapperProperty(schema: Schema, resolve: RefResolver): { name: string; items: Schema } | undefined {
  const props = propertiesOf(schema);
  if (props.length !== 1) return undefined;
  const [name, prop] = props[0]!;
  const p = deref(prop, resolve);
  if (typeOf(p) !== 'array' || xmlOf(p).wrapped) return undefined;
  return { name, items: (p.items ?? {}) as Schema };
}

/**
 * Whether an object schema describes a person record. Litmos writes the dates of people in JSON as
 * ISO strings with `Z` and every other JSON date in the WCF form; people are the records
 * that carry `LastLogin`, so the sandbox keys the choice on that property rather than on names.
 */
export function isPersonRecord(schema: Schema): boolean {
  const props = schema.properties;
  return Boolean(props && typeof props === 'object' && 'LastLogin' in props);
}
