/**
 * The rules of Litmos' date-range ("delta") calls, `/org/*` (litmos-api.md §1.11 and the
 * "Date Range Delta Queries" page):
 * - `since` and `to` are both required, written `YYYY-MM-DD HH:MM:SS` (UTC); anything else, a
 *   `to` before `since`, or a range longer than 7 days is refused with 406 and
 *   "Please provide a valid since and to query string parameters".
 * - A record is in the range when `since <= changed < to` (documented only as "between"; the
 *   half-open interval is the sandbox's choice, so consecutive windows never report a record twice).
 * - "To get results for the current day, `to` must be set to a future date": the sandbox reads
 *   this as "a range whose `to` is not after the current time stops at midnight (UTC) of the
 *   current day". A range ending in the past still returns earlier days; today's changes appear
 *   only once `to` lies in the future. A client that ends its last window at "now" misses today.
 */
import { parseQueryDate, startOfUtcDay } from './litmos-dates.js';
import { LitmosError } from './litmos-error.js';

/** The message Litmos sends for a bad range. */
export const DELTA_MESSAGE = 'Please provide a valid since and to query string parameters';
/** Longest range Litmos accepts. */
export const MAX_DELTA_MS = 7 * 86_400_000;

/** A validated range and the effective end after the "today" rule. */
export interface DeltaWindow {
  readonly since: number;
  readonly to: number;
  /** The exclusive end actually applied: `to`, or midnight of today when `to` is not in the future. */
  readonly effectiveTo: number;
}

/**
 * Validates `since`/`to` against `now`.
 * @throws LitmosError 406 for a missing, malformed, reversed or longer-than-7-days range.
 */
export function deltaWindow(since: string | null, to: string | null, now: number): DeltaWindow {
  const s = since === null ? undefined : parseQueryDate(since);
  const t = to === null ? undefined : parseQueryDate(to);
  if (s === undefined || t === undefined || t < s || t - s > MAX_DELTA_MS) throw new LitmosError(406, DELTA_MESSAGE);
  const effectiveTo = t > now ? t : Math.min(t, startOfUtcDay(now));
  return { since: s, to: t, effectiveTo };
}

/** Whether a change time falls in the window. */
export function inWindow(window: DeltaWindow, changed: number | '' | null | undefined): boolean {
  return typeof changed === 'number' && changed >= window.since && changed < window.effectiveTo;
}
