/**
 * Reading a 2xx body, in two steps so that the XML reader loads only when a body is XML: which
 * format the body is in (`bodyFormatOf`), then parsing and decoding it (`decodeBody`, given the
 * reader for XML). `decodeResponse` (decode-response.ts) does both with the reader at hand.
 */
import { type BodyFormat, bodyFormat } from './body-format.js';
import { type DateRule, type DecodeIssue, DecodeState, kindOf } from './decode-state.js';
import { defaultErrorClasses, type ErrorClasses, type RequestInfoSummary, type ValidationIssue } from './errors.js';
import type { ResponseShape } from './operation-def.js';
import type { XmlRoot } from './parse-xml-root.js';
import type { ValidationPolicy } from './validation-policy.js';

/** Reads an XML document into its root element (core's `parseXmlRoot`). */
export type XmlReader = (text: string) => XmlRoot;

/** Settings of `decodeResponse`. */
export interface DecodeResponseSettings {
  /** @default 'report' */
  readonly policy?: ValidationPolicy | undefined;
  /** The SDK's rule for `date` fields (see `DateRule`). */
  readonly date?: DateRule | undefined;
  /** Which declared fields a body must carry (see `DecodeStateSettings.expect`). @default 'required' */
  readonly expect?: 'all' | 'required' | undefined;
  /** The request the body answered, for errors. */
  readonly request?: RequestInfoSummary | undefined;
  /** @default defaultErrorClasses */
  readonly errors?: Pick<ErrorClasses, 'ParseError' | 'ValidationError'> | undefined;
}

/** A decoded body and how it differs from the spec (empty with the `'off'` policy). */
export interface DecodedResponse<T> {
  readonly value: T;
  /** The first difference at each place in the body (see `DecodeIssue.pattern`). */
  readonly drift: readonly DecodeIssue[];
}

/**
 * The format of a 2xx body (from its Content-Type, or its first character), when it is one the
 * operation answers in.
 * @throws {ParseError} for an HTML page, or a format the operation does not answer in.
 */
export function bodyFormatOf<T>(text: string, contentType: string | null, shape: ResponseShape<T>, settings: DecodeResponseSettings = {}): BodyFormat {
  const format = bodyFormat(contentType, text);
  if (format === 'html') throw parseError(text, contentType, shape, settings, 'got an HTML page instead of data');
  const formats = shape.formats ?? ['xml', 'json'];
  if (format === undefined || !formats.includes(format)) {
    const allowed = formats.map((f) => f.toUpperCase()).join(' or ');
    throw parseError(
      text,
      contentType,
      shape,
      settings,
      format === undefined && formats.length > 1
        ? `unexpected content type ${contentType ?? '(none)'}`
        : `expected ${allowed}, got ${contentType ?? 'no content type'}`,
    );
  }
  return format;
}

/**
 * Parses a 2xx body of a known format (`bodyFormatOf`) and decodes it with the operation's
 * generated decoder under the validation policy. XML and JSON bodies of the same records give
 * equal values. `readXml` parses XML bodies.
 * @throws {ParseError} when the body is not the XML or JSON it should be (a truncated body,
 *   another root element).
 * @throws {ValidationError} under the `'strict'` policy, when the body differs from the spec; under
 *   any policy, when its root is another kind of value than the spec describes (an object for a
 *   list), which no reading can make sense of.
 */
export function decodeBody<T>(
  text: string,
  format: BodyFormat,
  contentType: string | null,
  shape: ResponseShape<T>,
  settings: DecodeResponseSettings,
  readXml: XmlReader | undefined,
): DecodedResponse<T> {
  const { label, decode } = shape;
  const errors = settings.errors ?? defaultErrorClasses;
  if (!decode) return { value: undefined as T, drift: [] };
  const fail = (reason: string, cause?: unknown) => parseError(text, contentType, shape, settings, reason, cause);

  let raw: unknown;
  if (format === 'json') {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw fail(`invalid JSON (${(error as Error).message})`, error);
    }
  } else {
    if (!readXml) throw new TypeError(`${label}: an XML body needs the XML reader`);
    let root: XmlRoot;
    try {
      root = readXml(text);
    } catch (error) {
      throw fail(`invalid XML (${(error as Error).message})`, error);
    }
    if (shape.xmlRoot && root.name !== shape.xmlRoot) throw fail(`expected XML root <${shape.xmlRoot}> but got <${root.name}>`);
    raw = (shape.xmlWrappers ?? []).reduce<unknown>(
      (node, name) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[name] : undefined) ?? '',
      root.content,
    );
  }

  const state = new DecodeState({ format, policy: settings.policy, date: settings.date, expect: settings.expect });
  const value = decode(raw, state, undefined);
  if (state.wrongRoot) {
    const issue = {
      code: 'mismatch',
      path: [],
      message: `expected ${state.wrongRoot}, received ${kindOf(value)}`,
      expected: state.wrongRoot,
      received: kindOf(value),
    };
    throw new errors.ValidationError(
      `${label}: the response is not the ${state.wrongRoot} the spec describes, but ${article(kindOf(value))}`,
      [issue],
      value,
      settings.request,
    );
  }
  if (state.failed) {
    const issues = state.issues.map(toValidationIssue);
    const first = issues[0];
    const count = state.issueCount;
    throw new errors.ValidationError(
      `${label}: the response does not match the spec (${count} problem${count === 1 ? '' : 's'}; first at ${first?.path.join('.') || '(root)'}: ${first?.message})`,
      issues,
      value,
      settings.request,
    );
  }
  return { value, drift: state.issues };
}

function parseError<T>(text: string, contentType: string | null, shape: ResponseShape<T>, settings: DecodeResponseSettings, reason: string, cause?: unknown) {
  const errors = settings.errors ?? defaultErrorClasses;
  return new errors.ParseError(`${shape.label}: cannot read the response body: ${reason}`, text, contentType, settings.request, { cause });
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
