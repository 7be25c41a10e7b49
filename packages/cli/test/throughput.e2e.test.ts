// Export throughput against the sandbox, measured end to end (process start to exit) and as the
// CLI reports it: rows per second, and requests used of the rate budget. Results go to
// test-results/throughput.json. Two cases: a 90-day delta export that fits in Litmos' real budget
// (100 requests per 60 s), and a small-page export that needs more than its budget and must wait
// for it rather than be refused.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '@litmos-kit/sandbox';
import { afterAll, describe, expect, it } from 'vitest';
import { litmosMs, runCli, startTestSandbox, tempDir } from './helpers.js';

const dir = tempDir();
const results: Record<string, unknown>[] = [];
const sandboxes: Sandbox[] = [];
afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  mkdirSync(join(import.meta.dirname, '..', 'test-results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, '..', 'test-results', 'throughput.json'), `${JSON.stringify(results, null, 2)}\n`);
});

/** The numbers of the summary line, e.g. "exported 27,309 rows in 41 pages … (12,345 rows/s; 41 requests; peak 41/100 …; waited 0.0 s …)". */
function summary(stderr: string) {
  const m =
    /exported ([\d,]+) rows in ([\d,]+) pages .* in ([\d.]+) s \(([\d,]+) rows\/s; ([\d,]+) requests(?:, ([\d,]+) retried)?; peak (\d+)\/(\d+) of the rate budget per ([\d.]+ s); waited ([\d.]+) s/.exec(
      stderr,
    );
  if (!m) throw new Error(`no summary in: ${stderr}`);
  const n = (i: number) => Number((m[i] ?? '0').replaceAll(',', ''));
  return {
    rows: n(1),
    pages: n(2),
    seconds: n(3),
    rowsPerSecond: n(4),
    requests: n(5),
    retried: n(6),
    budgetPeak: n(7),
    budgetLimit: n(8),
    budgetWindow: m[9],
    waitedSeconds: n(10),
  };
}

async function measure(name: string, args: string[]) {
  const started = performance.now();
  const run = await runCli(args, { LITMOS_API_KEY: 'sandbox-api-key' });
  const wallSeconds = (performance.now() - started) / 1000;
  expect(run.code, run.stderr).toBe(0);
  const result = { name, ...summary(run.stderr), wallSeconds: Number(wallSeconds.toFixed(2)) };
  results.push(result);
  console.log(`throughput: ${JSON.stringify(result)}`);
  return result;
}

describe('export throughput against the sandbox', () => {
  it.each(['xml', 'json'])('90 days of course results (5,000 people) over %s, within the real budget', async (wire) => {
    const sandbox = await startTestSandbox({ users: 5000, seed: 1, rateLimit: { max: 100, windowMs: 60_000 } });
    sandboxes.push(sandbox);
    const since = '2026-08-26 00:00:00';
    const to = '2026-11-24 00:00:00';
    const out = join(dir, `results-${wire}.ndjson`);
    const result = await measure(`org.results.changed, 90 days, page 1000, ${wire}`, [
      'export',
      'org.results.changed',
      '--since',
      since,
      '--to',
      to,
      '--wire',
      wire,
      '--base-url',
      sandbox.url,
      '--out',
      out,
    ]);
    const expected = sandbox.state.userCourses.filter((r) => r.UpdatedDate >= litmosMs(since) && r.UpdatedDate < litmosMs(to)).length;
    expect(result.rows).toBe(expected);
    expect(readFileSync(out, 'utf8').split('\n').length - 1).toBe(expected);
    // 13 windows, each read to its short last page: well inside 100 requests per minute.
    expect(result.requests).toBeLessThanOrEqual(100);
    expect(result.budgetLimit).toBe(100);
    expect(result.retried).toBe(0);
    // Speed itself is recorded (test-results/throughput.json), not asserted: on a shared machine
    // it says more about the load than about the CLI (the project measures speed as ratios in
    // `pnpm bench`).
    expect(result.rowsPerSecond).toBeGreaterThan(0);
  });

  it('1,000 people in pages of 25 (41 requests) on a 25-per-8 s budget: waits for it, never refused', async () => {
    // 25 requests take far less than 8 s even on a loaded machine, so the budget is used up and
    // the limiter must wait for the window before the other 16: the test does not depend on speed.
    const sandbox = await startTestSandbox({ users: 1000, seed: 1, rateLimit: { max: 25, windowMs: 8_000 } });
    sandboxes.push(sandbox);
    const result = await measure('users, page 25, budget 25/8 s', [
      'export',
      'users',
      '--page-size',
      '25',
      '--base-url',
      sandbox.url,
      '--rate-limit',
      '25/8000',
      '--out',
      join(dir, 'users.ndjson'),
    ]);
    expect(result).toMatchObject({ rows: 1000, requests: 41, retried: 0, budgetPeak: 25, budgetLimit: 25 });
    expect(result.waitedSeconds).toBeGreaterThan(1);
    // 41 requests at 25 per 8 s cannot end before a slot of the first 25 has left the window.
    expect(result.seconds).toBeGreaterThan(8);
  });
});
