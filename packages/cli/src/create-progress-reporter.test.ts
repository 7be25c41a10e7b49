import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgressReporter } from './create-progress-reporter.js';
import { createProgressStats } from './progress-stats.js';

function stream(columns = 100) {
  const chunks: string[] = [];
  return { chunks, write: (text: string) => void chunks.push(text), columns, text: () => chunks.join('') };
}

afterEach(() => vi.useRealTimers());

describe('createProgressReporter', () => {
  it('live: draws three lines, redraws them in place, prints messages above and the summary below', () => {
    const out = stream();
    const stats = createProgressStats({ limit: 100, windowMs: 60_000 });
    const reporter = createProgressReporter({ stream: out, mode: 'live', title: 'litmos export users → stdout', snapshot: stats.snapshot, intervalMs: 60_000 });
    stats.page(1000, undefined);
    reporter.update();
    reporter.log('litmos: a notice');
    reporter.stop('litmos: exported 1,000 rows');
    const text = out.text();
    // Every redraw after the first moves the cursor up over the three lines it replaces.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal escape is what it looks for.
    expect(text.match(/\u001b\[3A/g)?.length).toBeGreaterThanOrEqual(3);
    expect(text).toContain('1,000 rows · 1 page');
    expect(text.indexOf('litmos: a notice')).toBeLessThan(text.lastIndexOf('1,000 rows'));
    expect(text.endsWith('litmos: exported 1,000 rows\n')).toBe(true);
  });

  it('plain: one line per interval, no control characters, then the summary', () => {
    vi.useFakeTimers();
    const out = stream();
    const stats = createProgressStats({ limit: 100, windowMs: 60_000 });
    const reporter = createProgressReporter({ stream: out, mode: 'plain', title: 't', snapshot: stats.snapshot, intervalMs: 1000 });
    vi.advanceTimersByTime(2500);
    reporter.stop('done');
    vi.advanceTimersByTime(5000);
    expect(out.chunks).toHaveLength(3);
    expect(out.chunks[0]).toMatch(/^litmos: 0 rows, 0 pages, 0 requests, rate budget 0\/100 per 60 s/);
    expect(out.chunks[2]).toBe('done\n');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal escape is what it looks for.
    expect(out.text()).not.toMatch(/\u001b/);
  });

  it('off: writes nothing at all', () => {
    const out = stream();
    const reporter = createProgressReporter({ stream: out, mode: 'off', title: 't', snapshot: createProgressStats({ limit: 1, windowMs: 1 }).snapshot });
    reporter.log('x');
    reporter.stop('y');
    expect(out.chunks).toEqual([]);
  });
});
