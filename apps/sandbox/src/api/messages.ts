/**
 * The texts the sandbox answers with where the request pipeline refuses a call. Where Litmos'
 * exact wording is known it is used verbatim (spelling included); the others say so.
 */

/** Litmos' text for the rate limit. */
export const RATE_LIMIT_MESSAGE = 'Rating Limit Exceeded';
/** Text for a missing or wrong key (Litmos' exact wording is undocumented). */
export const UNAUTHORIZED_MESSAGE = 'Invalid API key';
/** Text for a missing `source` (Litmos' exact wording is undocumented). */
export const MISSING_SOURCE_MESSAGE = 'Please provide a source query string parameter';
/** Litmos' text for `limit` over 1000 (its spelling). */
export const LIMIT_MESSAGE = 'The maxminum number of records to return is 1000';
/** Litmos' text for a bad `since`/`to` range. */
export const DELTA_MESSAGE = 'Please provide a valid since and to query string parameters';
/** Litmos' text for a body it cannot read. */
export const BAD_BODY_MESSAGE = 'Please check the xml/json in the body of the request';
