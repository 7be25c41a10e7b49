/**
 * Shows an export's progress on stderr (never stdout, which carries the data): a live display
 * redrawn in place on a terminal, a plain line every few seconds otherwise (logs, CI, cron), or
 * nothing with `--quiet`. Messages printed meanwhile go above the live display.
 */

import type { ProgressSnapshot } from './progress-stats.js';
import { formatProgressLine, renderProgress } from './render-progress.js';

/** How progress is shown. */
export type ProgressMode = 'live' | 'plain' | 'off';

/** A terminal-like stream: stderr. */
export interface ProgressStream {
  write(text: string): unknown;
  readonly columns?: number | undefined;
}

/** Settings of a progress reporter. */
export interface ProgressReporterOptions {
  readonly stream: ProgressStream;
  readonly mode: ProgressMode;
  /** First line of the live display, e.g. `litmos export users → users.ndjson`. */
  readonly title: string;
  readonly snapshot: () => ProgressSnapshot;
  /**
   * The lines of the live display, each at most `width` long.
   * @default an export's (rows, pages, window; requests, budget, waits)
   */
  readonly render?: (snapshot: ProgressSnapshot, title: string, width: number, frame: number) => string[];
  /**
   * The line printed every few seconds when stderr is not a terminal.
   * @default an export's
   */
  readonly line?: (snapshot: ProgressSnapshot) => string;
  /**
   * How often the display changes: redraws for `live`, lines for `plain`.
   * @default 100 (live), 5000 (plain)
   */
  readonly intervalMs?: number;
}

/** A running progress display. */
export interface ProgressReporter {
  /** Prints a message (a warning) without tearing the live display. */
  log(message: string): void;
  /** Redraws now (after a page), instead of waiting for the next tick. */
  update(): void;
  /** Draws the final state, prints `summary` (unless off) and stops. */
  stop(summary?: string): void;
}

// Cursor up N lines, and clear the line the cursor is on (ECMA-48 CUU / EL).
const up = (n: number) => `\u001b[${n}A`;
const CLEAR_LINE = '\r\u001b[2K';

/** Starts reporting progress in the given mode. */
export function createProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const { stream, mode, title, snapshot, render = renderProgress, line = formatProgressLine } = options;
  if (mode === 'off') return { log: () => undefined, update: () => undefined, stop: () => undefined };

  if (mode === 'plain') {
    const timer = setInterval(() => stream.write(`${line(snapshot())}\n`), options.intervalMs ?? 5_000);
    timer.unref();
    return {
      log: (message) => void stream.write(`${message}\n`),
      update: () => undefined,
      stop(summary) {
        clearInterval(timer);
        if (summary) stream.write(`${summary}\n`);
      },
    };
  }

  let drawn = 0;
  let frame = 0;
  let stopped = false;
  const clear = () => {
    if (drawn) stream.write(`${up(drawn)}${Array.from({ length: drawn }, () => `${CLEAR_LINE}\n`).join('')}${up(drawn)}`);
    drawn = 0;
  };
  const draw = () => {
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    const lines = render(snapshot(), title, width, frame++);
    stream.write(`${drawn ? up(drawn) : ''}${lines.map((line) => `${CLEAR_LINE}${line}\n`).join('')}`);
    drawn = lines.length;
  };
  const timer = setInterval(draw, options.intervalMs ?? 100);
  timer.unref();
  draw();
  return {
    log(message) {
      clear();
      stream.write(`${message}\n`);
      if (!stopped) draw();
    },
    update: () => {
      if (!stopped) draw();
    },
    stop(summary) {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      draw();
      if (summary) stream.write(`${summary}\n`);
    },
  };
}
