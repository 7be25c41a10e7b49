import { type DecodedResponse, decodeResponse, type RequestInfoSummary, type ValidationPolicy } from '@litmos-kit/core';
import type { LearnerResultsResponse } from '@litmos-kit/ispring-client';
import { decodeListLearnerResultsResponse } from '@litmos-kit/ispring-client/decoders/list-learner-results-response';

/** The root element of the page, the schema's `xml.name` in spec/ispring. */
const ROOT = 'response';
const LABEL = 'listLearnerResults';

/** Settings of `decodeLearnerResults`. */
export interface DecodeLearnerResultsSettings {
  readonly request?: RequestInfoSummary | undefined;
  /** @default 'report' */
  readonly policy?: ValidationPolicy | undefined;
}

/**
 * Decodes one XML page of `GET /learners/results` into typed rows and the next-page token with
 * the generated decoder (@litmos-kit/core's `decodeResponse`): `<timeSpent>10</timeSpent>`
 * becomes `10`, `<isOverdue>0</isOverdue>` `0` and `<isOverdue>false</isOverdue>` `false`, a
 * single `<result>` a one-row array. Elements the spec does not know are kept; how the page
 * differs from the spec comes back as `drift`.
 * @throws {ParseError} when the body is not one complete XML document with a `<response>` root.
 * @throws {ValidationError} under the `'strict'` policy, when it differs from the spec.
 */
export function decodeLearnerResults(
  text: string,
  contentType: string | null,
  settings: DecodeLearnerResultsSettings = {},
): DecodedResponse<LearnerResultsResponse> {
  return decodeResponse(
    text,
    contentType,
    { label: LABEL, decode: decodeListLearnerResultsResponse, xmlRoot: ROOT, formats: ['xml'] },
    { policy: settings.policy, request: settings.request },
  );
}
