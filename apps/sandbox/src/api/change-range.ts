/**
 * The rules of Litmos' date-range ("delta") calls, `/org/*`:
 * - `since` and `to` are both required, written `YYYY-MM-DD HH:MM:SS` (UTC); anything else, a
 *   `to` before `since`, or a range longer than 7 days is refused with 406 and
 *   "Please provide a valid since and to query string parameters".
 * - A record is in the range when `since <= changed < to` (documented only as "between"; the
 *   half-open interval is the sandbox's choice, so consecutive ranges never report a record twice).
 * - "To get results for the current day, `to` must be set to a future date": the sandbox reads
 *   this as "a range whose `to` is not after the current time stops at midnight (UTC) of the
 *   current day". A range ending in the past still returns earlier days; today's changes appear
 *   only once `to` lies in the future. A client that ends its last range at "now" misses today.
 */
import { MAX_DELTA_RANGE_MS, readDeltaRange } from '#spec-wire';
import { startOfUtcDay } from '../wire/wire-dates.js';
import { DELTA_RANGE_MESSAGE } from './messages.js';
import { Refusal } from './refusal.js';

/** Longest range Litmos accepts (the rule shared with the mock, `@litmos-kit/spec/wire`). */
export const MAX_DELTA_MS = MAX_DELTA_RANGE_MS;

/** The change times a delta call asks for, validated, with the end the "today" rule leaves. */
export interface ChangeRange {
  readonly since: number;
  readonly to: number;
  /** The exclusive end actually applied: `to`, or midnight of today when `to` is not in the future. */
  readonly effectiveTo: number;
}

/**
 * Validates the `since`/`to` query values against `now`.
 * @throws Refusal 406 for a missing, malformed, reversed or longer-than-7-days range.
 */
export function readChangeRange(since: string | null, to: string | null, now: number): ChangeRange {
  const range = readDeltaRange(since, to);
  if (!range) throw new Refusal(406, DELTA_RANGE_MESSAGE);
  const effectiveTo = range.to > now ? range.to : Math.min(range.to, startOfUtcDay(now));
  return { ...range, effectiveTo };
}

/** Whether a change time falls in the range. */
export function inChangeRange(range: ChangeRange, changed: number | '' | null | undefined): boolean {
  return typeof changed === 'number' && changed >= range.since && changed < range.effectiveTo;
}
