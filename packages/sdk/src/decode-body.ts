import type { DecodedResponse, DecodeResponseSettings, OperationCodec, OperationDef } from '@litmos-kit/core';
import { decodeResponse } from '@litmos-kit/core/decode';
import { litmosErrors } from './errors.js';
import { normalizeLitmosDate } from './litmos-date.js';
import { expectedFields } from './litmos-request.js';

/**
 * Decodes a 2xx body of `op` (whose codec is loaded) the way a Litmos client reads it: Litmos'
 * date forms to ISO 8601 UTC, documented fields expected on REST answers, Litmos' error classes.
 * For tests and the benchmark, which decode bodies without sending a request.
 * @internal
 */
export function decodeBody<T>(
  op: OperationDef<T>,
  codec: OperationCodec<T>,
  text: string,
  contentType: string | null,
  settings: Pick<DecodeResponseSettings, 'policy' | 'request'> = {},
): DecodedResponse<T> {
  return decodeResponse(text, contentType, codec.response, {
    ...settings,
    date: normalizeLitmosDate,
    expect: expectedFields(op),
    errors: litmosErrors,
  });
}
