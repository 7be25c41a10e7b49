import type { OperationDef } from '@litmos-kit/client/operations';
import { type DecodedResponse, decodeResponse, type RequestInfoSummary, type ValidationPolicy } from '@litmos-kit/core';
import { litmosErrors } from './errors.js';
import { normalizeLitmosDate } from './litmos-date.js';

/** Settings of `decodeBody`. @internal */
export interface DecodeBodySettings {
  readonly request?: RequestInfoSummary | undefined;
  /** @default 'report' */
  readonly policy?: ValidationPolicy | undefined;
}

/**
 * Decodes a 2xx body of `op` with its generated decoder (@litmos-kit/core's `decodeResponse`):
 * XML and JSON bodies of the same records give equal objects, dates become ISO 8601 UTC, fields
 * the spec does not know are kept, and variant spellings get the spec's name. How the body
 * differs from the spec comes back as `drift`, for the client to report.
 * @throws {LitmosParseError} when the body is not the XML or JSON it should be.
 * @throws {LitmosValidationError} under the `'strict'` policy when it differs from the spec, and
 *   under any policy when its root is another kind of value (an object where a list belongs).
 * @internal
 */
export function decodeBody(op: OperationDef, text: string, contentType: string | null, settings: DecodeBodySettings = {}): DecodedResponse<unknown> {
  return decodeResponse(
    text,
    contentType,
    { label: op.id, decode: op.decode, xmlRoot: op.xmlRoot, xmlWrappers: op.xmlWrappers },
    // The Litmos REST spec requires identity fields only and documents the rest, which Litmos
    // sometimes leaves out: an absent documented field is a difference worth reporting. The
    // Learning Record Store (xAPI, no `source`) has truly optional fields.
    {
      policy: settings.policy,
      date: normalizeLitmosDate,
      expect: op.query.some((p) => p.name === 'source') ? 'all' : 'required',
      request: settings.request,
      errors: litmosErrors,
    },
  );
}
