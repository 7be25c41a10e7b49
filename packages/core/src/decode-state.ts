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
 *
 * This module holds what a body that matches the spec runs: objects, lists, dates in the form the
 * SDK expects, absent optional fields. The rest comes in two parts, which the state is given in
 * its settings: the slow path (`createDecodeSlowPath`, decode-slow-path.ts) converts and checks
 * values, and the drift recorder (`createDriftRecorder`, decode-drift.ts) records and describes
 * differences. The call pipeline loads each with the first body that needs it (decode-body.ts):
 * without it the state throws `SlowPathNeeded`, and the body is decoded again once it is
 * loaded. Every XML body needs the slow path (XML numbers and booleans are text); only a body
 * that differs from the spec needs the recorder.
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
 * object is made for them. The items of one list share one path whose `key` moves along. The
 * drift recorder works out its pattern (`[].Name`) and concrete form (`[3, 'Name']`).
 */
export class DecodePath {
  /** The property name, or the index of the current item for a list's item path. */
  key: string | number;
  readonly up: DecodePath | undefined;
  /** True for the path shared by the items of a list. */
  readonly item: boolean;

  constructor(up: DecodePath | undefined, key: string | number, item: boolean) {
    this.up = up;
    this.key = key;
    this.item = item;
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
  /**
   * The slow path (`createDecodeSlowPath`, from `@litmos-kit/core/decode`): conversions and
   * checks. Without it, a value that needs one throws `SlowPathNeeded`.
   */
  readonly slowPath?: CreateDecodeSlowPath | undefined;
  /**
   * The drift recorder (`createDriftRecorder`, from `@litmos-kit/core/decode`). Without it, a
   * difference to record throws `SlowPathNeeded`.
   */
  readonly driftRecorder?: CreateDriftRecorder | undefined;
}

/** What the slow path is made from: the state it works for, its settings, and the helpers it shares. */
export interface DecodeSlowPathSettings {
  /** Where differences are recorded (`DecodeState.drift`). */
  readonly state: DecodeState;
  readonly xml: boolean;
  readonly check: boolean;
  readonly date: DateRule;
  readonly rfc3339Date: DateRule;
  readonly kindOf: (value: unknown) => string;
}

/**
 * The conversions and checks of one decoding (see the module comment). Every method does what
 * the `DecodeState` method of the same name documents.
 */
export interface DecodeSlowPath {
  /** Records the fields of `object` that `known` does not list. */
  extras(object: Record<string, unknown>, known: ReadonlySet<string>, path: DecodePath | undefined): void;
  respell(object: Record<string, unknown>, variant: string, canonical: string, path: DecodePath | undefined): Record<string, unknown>;
  /** The items of an XML list element, or `undefined` when it is not one (every XML body takes the slow path). */
  xmlItems(node: unknown): unknown[] | undefined;
  /** Records a list whose length is outside `spec`. */
  listSize(path: DecodePath | undefined, spec: ListSpec, length: number): void;
  fits(value: unknown, spec: ScalarSpec): boolean;
  scalar(value: unknown, spec: ScalarSpec, path: DecodePath | undefined, key?: string | number): unknown;
  date(value: unknown, spec: ScalarSpec, path: DecodePath | undefined, key?: string | number): unknown;
}

/** Makes the slow path of one decoding. */
export type CreateDecodeSlowPath = (settings: DecodeSlowPathSettings) => DecodeSlowPath;

/** What the spec expects, as a difference names it: words, or the field's spec (described when kept). */
export type Expected = string | ScalarSpec;

/** The differences of one decoding. */
export interface DriftRecorder {
  readonly issues: readonly DecodeIssue[];
  /** How many differences were found, repeats included. */
  readonly count: number;
  /** Records a difference at `path` (plus `key`, when given). */
  record(kind: DriftKind, path: DecodePath | undefined, key: string | number | undefined, expected: Expected, received: string): void;
}

/** Makes the drift recorder of one decoding: `strict` keeps every difference, otherwise the first per place and kind. */
export type CreateDriftRecorder = (settings: { readonly strict: boolean; readonly maxIssues: number }) => DriftRecorder;

/**
 * Thrown by a `DecodeState` without a slow path or drift recorder when the value needs one. The
 * pipeline loads them and decodes the body again; the partly decoded value is thrown away.
 */
export class SlowPathNeeded extends Error {
  override name = 'SlowPathNeeded';

  constructor() {
    super('this body needs a part of the decoder that is not at hand (DecodeStateSettings.slowPath, .driftRecorder)');
  }
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Keeps an RFC 3339 date-time as sent. */
export const rfc3339Date: DateRule = (text) => (RFC3339.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined);

/**
 * The state of one decoding: its format, its policy, and the differences found so far. The
 * methods are what the generated decoders call when their inline check fails; those a body that
 * matches the spec reaches are here, the rest are the slow path's.
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
  readonly #settings: DecodeStateSettings;
  readonly #strict: boolean;
  readonly #expectAll: boolean;
  readonly #date: DateRule;
  #slow: DecodeSlowPath | undefined;
  #recorder: DriftRecorder | undefined;

  constructor(settings: DecodeStateSettings) {
    const policy = settings.policy ?? 'report';
    this.#settings = settings;
    this.xml = settings.format === 'xml';
    this.check = policy !== 'off';
    this.#strict = policy === 'strict';
    this.#expectAll = settings.expect === 'all';
    this.#date = settings.date ?? rfc3339Date;
  }

  /** The slow path, made on first need. */
  #slowPath(): DecodeSlowPath {
    if (this.#slow === undefined) {
      const create = this.#settings.slowPath;
      if (create === undefined) throw new SlowPathNeeded();
      this.#slow = create({ state: this, xml: this.xml, check: this.check, date: this.#date, rfc3339Date, kindOf });
    }
    return this.#slow;
  }

  /** The differences recorded: every one (up to the cap) in strict mode, the first per pattern otherwise. */
  get issues(): readonly DecodeIssue[] {
    return this.#recorder?.issues ?? [];
  }

  /** How many differences were found, repeats included. */
  get issueCount(): number {
    return this.#recorder?.count ?? 0;
  }

  /** The path of property `key` under `path`. */
  at(path: DecodePath | undefined, key: string | number): DecodePath {
    return new DecodePath(path, key, false);
  }

  /** Records a difference at `path` (plus `key`, when given); `expected` may be the field's spec. */
  drift(kind: DriftKind, path: DecodePath | undefined, key: string | number | undefined, expected: Expected, received: string): void {
    if (!this.check) return;
    if (this.#recorder === undefined) {
      const create = this.#settings.driftRecorder;
      if (create === undefined) throw new SlowPathNeeded();
      this.#recorder = create({ strict: this.#strict, maxIssues: this.#settings.maxIssues ?? 100 });
    }
    this.#recorder.record(kind, path, key, expected, received);
  }

  /**
   * A declared field is absent. `presence` says what that means: 2 required (a difference), 1
   * documented (a difference when every documented field is expected), 0 optional by nature (a
   * variant spelling, a field marked `x-litmos-sometimes-absent`: not one).
   */
  absentField(expected: ScalarSpec | string, path: DecodePath | undefined, key: string, presence: 0 | 1 | 2): void {
    this.absent++;
    if (presence === 2 || (presence === 1 && this.#expectAll)) this.drift('missing', path, key, expected, 'missing');
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
    if (count > present) this.#slowPath().extras(object, known, path);
  }

  /**
   * Renames a variant spelling to the canonical name, keeping the field's place among the others.
   * When both arrive, both are kept and the canonical one is decoded as usual.
   */
  respell(object: Record<string, unknown>, variant: string, canonical: string, path: DecodePath | undefined): Record<string, unknown> {
    return this.#slowPath().respell(object, variant, canonical, path);
  }

  /**
   * The items of a list, decoded in place with `decode`. XML lists are a wrapper element whose
   * children are the items (any item name; one item or none is still a list).
   */
  list(value: unknown, decode: Decoder, spec: ListSpec | undefined, path: DecodePath | undefined, key?: string | number): unknown {
    let items: unknown[] | undefined;
    if (Array.isArray(value)) items = value;
    else if (this.xml) items = this.#slowPath().xmlItems(value);
    const at = key === undefined ? path : this.at(path, key);
    if (items === undefined) {
      if (at === undefined) this.wrongRoot = 'array';
      this.drift('mismatch', at, undefined, 'array', kindOf(value));
      return value;
    }
    const length = items.length;
    if (spec && this.check && (length < (spec.minItems ?? 0) || length > (spec.maxItems ?? length))) this.#slowPath().listSize(at, spec, length);
    const item = new DecodePath(at, 0, true);
    for (let i = 0; i < length; i++) {
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
    return Array.isArray(value) || (this.xml && this.#slowPath().xmlItems(value) !== undefined);
  }

  /** True when `value` decodes as `spec` without a difference. */
  fits(value: unknown, spec: ScalarSpec): boolean {
    return this.#slowPath().fits(value, spec);
  }

  /**
   * The slow path of a scalar field (`value` is defined): converts what can be converted,
   * records every difference, and returns the value to store.
   */
  scalar(value: unknown, spec: ScalarSpec, path: DecodePath | undefined, key?: string | number): unknown {
    if (spec.type === 'date' || spec.type === 'date-time') return this.date(value, spec, path, key);
    if (value === null && (spec.nullable || spec.type === 'any')) return null;
    return this.#slowPath().scalar(value, spec, path, key);
  }

  /**
   * A date field (`value` is defined): the SDK's rule for `date`, RFC 3339 for `date-time`. An
   * empty string is "never": `null` where the spec allows null, kept otherwise. The forms the
   * rule reads are handled here; anything else is a difference, recorded by the slow path.
   */
  date(value: unknown, spec: ScalarSpec, path: DecodePath | undefined, key?: string | number): unknown {
    if (typeof value === 'string') {
      const text = this.xml ? value.trim() : value;
      if (text === '') return spec.nullable ? null : text;
      const date = spec.type === 'date' ? this.#date(text) : rfc3339Date(text);
      if (date !== undefined) return date;
    } else if (value === null && spec.nullable) return null;
    return this.#slowPath().date(value, spec, path, key);
  }

  /** True when the policy is strict and a difference was found: the caller throws, once the whole body is decoded. */
  get failed(): boolean {
    return this.#strict && this.issueCount > 0;
  }
}

/** What arrived, by kind: never the value itself. */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
