// Resume after a crash: a real `litmos export --out` process is killed with SIGKILL in the middle
// (or stopped with Ctrl-C), and `--resume` must produce the same bytes as a run that was never
// interrupted, with no half-written line left by the kill.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '@litmos-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNdjson, runCli, sandboxFlags, startCli, startTestSandbox, tempDir, waitFor } from './helpers.js';

let sandbox: Sandbox;
const dir = tempDir();
const env = { LITMOS_API_KEY: 'sandbox-api-key' };

beforeAll(async () => {
  // Latency makes an export last long enough to be killed in the middle; faults keep it honest.
  sandbox = await startTestSandbox({ users: 2500, seed: 11, faults: { latencyMs: 8, resetRate: 0.02, truncateRate: 0.02, seed: 2 } });
});
afterAll(() => sandbox.close());

/** Rows recorded in the checkpoint beside `out`, once there is one. */
function checkpointRows(out: string): number | undefined {
  try {
    return (JSON.parse(readFileSync(`${out}.checkpoint.json`, 'utf8')) as { rows: number }).rows;
  } catch {
    return undefined;
  }
}

const cases = [
  { name: 'people (offset paging)', args: ['export', 'users', '--page-size', '40'], total: 2500 },
  {
    name: 'a 30-day delta range of course results (7-day windows, killed inside one)',
    args: [
      'export',
      'org.results.changed',
      '--since',
      '2026-10-24 00:00:00',
      '--to',
      '2026-11-23 00:00:00',
      '--page-size',
      '100',
      '--fields',
      'Id,UserId,UpdatedDate,PercentageComplete',
    ],
    total: undefined,
  },
];

describe.each(cases)('--resume after kill -9: $name', ({ args, total }) => {
  it('gives the same file as an uninterrupted run', async () => {
    const whole = join(dir, `whole-${args[1]}.ndjson`);
    const reference = await runCli([...args, '--out', whole, ...sandboxFlags(sandbox)], env);
    expect(reference.code, reference.stderr).toBe(0);
    const expected = readFileSync(whole);
    const rows = parseNdjson(expected.toString('utf8')).length;
    if (total) expect(rows).toBe(total);

    const out = join(dir, `killed-${args[1]}.ndjson`);
    const first = startCli([...args, '--out', out, ...sandboxFlags(sandbox)], env);
    // Kill it once a good part, but not all, is written.
    const atKill = await waitFor(
      () => {
        const written = checkpointRows(out);
        return written !== undefined && written >= rows * 0.3 ? written : undefined;
      },
      90_000, // a bound for a loaded machine, not an expected time
      'the export to write a third of its rows',
    );
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(atKill).toBeLessThan(rows);
    const partial = readFileSync(out, 'utf8');
    // Pages are written whole: the file ends at a line end, and every line is a row.
    expect(partial.endsWith('\n')).toBe(true);
    expect(parseNdjson(partial).length).toBeLessThan(rows);
    expect(readFileSync(`${out}.checkpoint.json`, 'utf8')).not.toContain(sandbox.apiKey);

    const resumed = await runCli([...args, '--out', out, '--resume', ...sandboxFlags(sandbox)], env);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/litmos: resuming .*: [\d,]+ rows in [\d,]+ pages are written; reading on from there/);
    expect(resumed.stderr).toMatch(/\(resumed after [\d,]+ rows\) in [\d.]+ s \((?:[\d,]+ rows\/s|[\d,]+ new rows?);/);
    expect(readFileSync(out).equals(expected)).toBe(true);
    expect(existsSync(`${out}.checkpoint.json`)).toBe(false);
  });
});

describe('--resume after Ctrl-C', () => {
  it('stops with exit 130 and the resume command, then completes the same file', async () => {
    const args = ['export', 'users', '--page-size', '50', '--format', 'csv'];
    const whole = join(dir, 'whole.csv');
    expect((await runCli([...args, '--out', whole, ...sandboxFlags(sandbox)], env)).code).toBe(0);
    const out = join(dir, 'stopped.csv');
    const first = startCli([...args, '--out', out, ...sandboxFlags(sandbox)], env);
    await waitFor(() => ((checkpointRows(out) ?? 0) >= 500 ? true : undefined), 90_000, 'the export to get going');
    first.child.kill('SIGINT');
    const stopped = await first.done;
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/litmos: error: interrupted after [\d,]+ rows \(hint: .*--resume/);
    const resumed = await runCli([...args, '--out', out, '--resume', ...sandboxFlags(sandbox)], env);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(readFileSync(out).equals(readFileSync(whole))).toBe(true);
  });

  it('refuses to resume a checkpoint of another export', async () => {
    const out = join(dir, 'other.ndjson');
    const first = startCli(['export', 'users', '--page-size', '25', '--out', out, ...sandboxFlags(sandbox)], env);
    await waitFor(() => checkpointRows(out), 90_000, 'a checkpoint');
    first.child.kill('SIGKILL');
    await first.done;
    const run = await runCli(['export', 'users', '--page-size', '25', '--fields', 'Id', '--out', out, '--resume', ...sandboxFlags(sandbox)], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/checkpoint of another export \(--fields was null, now \["Id"\]\)/);
  });
});
