import type { DecodedResponse, RequestInfoSummary, ValidationPolicy } from '@litmos-kit/core';
import { decodeResponse } from '@litmos-kit/core/decode';
import type { AchievementsPage } from '@litmos-kit/xbox-client';
import { response } from '@litmos-kit/xbox-client/operations/list-user-achievements';

/** Settings of `decodeAchievementsPage`. */
export interface DecodeAchievementsPageSettings {
  readonly request?: RequestInfoSummary | undefined;
  /** @default 'report' */
  readonly policy?: ValidationPolicy | undefined;
}

/**
 * Decodes one JSON page of `GET /users/xuid({xuid})/achievements` as the client does (the
 * operation's generated codec, with @litmos-kit/core's `decodeResponse`). Fields the spec does
 * not know are kept; how the page differs from the spec comes back as `drift`.
 * @throws {ParseError} when the body is not JSON (an HTML page, a cut-off body).
 * @throws {ValidationError} under the `'strict'` policy, when it differs from the spec.
 */
export function decodeAchievementsPage(
  text: string,
  contentType: string | null,
  settings: DecodeAchievementsPageSettings = {},
): DecodedResponse<AchievementsPage> {
  return decodeResponse(text, contentType, response, { policy: settings.policy, request: settings.request });
}
