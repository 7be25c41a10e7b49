/**
 * Litmos' date forms. Internally the sandbox keeps every point in time as epoch milliseconds
 * (whole seconds); these helpers write and read the forms seen on the wire: zone-less ISO in XML,
 * `/Date(ms)/` or ISO with `Z` in JSON, and `YYYY-MM-DD HH:MM:SS` in the `since`/`to` query
 * parameters.
 */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Zone-less ISO 8601 as Litmos writes it in XML: `2026-10-29T14:05:09` (UTC, no zone). */
export function formatXmlDateTime(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` + `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** ISO 8601 with `Z`, the JSON form Litmos uses for person records: `2026-10-29T14:05:09Z`. */
export function formatIsoUtc(ms: number): string {
  return `${formatXmlDateTime(ms)}Z`;
}

/**
 * The offset a JSON answer writes in its WCF dates: a `±hhmm` offset (`/Date(ms+0000)/`, the
 * form Litmos' examples show and some public clients require) or `'none'` for the bare
 * `/Date(ms)/`. The milliseconds are UTC either way; the offset only tells the zone of display.
 */
export type JsonDateOffset = string;

/** The default JSON date offset: UTC written out, `/Date(ms+0000)/`. */
export const DEFAULT_JSON_DATE_OFFSET: JsonDateOffset = '+0000';

/** Checks a JSON date offset option. @throws TypeError for anything but `±hhmm` or `'none'`. */
export function checkJsonDateOffset(offset: string): JsonDateOffset {
  if (offset === 'none' || /^[+-](?:[01]\d|2[0-3])[0-5]\d$/.test(offset)) return offset;
  throw new TypeError(`Expected a JSON date offset like +0000 or -0500, or none; got ${JSON.stringify(offset)}`);
}

/** The WCF JSON form `/Date(1793282709000+0000)/` used for every JSON date outside person records. */
export function formatWcfJsonDate(ms: number, offset: JsonDateOffset = DEFAULT_JSON_DATE_OFFSET): string {
  return offset === 'none' ? `/Date(${ms})/` : `/Date(${ms}${offset})/`;
}

/** `YYYY-MM-DD HH:MM:SS`, the query-string form of `since` and `to`. */
export function formatRangeParam(ms: number): string {
  return formatXmlDateTime(ms).replace('T', ' ');
}

const LOOSE_QUERY_DATE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function utc(y: string, mo: string, d: string, h = '0', mi = '0', s = '0'): number | undefined {
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const back = new Date(ms);
  // Reject 2026-02-30 and 25:00:00 rather than letting Date roll them over.
  if (back.getUTCDate() !== Number(d) || back.getUTCHours() !== Number(h) || back.getUTCMinutes() !== Number(mi)) return undefined;
  if (Number(s) > 59) return undefined;
  return ms;
}

/** Parses `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DD HH:MM:SS`, as `/achievements` and
 * `/users/details` accept for `since`. */
export function parseLooseDateParam(text: string): number | undefined {
  const m = LOOSE_QUERY_DATE.exec(text);
  if (!m) return undefined;
  return utc(m[1]!, m[2]!, m[3]!, m[4] ?? '0', m[5] ?? '0', m[6] ?? '0');
}

const WCF_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}):(\d{2})(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Parses a `/Date(ms[±hhmm])/` string (the offset only affects display in WCF, not the instant). */
export function parseWcfDate(text: string): number | undefined {
  const m = WCF_DATE.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * Parses a date as .NET's XML reader accepts it for a DateTime: `xs:dateTime` with an optional
 * fraction and zone, or a plain `xs:date` (`2026-12-10`, midnight). Zone-less means UTC.
 */
export function parseXmlDateTime(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const base = utc(m[1]!, m[2]!, m[3]!, m[4] ?? '0', m[5] ?? '0', m[6] ?? '0');
  if (base === undefined) return undefined;
  const zone = m[8];
  if (!zone || zone === 'Z') return base;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return base - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/** Midnight UTC of the day that holds `ms`. */
export function startOfUtcDay(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
