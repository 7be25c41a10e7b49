/**
 * The slow path of the generated decoders (see decode-state.ts): what a body that differs from
 * the spec needs, and every XML body (whose numbers and booleans are text). Values are
 * converted where the spec's type has one reading of them, checked against the spec's
 * constraints, and each difference is recorded as a `DecodeIssue`. The call pipeline loads
 * this module with the first body that needs it, so it imports nothing at run time but the XML
 * reader, which it brings along (load-xml-reader.ts): what it shares with the state comes in
 * its settings.
 */

import type { XmlReader } from './decode-body.js';
import type { CreateDecodeSlowPath, DecodeIssue, DecodePath, DecodeSlowPath, DecodeSlowPathSettings, DriftKind, ListSpec, ScalarSpec } from './decode-state.js';
import type { ErrorClasses, ParseError, RequestInfoSummary, ValidationError, ValidationIssue } from './errors.js';
import type { ResponseShape } from './operation-def.js';
import type { XmlRoot } from './parse-xml-root.js';

export { parseXmlRoot } from './parse-xml-root.js';

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** The slow path of one decoding, recording its differences. */
export const createDecodeSlowPath: CreateDecodeSlowPath = (settings) => new SlowPath(settings);

/** A class, not an object of closures: one set of methods, whose call sites stay fast for XML bodies (all text). */
class SlowPath implements DecodeSlowPath {
  readonly issues: DecodeIssue[] = [];
  count = 0;
  readonly #settings: DecodeSlowPathSettings;
  readonly #xml: boolean;
  readonly #check: boolean;
  readonly #kindOf: (value: unknown) => string;
  /** Report mode: the patterns seen in this body, so 1,000 rows missing one field make one issue (made on the first). */
  #seen: Set<string> | undefined;

  constructor(settings: DecodeSlowPathSettings) {
    this.#settings = settings;
    this.#xml = settings.xml;
    this.#check = settings.check;
    this.#kindOf = settings.kindOf;
  }

  drift(kind: DriftKind, path: DecodePath | undefined, key: string | number | undefined, expected: string, received: string): void {
    if (!this.#check) return;
    this.count++;
    const base = path?.pattern ?? '';
    const pattern = key === undefined ? base : base === '' ? String(key) : `${base}.${key}`;
    if (!this.#settings.strict) {
      const id = `${kind}\u0000${pattern}`;
      this.#seen ??= new Set();
      if (this.#seen.has(id)) return;
      this.#seen.add(id);
    }
    if (this.issues.length >= this.#settings.maxIssues) return;
    const concrete = path ? path.toArray() : [];
    if (key !== undefined) concrete.push(key);
    this.issues.push({ kind, path: concrete, pattern, expected, received });
  }

  missing(expected: ScalarSpec | string, path: DecodePath | undefined, key: string): void {
    this.drift('missing', path, key, typeof expected === 'string' ? expected : describe(expected), 'missing');
  }

  extras(object: Record<string, unknown>, known: ReadonlySet<string>, path: DecodePath | undefined): void {
    for (const name of Object.keys(object)) {
      if (!known.has(name)) this.drift('unknown', path, name, 'no such field', this.#kindOf(object[name]));
    }
  }

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

  listSize(path: DecodePath | undefined, spec: ListSpec, length: number): void {
    if (spec.minItems !== undefined && length < spec.minItems)
      this.drift('mismatch', path, undefined, `array of at least ${spec.minItems} items`, `array of ${length}`);
    if (spec.maxItems !== undefined && length > spec.maxItems)
      this.drift('mismatch', path, undefined, `array of at most ${spec.maxItems} items`, `array of ${length}`);
  }

  fits(value: unknown, spec: ScalarSpec): boolean {
    if (value === null) return spec.nullable === true || spec.type === 'any';
    const converted = this.#xml && typeof value === 'string' ? fromText(value, spec) : value;
    return converted !== undefined && problemOf(converted, spec, this.#kindOf) === undefined && typeOk(converted, spec);
  }

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
        this.drift('mismatch', path, key, describe(spec), this.#kindOf(value));
        return value;
      }
      // XML has only text: reading it as the spec's type is the format, not a difference, unless
      // the text is not XML Schema's own form (`True` for a boolean).
      if (!(this.#xml && typeof value === 'string') || (spec.type === 'boolean' && value.trim() !== String(converted))) {
        this.drift('coerced', path, key, describe(spec), this.#kindOf(value));
      }
      out = converted;
    }
    if (this.#check) {
      const problem = problemOf(out, spec, this.#kindOf);
      if (problem !== undefined) this.drift('mismatch', path, key, describe(spec), problem);
    }
    return out;
  }

  date(value: unknown, spec: ScalarSpec, path: DecodePath | undefined, key?: string | number): unknown {
    if (value === null) {
      if (!spec.nullable) this.drift('mismatch', path, key, describe(spec), 'null');
      return null;
    }
    if (typeof value !== 'string') {
      this.drift('mismatch', path, key, describe(spec), this.#kindOf(value));
      return value;
    }
    const text = this.#xml ? value.trim() : value;
    if (text === '') return spec.nullable ? null : text;
    const date = spec.type === 'date' ? this.#settings.date(text) : this.#settings.rfc3339Date(text);
    if (date === undefined) {
      this.drift('mismatch', path, key, describe(spec), 'string that is not a date');
      return value;
    }
    return date;
  }
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
function problemOf(value: unknown, spec: ScalarSpec, kindOf: (value: unknown) => string): string | undefined {
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
function describe(spec: ScalarSpec): string {
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

/**
 * The value an XML body holds for the decoder: its root element's content, under the wrappers
 * the shape names. `fail` makes the `ParseError` of a body that is not that XML.
 */
export function xmlContent(
  text: string,
  shape: ResponseShape<unknown>,
  readXml: XmlReader | undefined,
  fail: (reason: string, cause?: unknown) => ParseError,
): unknown {
  if (!readXml) throw new TypeError(`${shape.label}: an XML body needs the XML reader`);
  let root: XmlRoot;
  try {
    root = readXml(text);
  } catch (error) {
    throw fail(`invalid XML (${(error as Error).message})`, error);
  }
  if (shape.xmlRoot && root.name !== shape.xmlRoot) throw fail(`expected XML root <${shape.xmlRoot}> but got <${root.name}>`);
  return (shape.xmlWrappers ?? []).reduce<unknown>(
    (node, name) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[name] : undefined) ?? '',
    root.content,
  );
}

/** What a decoding found that makes the body fail: a root of the wrong kind, or differences under `'strict'`. */
export interface DecodeFailure {
  /** The operation, for the message (`listAchievements`). */
  readonly label: string;
  /** `DecodeState.wrongRoot`. */
  readonly wrongRoot: string | undefined;
  readonly issues: readonly DecodeIssue[];
  readonly issueCount: number;
  /** The decoded value. */
  readonly value: unknown;
  readonly request: RequestInfoSummary | undefined;
  readonly ValidationError: ErrorClasses['ValidationError'];
  readonly kindOf: (value: unknown) => string;
}

/**
 * The error for a body that decoded but fails: its root is another kind of value than the spec
 * describes (under any policy), or it differs from the spec under `'strict'`.
 */
export function decodeFailure(failure: DecodeFailure): ValidationError {
  const { label, wrongRoot, value, request, ValidationError, kindOf } = failure;
  if (wrongRoot) {
    const received = kindOf(value);
    const issue = { code: 'mismatch', path: [], message: `expected ${wrongRoot}, received ${received}`, expected: wrongRoot, received };
    return new ValidationError(`${label}: the response is not the ${wrongRoot} the spec describes, but ${article(received)}`, [issue], value, request);
  }
  const issues = failure.issues.map(toValidationIssue);
  const first = issues[0];
  const count = failure.issueCount;
  return new ValidationError(
    `${label}: the response does not match the spec (${count} problem${count === 1 ? '' : 's'}; first at ${first?.path.join('.') || '(root)'}: ${first?.message})`,
    issues,
    value,
    request,
  );
}

const article = (kind: string) => (kind === 'missing' || kind === 'null' ? kind : /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

function toValidationIssue(issue: DecodeIssue): ValidationIssue {
  const message =
    issue.kind === 'missing'
      ? `missing (expected ${issue.expected})`
      : issue.kind === 'unknown'
        ? `not in the spec (${issue.received})`
        : issue.kind === 'respelled'
          ? `spelled ${issue.received} instead of ${issue.expected}`
          : `expected ${issue.expected}, received ${issue.received}`;
  return { code: issue.kind, path: issue.path, message, expected: issue.expected, received: issue.received };
}
