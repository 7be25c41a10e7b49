/**
 * Litmos writes one instant in several ways: zone-less ISO in XML (`2026-10-29T14:05:09`),
 * ISO with `Z` or the WCF form `/Date(1793282709000+0000)/` in JSON, `YYYY-MM-DD HH:MM:SS` in
 * activity logs. All of them mean UTC. The SDK hands out one form: ISO 8601 with `Z`.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d{1,7})?(Z|[+-]\d{2}:?\d{2})?$/;
const WCF = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

/**
 * Turns any date form Litmos writes into an ISO 8601 UTC string (`2026-10-29T14:05:09.000Z`).
 * Returns `undefined` for text that is not a Litmos date, so the caller can report it.
 */
export function normalizeLitmosDate(text: string): string | undefined {
  // The forms of nearly every row are read by hand: a page holds thousands of dates.
  const fast = fastIso(text) ?? fastWcf(text);
  if (fast !== undefined) return fast;
  const wcf = WCF.exec(text);
  // The WCF offset says which zone the sender was in; the milliseconds are already UTC.
  if (wcf) return toIso(Number(wcf[1]));
  const iso = ISO.exec(text);
  if (!iso) return undefined;
  const zone = iso[8] ?? 'Z';
  const offset = zone === 'Z' ? '' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const fraction = (iso[7] ?? '').slice(0, 4); // Date keeps milliseconds only
  return toIso(Date.parse(`${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6]}${fraction}${offset || 'Z'}`));
}

function toIso(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const digit = (text: string, at: number) => {
  const c = text.charCodeAt(at) - 48;
  return c >= 0 && c <= 9 ? c : -100;
};
const two = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1);

/**
 * `YYYY-MM-DD[T ]HH:MM:SS[.fraction][Z]` without arithmetic: the answer `normalizeLitmosDate`'s
 * general path gives, or `undefined` to take that path (offsets, days a month lacks, odd forms).
 */
function fastIso(text: string): string | undefined {
  const length = text.length;
  if (length < 19 || length > 28) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const separator = text.charCodeAt(10);
  if (separator !== 84 && separator !== 32) return undefined;
  const year = two(text, 0) * 100 + two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  // A day past the month's last (V8 rolls 30 February over to March) goes the general way.
  if (
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysIn(year, month) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59
  ) {
    return undefined;
  }
  let end = length;
  if (text.charCodeAt(end - 1) === 90) end--; // Z
  let ms = '000';
  if (end > 19) {
    if (text.charCodeAt(19) !== 46 || end === 20 || end > 27) return undefined;
    for (let i = 20; i < end; i++) if (digit(text, i) < 0) return undefined;
    ms = `${text.slice(20, Math.min(end, 23))}00`.slice(0, 3);
  }
  return separator === 84 ? `${text.slice(0, 19)}.${ms}Z` : `${text.slice(0, 10)}T${text.slice(11, 19)}.${ms}Z`;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar, as `Date` counts them. */
function daysIn(year: number, month: number): number {
  if (month !== 2) return DAYS[month - 1] as number;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** `/Date(ms)/` and `/Date(ms±hhmm)/`, formatted by hand (the milliseconds are UTC whatever the offset). */
function fastWcf(text: string): string | undefined {
  if (text.charCodeAt(0) !== 47 || !text.startsWith('/Date(') || !text.endsWith(')/')) return undefined;
  let end = text.length - 2;
  const sign = text.charCodeAt(end - 5);
  if ((sign === 43 || sign === 45) && end - 5 > 6) {
    for (let i = end - 4; i < end; i++) if (digit(text, i) < 0) return undefined;
    end -= 5;
  }
  const start = text.charCodeAt(6) === 45 ? 7 : 6;
  if (end - start < 1 || end - start > 15) return undefined;
  let ms = 0;
  for (let i = start; i < end; i++) {
    const d = digit(text, i);
    if (d < 0) return undefined;
    ms = ms * 10 + d;
  }
  return isoOfMs(start === 7 ? -ms : ms);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** ISO 8601 of a UTC instant in years 1970 to 9999; other years go through `Date`. */
function isoOfMs(ms: number): string | undefined {
  if (ms < 0 || ms >= 253402300800000) return toIso(ms);
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  // Civil date from days since 1970-01-01 (H. Hinnant's algorithm, non-negative days).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : milli}Z`;
}

/** A date without a time (`2026-11-01`): midnight UTC, as the CLI and `resolveDeltaRange` read it too. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The moment a query date stands for, in milliseconds since the epoch, or `NaN` when it is not
 * one: a `Date`, a date (`2026-11-01`, midnight UTC) or any form `normalizeLitmosDate` reads.
 * The one rule for every date a caller passes (`formatQueryDate`, `resolveDeltaRange`).
 */
export function queryDateMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string') return Number.NaN;
  return Date.parse(normalizeLitmosDate(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value) ?? '');
}

/**
 * Writes a date the way Litmos reads it in query strings: `YYYY-MM-DD HH:MM:SS`, UTC.
 * Strings already in that form pass through; a date alone (`2026-11-01`) is midnight UTC;
 * other strings must parse as ISO 8601.
 * @throws {TypeError} when the value is not a valid date.
 */
export function formatQueryDate(value: Date | string, name = 'date'): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value)) return value;
  const ms = queryDateMs(value);
  if (Number.isNaN(ms)) {
    throw new TypeError(`Expected \`${name}\` to be a Date, a date (YYYY-MM-DD) or an ISO 8601 string, got ${JSON.stringify(value)}`);
  }
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}
