import { describe, expect, it } from 'vitest';
import type { ProgressSnapshot } from './progress-stats.js';
import { formatProgressLine, formatSummary, renderProgress } from './render-progress.js';

const snapshot: ProgressSnapshot = {
  rows: 12_345,
  resumed: false,
  resumedRows: 0,
  pages: 13,
  window: { index: 1, count: 5, since: '2026-10-31 00:00:00', to: '2026-11-07 00:00:00' },
  requests: 15,
  retries: 2,
  budgetUsed: 14,
  budgetPeak: 15,
  budgetLimit: 100,
  budgetWindowMs: 60_000,
  waitedMs: 1_250,
  waiting: undefined,
  elapsedMs: 4_000,
};
const resumed: ProgressSnapshot = { ...snapshot, resumed: true, resumedRows: 2_345 };

describe('progress text', () => {
  it('shows rows, pages, window, requests, budget and waiting on three lines', () => {
    const lines = renderProgress(snapshot, 'litmos export org.results.changed → r.ndjson', 200, 0);
    expect(lines).toEqual([
      '⠋ litmos export org.results.changed → r.ndjson',
      '  12,345 rows · 13 pages · window 2/5 (2026-10-31 00:00:00 → 2026-11-07 00:00:00)',
      '  15 requests (2 retried) · rate budget 14/100 per 60 s · waited 1.3 s for it · 4.0 s',
    ]);
  });

  it('says what it waits for: the budget, a 503 from Litmos, or a retry', () => {
    const waiting = (reason: 'rate-limit' | 'server-503' | 'retry', remainingMs: number) =>
      renderProgress({ ...snapshot, waiting: { reason, remainingMs } }, 't', 300, 0)[2];
    expect(waiting('rate-limit', 800)).toContain('waiting for the budget, ~0.8 s (1.3 s in all)');
    expect(waiting('server-503', 41_960)).toContain('503 from Litmos: pausing, 42.0 s left');
    expect(waiting('server-503', 41_960)).not.toContain('budget,');
    expect(waiting('retry', 1_200)).toContain('retrying in 1.2 s');
  });

  it('cuts lines to the terminal width', () => {
    const lines = renderProgress({ ...snapshot, waiting: { reason: 'rate-limit', remainingMs: 10 }, window: undefined, rows: 1, pages: 1 }, 'title', 40, 3);
    expect(lines[1]).toBe('  1 row · 1 page');
    expect(lines[2]).toHaveLength(40);
    expect(lines[2]?.endsWith('…')).toBe(true);
  });

  it('says that it resumes, and how many rows are new', () => {
    const lines = renderProgress(resumed, 'litmos export users → u.ndjson', 200, 0);
    expect(lines[0]).toBe('⠋ litmos export users → u.ndjson (resuming after 2,345 rows)');
    expect(lines[1]).toBe('  12,345 rows (10,000 new since the resume) · 13 pages · window 2/5 (2026-10-31 00:00:00 → 2026-11-07 00:00:00)');
  });

  it('writes the plain line and the summary with this run’s rate', () => {
    expect(formatProgressLine(snapshot)).toBe(
      'litmos: 12,345 rows, 13 pages, window 2/5 (2026-10-31 00:00:00 → 2026-11-07 00:00:00), 15 requests (2 retried), rate budget 14/100 per 60 s, waited 1.3 s for it, 4.0 s elapsed',
    );
    expect(formatSummary(resumed, 'r.ndjson')).toBe(
      'litmos: exported 12,345 rows in 13 pages to r.ndjson (resumed after 2,345 rows) in 4.0 s (2,500 rows/s; 15 requests, 2 retried; peak 15/100 of the rate budget per 60 s; waited 1.3 s for it)',
    );
  });

  it('never reports 0 rows/s: a slow resumed run says how many rows it added', () => {
    const slow = { ...resumed, rows: 2_365, elapsedMs: 61_000, waitedMs: 60_000 };
    expect(formatSummary(slow, 'r.ndjson')).toContain('in 61.0 s (20 new rows; ');
    expect(formatSummary({ ...resumed, rows: 2_345 }, 'r.ndjson')).toContain('(0 new rows; ');
    expect(formatSummary({ ...snapshot, rows: 3, elapsedMs: 9_000 }, 'out')).toContain('in 9.0 s (3 rows; ');
    for (const s of [slow, { ...resumed, rows: 2_345 }, { ...snapshot, rows: 0 }]) expect(formatSummary(s, 'out')).not.toMatch(/\b0 rows\/s/);
  });
});
