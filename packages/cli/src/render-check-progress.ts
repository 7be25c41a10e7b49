/**
 * The progress of `litmos check-spec` on stderr: how many of its calls are done, in which
 * format, what it found so far, and (as for an export) requests, rate budget and waits.
 */
import type { ProgressSnapshot } from './progress-stats.js';
import { budgetText, cut, plural, seconds, waitText } from './render-progress.js';
import type { WireFormat } from './spec-check-report.js';

/** What a check has done so far. */
export interface CheckProgress {
  /** Calls done (one per operation and format) and to do. */
  readonly done: number;
  readonly total: number;
  readonly format: WireFormat | undefined;
  /** Operations whose answer differed from the spec, or could not be read, so far. */
  readonly differing: number;
  /** Calls refused by Litmos, or not reached for lack of an id. */
  readonly refused: number;
  readonly notReached: number;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

function foundText(p: CheckProgress): string {
  return [
    `${p.done}/${p.total} calls${p.format ? ` (${p.format.toUpperCase()})` : ''}`,
    `${plural(p.differing, 'operation')} differing`,
    p.refused ? `${p.refused} refused` : '',
    p.notReached ? `${p.notReached} not reached` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

const costText = (s: ProgressSnapshot) =>
  `${plural(s.requests, 'request')}${s.retries ? ` (${s.retries} retried)` : ''} · ${budgetText(s)} · ${waitText(s)} · ${seconds(s.elapsedMs)}`;

/** The live display: what runs, what it found, what it costs; each line cut to `width`. */
export function renderCheckProgress(p: CheckProgress, s: ProgressSnapshot, title: string, width: number, frame: number): string[] {
  return [`${SPINNER[frame % SPINNER.length]} ${title}`, `  ${foundText(p)}`, `  ${costText(s)}`].map((line) => cut(line, width));
}

/** The periodic line printed when stderr is not a terminal. */
export function formatCheckProgressLine(p: CheckProgress, s: ProgressSnapshot): string {
  return `litmos: ${`${foundText(p)} · ${costText(s)}`.replaceAll(' · ', ', ')} elapsed`;
}
