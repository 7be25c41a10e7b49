import type { ProgressSnapshot } from './progress-stats.js';

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

function windowText(s: ProgressSnapshot): string | undefined {
  return s.window && `window ${s.window.index + 1}/${s.window.count} (${s.window.since} → ${s.window.to})`;
}

function budgetText(s: ProgressSnapshot): string {
  return `rate budget ${s.budgetUsed}/${s.budgetLimit} per ${seconds(s.budgetWindowMs).replace('.0 s', ' s')}`;
}

/**
 * The live display: three lines (what runs, how far it got, what it costs), each cut to
 * `width` so that no line wraps and the redraw can move up by exactly three lines.
 */
export function renderProgress(s: ProgressSnapshot, title: string, width: number, frame: number): string[] {
  const spinner = SPINNER[frame % SPINNER.length] as string;
  const lines = [
    `${spinner} ${title}`,
    `  ${[plural(s.rows, 'row'), plural(s.pages, 'page'), windowText(s)].filter(Boolean).join(' · ')}`,
    `  ${[
      `${plural(s.requests, 'request')}${s.retries ? ` (${count(s.retries)} retried)` : ''}`,
      budgetText(s),
      s.waiting ? `waiting for the budget (${seconds(s.waitedMs)} in all)` : `waited ${seconds(s.waitedMs)} for it`,
      seconds(s.elapsedMs),
    ].join(' · ')}`,
  ];
  return lines.map((line) => cut(line, width));
}

/** The periodic line printed when stderr is not a terminal. */
export function formatProgressLine(s: ProgressSnapshot): string {
  return `litmos: ${[
    plural(s.rows, 'row'),
    plural(s.pages, 'page'),
    windowText(s),
    `${plural(s.requests, 'request')}${s.retries ? ` (${count(s.retries)} retried)` : ''}`,
    budgetText(s),
    `waited ${seconds(s.waitedMs)} for it`,
    `${seconds(s.elapsedMs)} elapsed`,
  ]
    .filter(Boolean)
    .join(', ')}`;
}

/** The last line of an export: what was written, where, and at what cost. */
export function formatSummary(s: ProgressSnapshot, destination: string, resumed: boolean): string {
  // The rate of this run: rows kept from before a resume took no time now.
  const rate = s.elapsedMs > 0 ? Math.round(((s.rows - s.resumedRows) / s.elapsedMs) * 1000) : 0;
  return (
    `litmos: exported ${plural(s.rows, 'row')} in ${plural(s.pages, 'page')} to ${destination}${resumed ? ' (resumed)' : ''} in ${seconds(s.elapsedMs)} ` +
    `(${count(rate)} rows/s; ${plural(s.requests, 'request')}${s.retries ? `, ${count(s.retries)} retried` : ''}; ` +
    `peak ${s.budgetPeak}/${s.budgetLimit} of the rate budget per ${seconds(s.budgetWindowMs).replace('.0 s', ' s')}; waited ${seconds(s.waitedMs)} for it)`
  );
}

function cut(line: string, width: number): string {
  const chars = [...line];
  return chars.length <= width ? line : `${chars.slice(0, Math.max(1, width - 1)).join('')}…`;
}
