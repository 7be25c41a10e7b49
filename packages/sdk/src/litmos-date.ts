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
