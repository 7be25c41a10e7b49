/**
 * Litmos' `/org/*` delta endpoints take a `since`/`to` range of at most 7 days, written
 * `YYYY-MM-DD HH:MM:SS` in UTC, and only include today when `to` lies in the future (Litmos'
 * "Date Range Delta Queries Via API" page; spec/docs/delta-queries.md). This module turns any
 * range into such windows. Windows touch
 * (one's `to` is the next one's `since`): whether Litmos' bounds are inclusive is undocumented,
 * so touching windows lose nothing, and a row seen at a boundary twice is dropped by the
 * pager's de-duplication.
 */
import { formatQueryDate, queryDateMs } from './litmos-date.js';

/** A `since`/`to` range in Litmos' query form (`YYYY-MM-DD HH:MM:SS`, UTC). */
export interface DeltaRange {
  readonly since: string;
  readonly to: string;
}

/** One window of a delta range: at most 7 days, in Litmos' query form. */
export interface DeltaWindow extends DeltaRange {
  /** Position of the window in the range, from 0. */
  readonly index: number;
}

/** Settings of `resolveDeltaRange`. */
export interface DeltaRangeOptions {
  /**
   * The current time, in milliseconds since the epoch.
   * @default Date.now()
   */
  readonly now?: number;
  /**
   * How far past now a `to` at or after now is moved, so that Litmos includes today.
   * @default 300000 (5 minutes)
   */
  readonly futureMarginMs?: number;
}

/** The longest window Litmos accepts. */
export const MAX_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

function toMs(value: unknown, name: string): number {
  const ms = queryDateMs(value);
  if (Number.isNaN(ms))
    throw new TypeError(`Expected \`${name}\` to be a Date or a date string (ISO 8601 or YYYY-MM-DD HH:MM:SS), got ${JSON.stringify(value)}`);
  // Litmos reads whole seconds; round here so that windows add up exactly.
  return Math.floor(ms / 1000) * 1000;
}

/**
 * Checks a delta range and puts it in Litmos' form. A `to` at or after now becomes now plus
 * `futureMarginMs`, because Litmos needs a future `to` to include today's changes. Start the
 * next export from the `to` you asked for (not the moved one): rows that change in between
 * are then read twice rather than never.
 * @throws {TypeError} when a bound is not a date, or `to` is not after `since`.
 */
export function resolveDeltaRange(since: Date | string, to: Date | string, options: DeltaRangeOptions = {}): DeltaRange {
  const { now = Date.now(), futureMarginMs = 300_000 } = options;
  const from = toMs(since, 'since');
  let until = toMs(to, 'to');
  if (until <= from)
    throw new TypeError(`Expected \`to\` to be after \`since\`, got since ${formatQueryDate(new Date(from))} and to ${formatQueryDate(new Date(until))}`);
  if (until >= Math.floor(now / 1000) * 1000) until = Math.ceil((now + futureMarginMs) / 1000) * 1000;
  return { since: formatQueryDate(new Date(from)), to: formatQueryDate(new Date(until)) };
}

/**
 * Splits a range into consecutive windows of at most 7 days. A range whose `since` lies past
 * its (moved) `to` has no windows.
 */
export function splitDeltaRange(range: DeltaRange, maxWindowMs = MAX_WINDOW_MS): DeltaWindow[] {
  const end = toMs(range.to, 'to');
  const windows: DeltaWindow[] = [];
  for (let from = toMs(range.since, 'since'); from < end; from += maxWindowMs) {
    windows.push({ index: windows.length, since: formatQueryDate(new Date(from)), to: formatQueryDate(new Date(Math.min(from + maxWindowMs, end))) });
  }
  return windows;
}
