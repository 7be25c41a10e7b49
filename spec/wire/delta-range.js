// @ts-check
// Litmos' rule for the `since`/`to` range of its delta ("changes") calls under `/org/*`: both
// values in the form `YYYY-MM-DD HH:MM:SS` (UTC), `to` not before `since`, and at most 7 days
// apart; anything else is refused with 406 and DELTA_RANGE_MESSAGE. Both local servers check a
// range with this one rule.

/** Longest range Litmos accepts: 7 days, in milliseconds. */
export const MAX_DELTA_RANGE_MS = 7 * 86_400_000;

const RANGE_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * Parses the strict delta date form `YYYY-MM-DD HH:MM:SS` (UTC) to epoch milliseconds, or
 * `undefined` for anything else, impossible dates (`2026-02-30`, `25:00:00`) included.
 * @param {string} text
 * @returns {number | undefined}
 */
export function parseDeltaDate(text) {
  const m = RANGE_DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const ms = Date.UTC(/** @type {number} */ (y), /** @type {number} */ (mo) - 1, d, h, mi, s);
  const back = new Date(ms);
  // Date would roll 2026-02-30 over to March; Litmos refuses it.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== /** @type {number} */ (mo) - 1 || back.getUTCDate() !== d) return undefined;
  if (back.getUTCHours() !== h || back.getUTCMinutes() !== mi || back.getUTCSeconds() !== s) return undefined;
  return ms;
}

/**
 * The range a delta call asks for, or `undefined` when Litmos refuses it (406): a value missing
 * or not in the strict form, `to` before `since`, or more than 7 days between them.
 * @param {string | null | undefined} since
 * @param {string | null | undefined} to
 * @returns {{ since: number, to: number } | undefined}
 */
export function readDeltaRange(since, to) {
  const start = typeof since === 'string' ? parseDeltaDate(since) : undefined;
  const end = typeof to === 'string' ? parseDeltaDate(to) : undefined;
  if (start === undefined || end === undefined || end < start || end - start > MAX_DELTA_RANGE_MS) return undefined;
  return { since: start, to: end };
}
