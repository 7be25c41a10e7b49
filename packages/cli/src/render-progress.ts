import type { ProgressSnapshot } from './progress-stats.js';

const count = (n: number) => n.toLocaleString('en-US');
/** `1 row`, `1,000 rows`. */
export const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;
/** `2.5 s`. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

function windowText(s: ProgressSnapshot): string | undefined {
  return s.window && `window ${s.window.index + 1}/${s.window.count} (${s.window.since} → ${s.window.to})`;
}

/** The rate budget used in the current window: `rate budget 42/100 per 60 s`. */
export function budgetText(s: ProgressSnapshot): string {
  return `rate budget ${s.budgetUsed}/${s.budgetLimit} per ${seconds(s.budgetWindowMs).replace('.0 s', ' s')}`;
}

/** Rows, with the share this run added when it resumed an earlier one. */
function rowsText(s: ProgressSnapshot): string {
  return s.resumed ? `${plural(s.rows, 'row')} (${count(s.rows - s.resumedRows)} new since the resume)` : plural(s.rows, 'row');
}

/** What the command waits for now, in words, or the time it has waited for the budget so far. */
export function waitText(s: ProgressSnapshot): string {
  const left = s.waiting && seconds(s.waiting.remainingMs);
  switch (s.waiting?.reason) {
    case 'server-503':
      return `503 from Litmos: pausing, ${left} left`;
    case 'rate-limit':
      return `waiting for the budget, ~${left} (${seconds(s.waitedMs)} in all)`;
    case 'retry':
      return `retrying in ${left}`;
    default:
      return `waited ${seconds(s.waitedMs)} for it`;
  }
}

/**
 * The live display: three lines (what runs, how far it got, what it costs and waits for), each
 * cut to `width` so that no line wraps and the redraw can move up by exactly three lines.
 */
export function renderProgress(s: ProgressSnapshot, title: string, width: number, frame: number): string[] {
  const spinner = SPINNER[frame % SPINNER.length] as string;
  const lines = [
    `${spinner} ${title}${s.resumed ? ` (resuming after ${plural(s.resumedRows, 'row')})` : ''}`,
    `  ${[rowsText(s), plural(s.pages, 'page'), windowText(s)].filter(Boolean).join(' · ')}`,
    `  ${[`${plural(s.requests, 'request')}${s.retries ? ` (${count(s.retries)} retried)` : ''}`, budgetText(s), waitText(s), seconds(s.elapsedMs)].join(' · ')}`,
  ];
  return lines.map((line) => cut(line, width));
}

/** The periodic line printed when stderr is not a terminal. */
export function formatProgressLine(s: ProgressSnapshot): string {
  return `litmos: ${[
    rowsText(s),
    plural(s.pages, 'page'),
    windowText(s),
    `${plural(s.requests, 'request')}${s.retries ? ` (${count(s.retries)} retried)` : ''}`,
    budgetText(s),
    waitText(s),
    `${seconds(s.elapsedMs)} elapsed`,
  ]
    .filter(Boolean)
    .join(', ')}`;
}

/**
 * The speed of this run: rows per second when that is a meaningful number, else what it read
 * (a resumed run that mostly waited out a 503 reads a few rows in a long time: "0 rows/s" would
 * say nothing true).
 */
function rateText(s: ProgressSnapshot): string {
  // Rows kept from before a resume took no time now.
  const fresh = s.rows - s.resumedRows;
  const rate = s.elapsedMs > 0 ? (fresh / s.elapsedMs) * 1000 : 0;
  if (rate >= 1) return `${count(Math.round(rate))} rows/s`;
  return s.resumed ? `${plural(fresh, 'new row')}` : plural(fresh, 'row');
}

/** The last line of an export: what was written, where, and at what cost. */
export function formatSummary(s: ProgressSnapshot, destination: string): string {
  return (
    `litmos: exported ${plural(s.rows, 'row')} in ${plural(s.pages, 'page')} to ${destination}` +
    `${s.resumed ? ` (resumed after ${plural(s.resumedRows, 'row')})` : ''} in ${seconds(s.elapsedMs)} ` +
    `(${rateText(s)}; ${plural(s.requests, 'request')}${s.retries ? `, ${count(s.retries)} retried` : ''}; ` +
    `peak ${s.budgetPeak}/${s.budgetLimit} of the rate budget per ${seconds(s.budgetWindowMs).replace('.0 s', ' s')}; waited ${seconds(s.waitedMs)} for it)`
  );
}

/** Cuts a line to `width` characters, ending in `…` when cut. */
export function cut(line: string, width: number): string {
  const chars = [...line];
  return chars.length <= width ? line : `${chars.slice(0, Math.max(1, width - 1)).join('')}…`;
}
