/**
 * The runtime of the schema-directed decoders. A decoder is generated at build time for every
 * schema of a spec (see packages/client/scripts/generate-decoders.mjs): plain code that checks
 * each field inline and calls this module only when a value is missing, unknown, re-spelled or
 * not what the spec says. The same decoder reads the tree `parseXmlRoot` builds (where every
 * value is text) and the value `JSON.parse` returns; it changes that value in place, so a body
 * that matches the spec costs one pass of cheap checks and no copy.
 *
 * The tolerant-reader rules live here, once for every SDK:
 * - a field the spec lists but the body lacks stays absent;
 * - a field the spec does not list is kept as sent;
 * - a variant spelling the spec declares (`x-litmos-spelling-of`) is renamed to the canonical one;
 * - XML text becomes the number, boolean or literal the spec says; in JSON, a string that
 *   unambiguously means one (`"true"`, `"12"`) and a number where a string is expected are
 *   converted too;
 * - a value that cannot be converted is kept as sent.
 * Each of these, except XML text conversion (XML has only text), is a difference from the spec
 * and is recorded as a `DecodeIssue` unless the policy is `'off'`.
 */
import type { ValidationPolicy } from './validation-policy.js';

/** Kinds of difference between a body and the spec. */
export type DriftKind =
  /** A field the spec lists is absent (it is left absent). */
  | 'missing'
  /** A field the spec does not list (it is kept as sent). */
  | 'unknown'
  /** A field arrived under a variant spelling (it was renamed to the spec's name). */
  | 'respelled'
  /** A value of another type that means one thing in the spec's type (`"true"`, `"12"`, `12` for an id); converted. */
  | 'coerced'
  /** A value that does not fit the spec and cannot be converted (it is kept as sent). */
  | 'mismatch';

/** One difference between a body and the spec. It never holds the value itself, which may be personal data. */
export interface DecodeIssue {
  readonly kind: DriftKind;
  /** Where, from the body's root: property names and array indices (`[0, 'CompliantTillDate']`). */
  readonly path: readonly (string | number)[];
  /** The same place for every item of a list (`[].CompliantTillDate`): what drift is reported once per. */
  readonly pattern: string;
  /** What the spec says (`date`, `string of at most 50 characters`, `boolean`, the canonical name). */
  readonly expected: string;
  /** What arrived (`missing`, `string`, `number`, `null`, the variant name). */
  readonly received: string;
}

/**
 * How one field's scalar value is checked: the spec's type and constraints. Generated decoders
 * declare one per distinct field type, as module constants.
 */
export interface ScalarSpec {
  /** `date`: a date the SDK's date rule normalises; `date-time`: RFC 3339 text, kept as sent; `any`: anything. */
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'date-time' | 'any';
  readonly nullable?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: RegExp;
  readonly format?: 'uuid' | 'uri' | 'int32';
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  /** The allowed values, when the spec lists them. */
  readonly enum?: readonly (string | number | boolean | null)[];
}

/** How a list is checked. */
export interface ListSpec {
  readonly minItems?: number;
  readonly maxItems?: number;
}

/**
 * A place in the body. Decoders receive the path of the value they decode (`undefined` at the
 * root); scalar fields are reported against their object's path and their name, so no path
 * object is made for them. The items of one list share one path whose `key` moves along.
 */
export class DecodePath {
  /** The property name, or the index of the current item for a list's item path. */
  key: string | number;
  readonly up: DecodePath | undefined;
  /** True for the path shared by the items of a list. */
  readonly item: boolean;
  #pattern: string | undefined;

  constructor(up: DecodePath | undefined, key: string | number, item: boolean) {
    this.up = up;
    this.key = key;
    this.item = item;
  }

  /** The path with `[]` for every index, the same for all items of a list. */
  get pattern(): string {
    if (this.#pattern === undefined) {
      const up = this.up?.pattern ?? '';
      this.#pattern = this.item ? `${up}[]` : up === '' ? String(this.key) : `${up}.${this.key}`;
    }
    return this.#pattern;
  }

  /** The concrete path, indices included, from the root. */
  toArray(): (string | number)[] {
    const out: (string | number)[] = [];
    for (let node: DecodePath | undefined = this; node; node = node.up) out.push(node.key);
    return out.reverse();
  }
}

/**
 * A generated decoder: reads `value` (JSON, or the `parseXmlRoot` tree) into the shape its schema
 * describes, changing it in place where it can, and returns the result. It never throws for a
 * value that differs from the spec: it records the difference on `state` and keeps the value.
 */
export type Decoder<T = unknown> = (value: unknown, state: DecodeState, path: DecodePath | undefined) => T;

/** One alternative of a `oneOf`: a cheap test whether a value is meant as this alternative, and its decoder. */
export type Alternative = readonly [test: (value: unknown, state: DecodeState) => boolean, decode: Decoder];

/**
 * Turns a date as the API writes it into the form the SDK hands out, or `undefined` when the
 * text is not such a date. Each SDK passes its own (Litmos: every form to ISO 8601 UTC).
 */
export type DateRule = (text: string) => string | undefined;

/** Settings of one decoding. */
export interface DecodeStateSettings {
  readonly format: 'xml' | 'json';
  /** @default 'report' */
  readonly policy?: ValidationPolicy | undefined;
  /**
   * The SDK's rule for `date` fields.
   * @default keep the text when it is an RFC 3339 date-time
   */
  readonly date?: DateRule | undefined;
  /**
   * Which declared fields a value must carry to match the spec: `'required'` (OpenAPI's reading)
   * or `'all'`, for a spec whose required lists hold identity fields only and whose optional
   * fields are documented ones that real bodies sometimes leave out (Litmos): an absent one is
   * then a `missing` difference too, except a variant spelling or a field marked
   * `x-litmos-sometimes-absent`.
   * @default 'required'
   */
  readonly expect?: 'all' | 'required' | undefined;
  /**
   * Most issues kept with their concrete path (`'strict'` keeps every one up to this; `'report'`
   * keeps the first of each pattern up to this).
   * @default 100
   */
  readonly maxIssues?: number | undefined;
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Keeps an RFC 3339 date-time as sent. */
export const rfc3339Date: DateRule = (text) => (RFC3339.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined);

/**
 * The state of one decoding: its format, its policy, and the differences found so far. The
 * methods are the slow paths of the generated decoders; their fast paths are inline.
 */
export class DecodeState {
  /** The value was read from XML: all scalars arrive as text, which is not a difference. */
  readonly xml: boolean;
  /** Differences are recorded (policy `'report'` or `'strict'`). */
  readonly check: boolean;
  /** Declared fields found absent so far; decoders compare it before and after an object to tell unknown fields. */
  absent = 0;
  /**
   * What the root should have been, when the body's root is another kind of value (an array for
   * an object, a scalar for a list): such a body has no reading, under any policy.
   */
  wrongRoot: string | undefined;
  readonly #strict: boolean;
  readonly #expectAll: boolean;
  readonly #date: DateRule;
  readonly #maxIssues: number;
  readonly #issues: DecodeIssue[] = [];
  /** Report mode: the patterns seen in this body, so 1,000 rows missing one field make one issue (made on the first). */
  #seen: Set<string> | undefined;
  #count = 0;

  constructor(settings: DecodeStateSettings) {
    const policy = settings.policy ?? 'report';
    this.xml = settings.format === 'xml';
    this.check = policy !== 'off';
    this.#strict = policy === 'strict';
    this.#expectAll = settings.expect === 'all';
    this.#date = settings.date ?? rfc3339Date;
    this.#maxIssues = settings.maxIssues ?? 100;
  }

  /** The differences recorded: every one (up to the cap) in strict mode, the first per pattern otherwise. */
  get issues(): readonly DecodeIssue[] {
    return this.#issues;
  }

  /** How many differences were found, repeats included. */
  get issueCount(): number {
    return this.#count;
  }

  /** The path of property `key` under `path`. */
  at(path: DecodePath | undefined, key: string | number): DecodePath {
    return new DecodePath(path, key, false);
  }

  /** Records a difference at `path` (plus `key`, when given). */
  drift(kind: DriftKind, path: DecodePath | undefined, key: string | number | undefined, expected: string, received: string): void {
    if (!this.check) return;
    this.#count++;
    const base = path?.pattern ?? '';
    const pattern = key === undefined ? base : base === '' ? String(key) : `${base}.${key}`;
    if (!this.#strict) {
      const id = `${kind}\u0000${pattern}`;
      this.#seen ??= new Set();
      if (this.#seen.has(id)) return;
      this.#seen.add(id);
    }
    if (this.#issues.length >= this.#maxIssues) return;
    const concrete = path ? path.toArray() : [];
    if (key !== undefined) concrete.push(key);
    this.#issues.push({ kind, path: concrete, pattern, expected, received });
  }

  /**
   * A declared field is absent. `presence` says what that means: 2 required (a difference), 1
   * documented (a difference when every documented field is expected), 0 optional by nature (a
   * variant spelling, a field marked `x-litmos-sometimes-absent`: not one).
   */
  absentField(expected: ScalarSpec | string, path: DecodePath | undefined, key: string, presence: 0 | 1 | 2): void {
    this.absent++;
    if (presence === 2 || (presence === 1 && this.#expectAll))
      this.drift('missing', path, key, typeof expected === 'string' ? expected : describe(expected), 'missing');
  }

  /**
   * The slow path of scalar field `key` of `object`, whose value `value` failed the inline check:
   * records its absence (see `absentField`), or stores what `scalar` makes of it.
   */
  field(object: Record<string, unknown>, key: string, value: unknown, spec: ScalarSpec, path: DecodePath | undefined, presence: 0 | 1 | 2): void {
    if (value === undefined) this.absentField(spec, path, key, presence);
    else object[key] = this.scalar(value, spec, path, key);
  }

  /**
   * Ends an object: with `declared` fields in the spec and `before` the `absent` count when it
   * began, tells whether it holds fields the spec does not know (unless the spec leaves the
   * object open), and restores the count for the object around it.
   */
  done(object: Record<string, unknown>, known: ReadonlySet<string> | undefined, declared: number, before: number, path: DecodePath | undefined): void {
    const gone = this.absent - before;
    this.absent = before;
    if (known && this.check) this.extras(object, known, declared - gone, path);
  }

  /**
   * The object to decode in place, or `undefined` (recorded) when `value` is not one. An empty
   * XML element is an object with no fields.
   */
  object(value: unknown, path: DecodePath | undefined): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    if (this.xml && typeof value === 'string' && value.trim() === '') return {};
    if (path === undefined) this.wrongRoot = 'object';
    this.drift('mismatch', path, undefined, 'object', kindOf(value));
    return undefined;
  }

  /**
   * Checks, once an object's declared fields are decoded, whether it holds fields the spec does
   * not list; `present` is how many declared fields it has. Those fields stay as sent.
   */
  extras(object: Record<string, unknown>, known: ReadonlySet<string>, present: number, path: DecodePath | undefined): void {
    let count = 0;
    for (const _ in object) count++;
    if (count <= present) return;
    for (const name of Object.keys(object)) {
      if (!known.has(name)) this.drift('unknown', path, name, 'no such field', kindOf(object[name]));
    }
  }

  /**
   * Renames a variant spelling to the canonical name, keeping the field's place among the others.
   * When both arrive, both are kept and the canonical one is decoded as usual.
   */
  respell(object: Record<string, unknown>, variant: string, canonical: string, path: DecodePath | undefined): Record<string, unknown> {
    this.drift('respelled', path, variant, canonical, variant);
    if (object[canonical] !== undefined) return object;
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(object)) {
      const value = object[name];
      if (name === variant) out[canonical] = value;
      else if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
    }
    return out;
  }

  /**
   * The items of a list, decoded in place with `decode`. XML lists are a wrapper element whose
   * children are the items (any item name; one item or none is still a list).
   */
  list(value: unknown, decode: Decoder, spec: ListSpec | undefined, path: DecodePath | undefined, key?: string | number): unknown {
    let items: unknown[] | undefined;
    if (Array.isArray(value)) items = value;
    else if (this.xml) items = xmlItems(value);
    const at = key === undefined ? path : this.at(path, key);
    if (items === undefined) {
      if (at === undefined) this.wrongRoot = 'array';
      this.drift('mismatch', at, undefined, 'array', kindOf(value));
      return value;
    }
    if (spec && this.check) {
      if (spec.minItems !== undefined && items.length < spec.minItems)
        this.drift('mismatch', at, undefined, `array of at least ${spec.minItems} items`, `array of ${items.length}`);
      if (spec.maxItems !== undefined && items.length > spec.maxItems)
        this.drift('mismatch', at, undefined, `array of at most ${spec.maxItems} items`, `array of ${items.length}`);
    }
    const item = new DecodePath(at, 0, true);
    for (let i = 0; i < items.length; i++) {
      item.key = i;
      items[i] = decode(items[i], this, item);
    }
    return items;
  }

  /** A map of values (`additionalProperties` with a schema), each decoded in place. */
  map(value: unknown, decode: Decoder, path: DecodePath | undefined): unknown {
    const object = this.object(value, path);
    if (object === undefined) return value;
    for (const name of Object.keys(object)) object[name] = decode(object[name], this, this.at(path, name));
    return object;
  }

  /** A `oneOf`: the first alternative whose test accepts the value, else the first alternative (which records why). */
  oneOf(value: unknown, alternatives: readonly Alternative[], path: DecodePath | undefined): unknown {
    for (const [test, decode] of alternatives) if (test(value, this)) return decode(value, this, path);
    const first = alternatives[0];
    return first ? first[1](value, this, path) : value;
  }

  /** True when `value` is an object (an empty XML element included). */
  isObject(value: unknown): boolean {
    return (typeof value === 'object' && value !== null && !Array.isArray(value)) || (this.xml && value === '');
  }

  /** True when `value` is a list (any XML element may be a wrapper of items). */
  isList(value: unknown): boolean {
    return Array.isArray(value) || (this.xml && xmlItems(value) !== undefined);
  }

  /** True when `value` decodes as `spec` without a difference. */
  fits(value: unknown, spec: ScalarSpec): boolean {
    if (value === null) return spec.nullable === true || spec.type === 'any';
    const converted = this.xml && typeof value === 'string' ? fromText(value, spec) : value;
    return converted !== undefined && problemOf(converted, spec) === undefined && typeOk(converted, spec);
  }

  /**
   * The slow path of a scalar field (`value` is defined): converts what can be converted,
   * records every difference, and returns the value to store.
   */
  scalar(value: unknown, spec: ScalarSpec, path: DecodePath | undefined, key?: string | number): unknown {
    if (value === null) {
      if (!spec.nullable && spec.type !== 'any') this.drift('mismatch', path, key, describe(spec), 'null');
      return null;
    }
    if (spec.type === 'date' || spec.type === 'date-time') return this.date(value, spec, path, key);
    let out: unknown = value;
    if (!typeOk(value, spec)) {
      const converted = typeof value === 'string' ? fromText(value, spec) : fromValue(value, spec);
      if (converted === undefined) {
        this.drift('mismatch', path, key, describe(spec), kindOf(value));
        return value;
      }
      // XML has only text: reading it as the spec's type is the format, not a difference, unless
      // the text is not XML Schema's own form (`True` for a boolean).
      if (!(this.xml && typeof value === 'string') || (spec.type === 'boolean' && value.trim() !== String(converted))) {
        this.drift('coerced', path, key, describe(spec), kindOf(value));
      }
      out = converted;
    }
    if (this.check) {
      const problem = problemOf(out, spec);
      if (problem !== undefined) this.drift('mismatch', path, key, describe(spec), problem);
    }
    return out;
  }

  /**
   * A date field (`value` is defined): the SDK's rule for `date`, RFC 3339 for `date-time`. An
   * empty string is "never": `null` where the spec allows null, kept otherwise.
   */
  date(value: unknown, spec: ScalarSpec, path: DecodePath | undefined, key?: string | number): unknown {
    if (value === null) {
      if (!spec.nullable) this.drift('mismatch', path, key, describe(spec), 'null');
      return null;
    }
    if (typeof value !== 'string') {
      this.drift('mismatch', path, key, describe(spec), kindOf(value));
      return value;
    }
    const text = this.xml ? value.trim() : value;
    if (text === '') return spec.nullable ? null : text;
    const date = spec.type === 'date' ? this.#date(text) : rfc3339Date(text);
    if (date === undefined) {
      this.drift('mismatch', path, key, describe(spec), 'string that is not a date');
      return value;
    }
    return date;
  }

  /** True when the policy is strict and a difference was found: the caller throws, once the whole body is decoded. */
  get failed(): boolean {
    return this.#strict && this.#count > 0;
  }
}

/** The items of an XML list element, or `undefined` when it is not one. */
function xmlItems(node: unknown): unknown[] | undefined {
  if (typeof node === 'string') return node.trim() === '' ? [] : undefined;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  let items: unknown;
  let names = 0;
  for (const name of Object.keys(node)) {
    if (name === '#text') continue;
    // Mixed item names: not a list of one kind of item.
    if (++names > 1) return undefined;
    items = (node as Record<string, unknown>)[name];
  }
  if (names === 0) return [];
  return Array.isArray(items) ? items : [items];
}

/** What arrived, by kind: never the value itself. */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function typeOk(value: unknown, spec: ScalarSpec): boolean {
  switch (spec.type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return spec.enum ? typeof value !== 'object' : true;
  }
}

/** The spec's reading of text that is not of its type, or `undefined` when there is none. */
function fromText(text: string, spec: ScalarSpec): unknown {
  const word = text.trim();
  switch (spec.type) {
    case 'string':
      return text;
    case 'integer':
    case 'number':
      return NUMBER.test(word) ? Number(word) : undefined;
    case 'boolean': {
      // Any case: .NET writes `True` where it formats a boolean as text.
      const lower = word.toLowerCase();
      return lower === 'true' ? true : lower === 'false' ? false : undefined;
    }
    default:
      // Literals of any type, by their text (`<isOverdue>0</isOverdue>`).
      return spec.enum ? (spec.enum.find((literal) => literal !== null && String(literal) === word) ?? undefined) : text;
  }
}

/** The spec's reading of a non-text value: a number where a string is expected. */
function fromValue(value: unknown, spec: ScalarSpec): unknown {
  if (spec.type === 'string' && typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (spec.enum && (typeof value === 'number' || typeof value === 'boolean')) return spec.enum.find((literal) => String(literal) === String(value));
  return undefined;
}

/** What is wrong with a value of the right type, or `undefined` when nothing is. */
function problemOf(value: unknown, spec: ScalarSpec): string | undefined {
  if (spec.enum && !spec.enum.includes(value as string)) return `${kindOf(value)} not in the list`;
  if (typeof value === 'string') {
    // Lengths count code points, as JSON Schema does: a code point is one or two UTF-16 units.
    if (spec.maxLength !== undefined && value.length > spec.maxLength && codePoints(value) > spec.maxLength) return `string of ${codePoints(value)} characters`;
    if (spec.minLength !== undefined && value.length < spec.minLength * 2 && codePoints(value) < spec.minLength)
      return `string of ${codePoints(value)} characters`;
    if (spec.pattern && !spec.pattern.test(value)) return 'string of another form';
    if (spec.format === 'uuid' && !UUID.test(value)) return 'string that is not a UUID';
    if (spec.format === 'uri' && !URL.canParse(value)) return 'string that is not a URI';
    return undefined;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'number that is not finite';
    if (spec.type === 'integer' && !Number.isSafeInteger(value)) return 'number with a fraction';
    if (spec.format === 'int32' && (value < -2147483648 || value > 2147483647)) return 'integer beyond 32 bits';
    if (spec.minimum !== undefined && value < spec.minimum) return 'number out of range';
    if (spec.maximum !== undefined && value > spec.maximum) return 'number out of range';
    if (spec.exclusiveMinimum !== undefined && value <= spec.exclusiveMinimum) return 'number out of range';
    if (spec.exclusiveMaximum !== undefined && value >= spec.exclusiveMaximum) return 'number out of range';
  }
  return undefined;
}

function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

const descriptions = new WeakMap<ScalarSpec, string>();

/** What the spec expects, in words (`string of at most 50 characters or null`). */
export function describe(spec: ScalarSpec): string {
  let text = descriptions.get(spec);
  if (text !== undefined) return text;
  if (spec.enum) text = `one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  else {
    text = spec.type === 'any' ? 'any value' : spec.format ? `${spec.type} (${spec.format})` : spec.type;
    const limits: string[] = [];
    if (spec.minLength !== undefined) limits.push(`at least ${spec.minLength}`);
    if (spec.maxLength !== undefined) limits.push(`at most ${spec.maxLength}`);
    if (limits.length) text += ` of ${limits.join(' and ')} characters`;
    if (spec.pattern) text += ` matching ${spec.pattern.source}`;
    const range = [
      spec.minimum !== undefined ? `≥ ${spec.minimum}` : '',
      spec.exclusiveMinimum !== undefined ? `> ${spec.exclusiveMinimum}` : '',
      spec.maximum !== undefined ? `≤ ${spec.maximum}` : '',
      spec.exclusiveMaximum !== undefined ? `< ${spec.exclusiveMaximum}` : '',
    ].filter(Boolean);
    if (range.length) text += ` ${range.join(' and ')}`;
  }
  if (spec.nullable) text += ' or null';
  descriptions.set(spec, text);
  return text;
}
