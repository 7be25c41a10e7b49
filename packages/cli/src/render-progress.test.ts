import { describe, expect, it } from 'vitest';
import type { ProgressSnapshot } from './progress-stats.js';
import { formatProgressLine, formatSummary, renderProgress } from './render-progress.js';

const snapshot: ProgressSnapshot = {
  rows: 12_345,
  resumedRows: 2_345,
  pages: 13,
  window: { index: 1, count: 5, since: '2026-10-31 00:00:00', to: '2026-11-07 00:00:00' },
  requests: 15,
  retries: 2,
  budgetUsed: 14,
  budgetPeak: 15,
  budgetLimit: 100,
  budgetWindowMs: 60_000,
  waitedMs: 1_250,
  waiting: false,
  elapsedMs: 4_000,
};

describe('progress text', () => {
  it('shows rows, pages, window, requests, budget and waiting on three lines', () => {
    const lines = renderProgress(snapshot, 'litmos export org.results.changed → r.ndjson', 200, 0);
    expect(lines).toEqual([
      '⠋ litmos export org.results.changed → r.ndjson',
      '  12,345 rows · 13 pages · window 2/5 (2026-10-31 00:00:00 → 2026-11-07 00:00:00)',
      '  15 requests (2 retried) · rate budget 14/100 per 60 s · waited 1.3 s for it · 4.0 s',
    ]);
  });

  it('says so while waiting for the budget, and cuts lines to the terminal width', () => {
    const lines = renderProgress({ ...snapshot, waiting: true, window: undefined, rows: 1, pages: 1 }, 'title', 40, 3);
    expect(lines[1]).toBe('  1 row · 1 page');
    expect(lines[2]).toHaveLength(40);
    expect(lines[2]?.endsWith('…')).toBe(true);
    expect(renderProgress({ ...snapshot, waiting: true }, 't', 300, 0)[2]).toContain('waiting for the budget (1.3 s in all)');
  });

  it('writes the plain line and the summary with this run’s rate', () => {
    expect(formatProgressLine(snapshot)).toBe(
      'litmos: 12,345 rows, 13 pages, window 2/5 (2026-10-31 00:00:00 → 2026-11-07 00:00:00), 15 requests (2 retried), rate budget 14/100 per 60 s, waited 1.3 s for it, 4.0 s elapsed',
    );
    expect(formatSummary(snapshot, 'r.ndjson', true)).toBe(
      'litmos: exported 12,345 rows in 13 pages to r.ndjson (resumed) in 4.0 s (2,500 rows/s; 15 requests, 2 retried; peak 15/100 of the rate budget per 60 s; waited 1.3 s for it)',
    );
  });
});
