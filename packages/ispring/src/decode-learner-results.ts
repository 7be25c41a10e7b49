import type { DecodedResponse, RequestInfoSummary, ValidationPolicy } from '@litmos-kit/core';
import { decodeResponse } from '@litmos-kit/core/decode';
import type { LearnerResultsResponse } from '@litmos-kit/ispring-client';
import { response } from '@litmos-kit/ispring-client/operations/list-learner-results';

/** Settings of `decodeLearnerResults`. */
export interface DecodeLearnerResultsSettings {
  readonly request?: RequestInfoSummary | undefined;
  /** @default 'report' */
  readonly policy?: ValidationPolicy | undefined;
}

/**
 * Decodes one XML page of `GET /learners/results` into typed rows and the next-page token, as
 * the client does (the operation's generated codec, with @litmos-kit/core's `decodeResponse`):
 * `<timeSpent>10</timeSpent>` becomes `10`, `<isOverdue>0</isOverdue>` `0` and
 * `<isOverdue>false</isOverdue>` `false`, a single `<result>` a one-row array. Elements the spec
 * does not know are kept; how the page differs from the spec comes back as `drift`.
 * @throws {ParseError} when the body is not one complete XML document with a `<response>` root.
 * @throws {ValidationError} under the `'strict'` policy, when it differs from the spec.
 */
export function decodeLearnerResults(
  text: string,
  contentType: string | null,
  settings: DecodeLearnerResultsSettings = {},
): DecodedResponse<LearnerResultsResponse> {
  return decodeResponse(text, contentType, response, { policy: settings.policy, request: settings.request });
}
