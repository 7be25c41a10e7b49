import { CliError } from './cli-error.js';

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
const DAY = 86_400_000;

/**
 * Reads a `--since`/`--to` value as a moment in time: `now`, `today`, `yesterday` (midnight
 * UTC), a span ago (`30d`, `12h`, `2w`, `90m`), a date (`2026-11-01`, midnight UTC) or a date
 * and time (`2026-11-01 08:00:00` or ISO 8601; without a zone it is UTC, as Litmos reads it).
 * Whole seconds only: Litmos reads no finer.
 * @throws {CliError} for anything else.
 */
export function parseDateOption(text: string, flag: string, now: number = Date.now()): Date {
  const value = text.trim().toLowerCase();
  let ms: number | undefined;
  const startOfToday = Math.floor(now / DAY) * DAY;
  if (value === 'now') ms = now;
  else if (value === 'today') ms = startOfToday;
  else if (value === 'yesterday') ms = startOfToday - DAY;
  else {
    const ago = /^(\d+)([mhdw])$/.exec(value);
    if (ago) ms = now - Number(ago[1]) * (UNITS[ago[2] as string] as number);
    else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) ms = Date.parse(`${value}T00:00:00Z`);
    else if (/^\d{4}-\d{2}-\d{2}[ t]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})?$/.test(value)) {
      const iso = value.replace(' ', 'T').toUpperCase();
      ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`);
    }
  }
  if (ms === undefined || Number.isNaN(ms)) {
    throw new CliError(`${flag} ${JSON.stringify(text)} is not a date`, {
      hint: 'use a date (2026-11-01), a date and time in UTC (2026-11-01 08:00:00), a span ago (30d, 12h, 2w) or now/today/yesterday',
    });
  }
  return new Date(Math.floor(ms / 1000) * 1000);
}

/** Writes a moment the way Litmos' query strings and the checkpoint show it: `YYYY-MM-DD HH:MM:SS` (UTC). */
export function formatLitmosDate(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}
