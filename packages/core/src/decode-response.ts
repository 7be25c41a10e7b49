import type { BodyFormat } from './body-format.js';
import { bodyFormatOf, type DecodedResponse, type DecodeResponseSettings, decodeBodyWith, UndecodableBody } from './decode-body.js';
import { createDriftRecorder, decodeFailure } from './decode-drift.js';
import { createDecodeSlowPath, xmlContent } from './decode-slow-path.js';
import { defaultErrorClasses } from './errors.js';
import type { ResponseShape } from './operation-def.js';
import { parseXmlRoot } from './parse-xml-root.js';

// Named imports, not namespaces: the bundler of this package would otherwise build namespace
// objects into the modules, which the call pipeline loads too.
const parts = { slow: { createDecodeSlowPath, xmlContent, parseXmlRoot }, drift: { createDriftRecorder, decodeFailure } };

/**
 * Reads a 2xx body: tells XML from JSON, parses it, and decodes it with the operation's
 * generated decoder under the validation policy. XML and JSON bodies of the same records give
 * equal values. The call pipeline does the same in two steps (decode-body.ts), loading the XML
 * reader only for XML and the decoders' slow path and drift recorder only for a body that needs
 * them; this is the one-step form for decoding a body at hand, with all of them.
 * @throws {ParseError} when the body is not the XML or JSON it should be (an HTML page, a
 *   truncated body, another root element).
 * @throws {ValidationError} under the `'strict'` policy, when the body differs from the spec; under
 *   any policy, when its root is another kind of value than the spec describes (an object for a
 *   list), which no reading can make sense of.
 */
export function decodeResponse<T>(
  text: string,
  contentType: string | null,
  shape: ResponseShape<T>,
  settings: DecodeResponseSettings = {},
): DecodedResponse<T> {
  if (!shape.decode) return { value: undefined as T, drift: [] };
  try {
    const format: BodyFormat = bodyFormatOf(text, contentType, shape, settings);
    return decodeBodyWith(text, format, contentType, shape, settings, parseXmlRoot, parts);
  } catch (error) {
    throw error instanceof UndecodableBody ? error.toError(settings.errors ?? defaultErrorClasses) : error;
  }
}
