/**
 * Reading a 2xx body, in two steps so that the XML reader loads only when a body is XML: which
 * format the body is in (`bodyFormatOf`), then parsing and decoding it (`decodeBody`, given the
 * reader for XML). The decoders' slow path (decode-slow-path.ts) and drift recorder
 * (decode-drift.ts) load the same way, with the first body that needs them. `decodeResponse`
 * (decode-response.ts) does both steps with all of them at hand.
 */
import { type BodyFormat, bodyFormat } from './body-format.js';
import type * as Drift from './decode-drift.js';
import type * as SlowPath from './decode-slow-path.js';
import { type DateRule, type DecodeIssue, DecodeState, kindOf, SlowPathNeeded } from './decode-state.js';
import type { ErrorClasses, RequestInfoSummary, SdkError } from './errors.js';
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
  /** The classes `decodeResponse` throws (the call pipeline brings its own). @default defaultErrorClasses */
  readonly errors?: Pick<ErrorClasses, 'ParseError' | 'ValidationError'> | undefined;
}

/**
 * What `bodyFormatOf` and `decodeBody` throw for a body they cannot decode: the error, to be
 * made once the SDK's error classes are at hand. The call pipeline loads them with a client's
 * first failure; `decodeResponse` has them.
 */
export class UndecodableBody {
  constructor(
    /** Makes the error (a `ParseError` or `ValidationError`) from the SDK's classes. */
    readonly toError: (errors: Pick<ErrorClasses, 'ParseError' | 'ValidationError'>) => SdkError,
  ) {}
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
 * @throws {UndecodableBody} (of a `ParseError`) for an HTML page, or a format the operation does not answer in.
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

/** The parts of the decoding runtime that load on demand; `undefined` until loaded. */
export interface DecodeParts {
  /** The slow path (decode-slow-path.ts): conversions and checks, and the reading of XML bodies with the XML reader it brings along. */
  readonly slow?: Pick<typeof SlowPath, 'createDecodeSlowPath' | 'xmlContent' | 'parseXmlRoot'> | undefined;
  /** The drift recorder (decode-drift.ts), and the error of a failing body. */
  readonly drift?: Pick<typeof Drift, 'createDriftRecorder' | 'decodeFailure'> | undefined;
}

const loaded: { slow?: DecodeParts['slow']; drift?: DecodeParts['drift'] } = {};
let loadingSlow: Promise<unknown> | undefined;
let loadingDrift: Promise<unknown> | undefined;

/**
 * Loads the slow path, and the drift recorder too unless `slowOnly`, once each (a failed load is
 * tried again with the next body that needs it). Named imports, not the modules: a bundler then
 * keeps no namespace object for them.
 */
async function loadParts(slowOnly: boolean): Promise<DecodeParts> {
  loadingSlow ??= import('./decode-slow-path.js').then(({ createDecodeSlowPath, xmlContent, parseXmlRoot }) => {
    loaded.slow = { createDecodeSlowPath, xmlContent, parseXmlRoot };
  });
  if (!slowOnly) {
    loadingDrift ??= import('./decode-drift.js').then(({ createDriftRecorder, decodeFailure }) => {
      loaded.drift = { createDriftRecorder, decodeFailure };
    });
  }
  try {
    await Promise.all([loadingSlow, loadingDrift]);
  } catch (error) {
    if (!loaded.slow) loadingSlow = undefined;
    if (!loaded.drift) loadingDrift = undefined;
    throw error;
  }
  return loaded;
}

/**
 * Parses a 2xx body of a known format (`bodyFormatOf`) and decodes it with the operation's
 * generated decoder under the validation policy. XML and JSON bodies of the same records give
 * equal values. `readXml` parses XML bodies; without it, the XML reader that comes with the slow
 * path does. A body that matches the spec is decoded at once; the
 * first one that needs the slow path (every XML body does) or the drift recorder (a body that
 * differs from the spec) waits for it to load, and gets a promise.
 * @throws {UndecodableBody} of a `ParseError` when the body is not the XML or JSON it should be
 *   (a truncated body, another root element), or the slow path it needs could not be loaded; of a
 *   `ValidationError` under the `'strict'` policy, when the body differs from the spec, and under
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
  const decodeWith = (parts: DecodeParts): DecodedResponse<T> | Promise<DecodedResponse<T>> => {
    try {
      return decodeBodyWith(text, format, contentType, shape, settings, readXml, parts);
    } catch (error) {
      if (error instanceof SlowPathNeeded && !(parts.slow && parts.drift)) return load(false);
      throw error;
    }
  };
  const load = (slowOnly: boolean): Promise<DecodedResponse<T>> =>
    loadParts(slowOnly).then(decodeWith, (error: unknown) => {
      // Like a body cut off, a chunk that did not arrive is a passing fault: a read is tried again.
      throw parseError(text, contentType, shape, settings, 'the decoder could not be loaded', error);
    });
  // An XML body needs the slow path; it differs from the spec only now and then.
  if (loaded.slow === undefined && format === 'xml' && shape.decode) return load(true);
  return decodeWith(loaded);
}

/**
 * `decodeBody` with the parts of the runtime at hand: a body that needs a part that is not
 * throws `SlowPathNeeded`.
 */
export function decodeBodyWith<T>(
  text: string,
  format: BodyFormat,
  contentType: string | null,
  shape: ResponseShape<T>,
  settings: DecodeResponseSettings,
  readXml: XmlReader | undefined,
  parts: DecodeParts,
): DecodedResponse<T> {
  const { slow, drift } = parts;
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
    if (!slow) throw new SlowPathNeeded();
    raw = slow.xmlContent(text, shape, readXml ?? slow.parseXmlRoot, fail);
  }

  const { policy, date, expect } = settings;
  const state = new DecodeState({ format, policy, date, expect, slowPath: slow?.createDecodeSlowPath, driftRecorder: drift?.createDriftRecorder });
  const value = decode(raw, state, undefined);
  if (state.wrongRoot || state.failed) {
    if (!drift) throw new SlowPathNeeded();
    const { wrongRoot, issues, issueCount } = state;
    throw new UndecodableBody(({ ValidationError }) =>
      drift.decodeFailure({ label, wrongRoot, issues, issueCount, value, request: settings.request, ValidationError, kindOf }),
    );
  }
  return { value, drift: state.issues };
}

function parseError<T>(text: string, contentType: string | null, shape: ResponseShape<T>, settings: DecodeResponseSettings, reason: string, cause?: unknown) {
  return new UndecodableBody(
    ({ ParseError }) => new ParseError(`${shape.label}: cannot read the response body: ${reason}`, text, contentType, settings.request, { cause }),
  );
}
