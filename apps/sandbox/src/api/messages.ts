/**
 * The texts the sandbox answers with where the request pipeline refuses a call. Most are shared
 * with the mock (`@litmos-kit/spec/wire`), so both fail the same way; where Litmos' exact wording
 * is known it is used verbatim (spelling included).
 */
export {
  BAD_BODY_MESSAGE,
  DELTA_RANGE_MESSAGE,
  ENDPOINT_NOT_FOUND_MESSAGE,
  LIMIT_MESSAGE,
  METHOD_NOT_ALLOWED_MESSAGE,
  MISSING_SOURCE_MESSAGE,
  REFUSED_CALL_STATUS,
  REFUSED_KEY_MESSAGE,
  UNAUTHORIZED_MESSAGE,
} from '#spec-wire';

/** Litmos' text for the rate limit. */
export const RATE_LIMIT_MESSAGE = 'Rating Limit Exceeded';
