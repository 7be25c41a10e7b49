/**
 * Reading a 2xx body, in two steps so that the XML reader loads only when a body is XML: which
 * format the body is in (`bodyFormatOf`), then parsing and decoding it (`decodeBody`, given the
 * reader for XML). The decoders' slow path (decode-slow-path.ts) loads the same way, with the
 * first body that needs it. `decodeResponse` (decode-response.ts) does both steps with the reader
 * and the slow path at hand.
 */
import { type BodyFormat, bodyFormat } from './body-format.js';
import type * as SlowPath from './decode-slow-path.js';
import { type DateRule, type DecodeIssue, DecodeState, kindOf, SlowPathNeeded } from './decode-state.js';
import { defaultErrorClasses, type ErrorClasses, type RequestInfoSummary } from './errors.js';
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

/** The decoders' slow path and the errors it builds (decode-slow-path.ts). */
export type DecodeSlowPathModule = Pick<typeof SlowPath, 'createDecodeSlowPath' | 'decodeFailure' | 'xmlContent'>;

let slowPath: DecodeSlowPathModule | undefined;
let loadingSlowPath: Promise<DecodeSlowPathModule> | undefined;

/** Loads the slow path once (a failed load is tried again with the next body that needs it). */
function loadSlowPath(): Promise<DecodeSlowPathModule> {
  // Named, not the module: a bundler then keeps no namespace object for it.
  loadingSlowPath ??= import('./decode-slow-path.js').then(
    ({ createDecodeSlowPath, decodeFailure, xmlContent }) => (slowPath = { createDecodeSlowPath, decodeFailure, xmlContent }),
    (error: unknown) => {
      loadingSlowPath = undefined;
      throw error;
    },
  );
  return loadingSlowPath;
}

/**
 * Parses a 2xx body of a known format (`bodyFormatOf`) and decodes it with the operation's
 * generated decoder under the validation policy. XML and JSON bodies of the same records give
 * equal values. `readXml` parses XML bodies. A body that matches the spec is decoded at once; the
 * first one that needs the decoders' slow path (every XML body does) waits for it to load, and
 * gets a promise.
 * @throws {ParseError} when the body is not the XML or JSON it should be (a truncated body,
 *   another root element), or the slow path it needs could not be loaded.
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
): DecodedResponse<T> | Promise<DecodedResponse<T>> {
  const again = () =>
    loadSlowPath().then(
      (loaded) => decodeBodyWith(text, format, contentType, shape, settings, readXml, loaded),
      // Like a body cut off, a chunk that did not arrive is a passing fault: a read is tried again.
      (error: unknown) => {
        throw parseError(text, contentType, shape, settings, 'the decoder could not be loaded', error);
      },
    );
  if (slowPath === undefined && format === 'xml' && shape.decode) return again();
  try {
    return decodeBodyWith(text, format, contentType, shape, settings, readXml, slowPath);
  } catch (error) {
    if (error instanceof SlowPathNeeded) return again();
    throw error;
  }
}

/**
 * `decodeBody` with the slow path given: `undefined` until it is loaded, in which case a body
 * that needs it throws `SlowPathNeeded`.
 */
export function decodeBodyWith<T>(
  text: string,
  format: BodyFormat,
  contentType: string | null,
  shape: ResponseShape<T>,
  settings: DecodeResponseSettings,
  readXml: XmlReader | undefined,
  slow: DecodeSlowPathModule | undefined,
): DecodedResponse<T> {
  const { label, decode } = shape;
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
    // XML needs the slow path anyway (its numbers and booleans are text): its reading is there too.
    if (!slow) throw new SlowPathNeeded('an XML body is read by the slow path');
    raw = slow.xmlContent(text, shape, readXml, fail);
  }

  const state = new DecodeState({ format, policy: settings.policy, date: settings.date, expect: settings.expect, slowPath: slow?.createDecodeSlowPath });
  const value = decode(raw, state, undefined);
  if (state.wrongRoot || state.failed) {
    if (!slow) throw new SlowPathNeeded('the error of this body is built by the slow path');
    throw slow.decodeFailure({
      label,
      wrongRoot: state.wrongRoot,
      issues: state.issues,
      issueCount: state.issueCount,
      value,
      request: settings.request,
      ValidationError: (settings.errors ?? defaultErrorClasses).ValidationError,
      kindOf,
    });
  }
  return { value, drift: state.issues };
}

function parseError<T>(text: string, contentType: string | null, shape: ResponseShape<T>, settings: DecodeResponseSettings, reason: string, cause?: unknown) {
  const errors = settings.errors ?? defaultErrorClasses;
  return new errors.ParseError(`${shape.label}: cannot read the response body: ${reason}`, text, contentType, settings.request, { cause });
}
