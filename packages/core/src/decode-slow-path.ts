/**
 * The slow path of the generated decoders (see decode-state.ts): what every XML body needs (its
 * numbers and booleans are text) and a JSON body that differs from the spec. Values are
 * converted where the spec's type has one reading of them and checked against the spec's
 * constraints; each difference goes to the state, whose drift recorder (decode-drift.ts, loaded
 * only when there is one) records it. The call pipeline loads this module, with the XML reader
 * it brings along (`parseXmlRoot`, see decode-body.ts), with the first body that needs it, so it imports nothing
 * else at run time: what it shares with the state comes in its settings.
 */
import type { XmlReader } from './decode-body.js';
import type { CreateDecodeSlowPath, DecodePath, DecodeSlowPath, DecodeSlowPathSettings, DecodeState, ListSpec, ScalarSpec } from './decode-state.js';
import type { ResponseShape } from './operation-def.js';
import type { XmlRoot } from './parse-xml-root.js';

export { parseXmlRoot } from './parse-xml-root.js';

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** The slow path of one decoding. */
export const createDecodeSlowPath: CreateDecodeSlowPath = (settings) => new SlowPath(settings);

/** A class, not an object of closures: one set of methods, whose call sites stay fast for XML bodies (all text). */
class SlowPath implements DecodeSlowPath {
  readonly #settings: DecodeSlowPathSettings;
  readonly #state: DecodeState;
  readonly #xml: boolean;
  readonly #check: boolean;
  readonly #kindOf: (value: unknown) => string;

  constructor(settings: DecodeSlowPathSettings) {
    this.#settings = settings;
    this.#state = settings.state;
    this.#xml = settings.xml;
    this.#check = settings.check;
    this.#kindOf = settings.kindOf;
  }

  extras(object: Record<string, unknown>, known: ReadonlySet<string>, path: DecodePath | undefined): void {
    for (const name of Object.keys(object)) {
      if (!known.has(name)) this.#state.drift('unknown', path, name, 'no such field', this.#kindOf(object[name]));
    }
  }

  respell(object: Record<string, unknown>, variant: string, canonical: string, path: DecodePath | undefined): Record<string, unknown> {
    this.#state.drift('respelled', path, variant, canonical, variant);
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

  xmlItems(node: unknown): unknown[] | undefined {
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

  listSize(path: DecodePath | undefined, spec: ListSpec, length: number): void {
    if (spec.minItems !== undefined && length < spec.minItems)
      this.#state.drift('mismatch', path, undefined, `array of at least ${spec.minItems} items`, `array of ${length}`);
    if (spec.maxItems !== undefined && length > spec.maxItems)
      this.#state.drift('mismatch', path, undefined, `array of at most ${spec.maxItems} items`, `array of ${length}`);
  }

  fits(value: unknown, spec: ScalarSpec): boolean {
    if (value === null) return spec.nullable === true || spec.type === 'any';
    const converted = this.#xml && typeof value === 'string' ? fromText(value, spec) : value;
    return converted !== undefined && problemOf(converted, spec, this.#kindOf) === undefined && typeOk(converted, spec);
  }

  scalar(value: unknown, spec: ScalarSpec, path: DecodePath | undefined, key?: string | number): unknown {
    if (value === null) {
      if (!spec.nullable && spec.type !== 'any') this.#state.drift('mismatch', path, key, spec, 'null');
      return null;
    }
    if (spec.type === 'date' || spec.type === 'date-time') return this.date(value, spec, path, key);
    let out: unknown = value;
    if (!typeOk(value, spec)) {
      const converted = typeof value === 'string' ? fromText(value, spec) : fromValue(value, spec);
      if (converted === undefined) {
        this.#state.drift('mismatch', path, key, spec, this.#kindOf(value));
        return value;
      }
      // XML has only text: reading it as the spec's type is the format, not a difference, unless
      // the text is not XML Schema's own form (`True` for a boolean).
      if (!(this.#xml && typeof value === 'string') || (spec.type === 'boolean' && value.trim() !== String(converted))) {
        this.#state.drift('coerced', path, key, spec, this.#kindOf(value));
      }
      out = converted;
    }
    if (this.#check) {
      const problem = problemOf(out, spec, this.#kindOf);
      if (problem !== undefined) this.#state.drift('mismatch', path, key, spec, problem);
    }
    return out;
  }

  date(value: unknown, spec: ScalarSpec, path: DecodePath | undefined, key?: string | number): unknown {
    if (value === null) {
      if (!spec.nullable) this.#state.drift('mismatch', path, key, spec, 'null');
      return null;
    }
    if (typeof value !== 'string') {
      this.#state.drift('mismatch', path, key, spec, this.#kindOf(value));
      return value;
    }
    const text = this.#xml ? value.trim() : value;
    if (text === '') return spec.nullable ? null : text;
    const date = spec.type === 'date' ? this.#settings.date(text) : this.#settings.rfc3339Date(text);
    if (date === undefined) {
      this.#state.drift('mismatch', path, key, spec, 'string that is not a date');
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

/**
 * The value an XML body holds for the decoder: its root element's content, under the wrappers
 * the shape names. `fail` makes what to throw for a body that is not that XML.
 */
export function xmlContent(
  text: string,
  shape: ResponseShape<unknown>,
  readXml: XmlReader | undefined,
  fail: (reason: string, cause?: unknown) => unknown,
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
