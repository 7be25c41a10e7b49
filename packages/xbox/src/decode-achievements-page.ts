import { bodyFormat, ParseError, type RequestInfoSummary, validateValue } from '@litmos-kit/core';
import type { AchievementsPage } from '@litmos-kit/xbox-client';
import { zAchievementsPage } from '@litmos-kit/xbox-client/zod';

const LABEL = 'listUserAchievements';

/**
 * Decodes one JSON page of `GET /users/xuid({xuid})/achievements`, checked against the
 * generated zod schema. Fields the spec does not know are kept.
 * @throws {ParseError} when the body is not JSON (an HTML page, a cut-off body).
 * @throws {ValidationError} when it parses but does not match the spec.
 */
export function decodeAchievementsPage(text: string, contentType: string | null, request?: RequestInfoSummary): AchievementsPage {
  const fail = (reason: string, cause?: unknown) => new ParseError(`${LABEL}: cannot read the response body: ${reason}`, text, contentType, request, { cause });
  const format = bodyFormat(contentType, text);
  if (format !== 'json') throw fail(format === 'html' ? 'got an HTML page instead of data' : `expected JSON, got ${contentType ?? 'no content type'}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw fail(`invalid JSON (${(error as Error).message})`, error);
  }
  return validateValue<AchievementsPage>(zAchievementsPage, value, { label: LABEL, request });
}
