// The live progress display in a real terminal: tmux runs `litmos export` in a pane with stdout
// redirected to a file, the pane is captured while the export runs and after it ends. The pane
// must show the display (rows, pages, rate budget, waiting) and the summary; the file must hold
// nothing but rows.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '@litmos-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedIn, childEnv, cliPath, iso, parseNdjson, startTestSandbox, tempDir } from './helpers.js';

const dir = tempDir();
// A tmux server of this test's own, on its own socket: it never touches a user's sessions.
const socket = join(dir, 'tmux.sock');
const tmux = (...args: string[]) => execFileSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' });
let sandbox: Sandbox;

beforeAll(async () => {
  const found = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error('tmux is missing: run `node scripts/ensure-system-packages.mjs` (it installs the Debian package)');
  // Slow answers and a tight budget (8 requests per 1.5 s, on both sides), so the display has
  // time to be seen and has to wait for the budget.
  sandbox = await startTestSandbox({ users: 300, seed: 3, rateLimit: { max: 8, windowMs: 1_500 }, faults: { latencyMs: 60 } });
});
afterAll(async () => {
  spawnSync('tmux', ['-S', socket, 'kill-server']);
  await sandbox?.close();
});

describe('progress on a terminal', () => {
  it('shows a live display on stderr that ends in a summary, while stdout gets only rows', async () => {
    const out = join(dir, 'results.ndjson');
    const [since, to] = ['2026-10-24 00:00:00', '2026-11-23 00:00:00'];
    const script = join(dir, 'run.sh');
    // The pane's shell runs the export, then prints its exit code and stays, so the end can be captured.
    const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
    const command = [
      process.execPath,
      cliPath,
      'export',
      'org.results.changed',
      '--since',
      since,
      '--to',
      to,
      '--fields',
      'Id,UserId,UpdatedDate',
      '--page-size',
      '40',
      '--base-url',
      sandbox.url,
      '--rate-limit',
      '8/1500',
    ]
      .map(quote)
      .join(' ');
    const expected = changedIn(sandbox.state.userCourses, (r) => r.UpdatedDate, since, to);
    writeFileSync(script, `${command} > ${quote(out)}\necho "EXIT=$?"\nsleep 600\n`);
    const env = childEnv({ LITMOS_API_KEY: 'sandbox-api-key', TERM: 'xterm-256color' });
    execFileSync('tmux', ['-S', socket, 'new-session', '-d', '-x', '110', '-y', '15', 'sh', script], { env });

    const frames: string[] = [];
    // A bound for a loaded machine; idle, the export ends in a few seconds.
    const until = Date.now() + 90_000;
    for (;;) {
      const screen = tmux('capture-pane', '-p', '-J');
      frames.push(screen);
      if (screen.includes('EXIT=') || Date.now() > until) break;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const last = frames.at(-1) as string;
    expect(last, last).toContain('EXIT=0');

    // While it ran: the display, with a growing row count, the 7-day window being read and the
    // budget it waits for, redrawn in place (never two copies of it on the screen).
    const title = 'litmos export org.results.changed → stdout';
    const running = frames.filter((f) => !f.includes('EXIT='));
    const total = expected.length.toLocaleString('en-US');
    const midway = running.filter(
      (f) => /[\d,]+ rows · \d+ pages · window [1-5]\/5 \(2026-1\d-\d\d 00:00:00 → 2026-1\d-\d\d 00:00:00\)/.test(f) && !f.includes(`${total} rows`),
    );
    expect(midway.length, running.join('\n=====\n')).toBeGreaterThan(2);
    expect(running.some((f) => /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] litmos export org\.results\.changed → stdout/.test(f))).toBe(true);
    expect(running.join('\n')).toMatch(/\d+ requests.* · rate budget \d+\/8 per 1\.5 s · /);
    expect(running.join('\n')).toMatch(/waiting for the budget|waited [1-9]/);
    for (const f of frames) expect(f.split(title).length - 1).toBeLessThanOrEqual(1);

    // At the end: the final state, in the last window, and the summary.
    expect(last).toMatch(new RegExp(`${total} rows · \\d+ pages · window 5/5`));
    expect(last).toMatch(new RegExp(`litmos: exported ${total} rows in \\d+ pages to stdout in [\\d.]+ s`));

    // stdout was the file: rows only, no progress, no escape codes.
    const text = readFileSync(out, 'utf8');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal escape is what it looks for.
    expect(text).not.toMatch(/\u001b|litmos|rate budget/);
    expect(parseNdjson(text)).toEqual(expected.map((r) => ({ Id: r.CourseId, UserId: r.UserId, UpdatedDate: iso(r.UpdatedDate) })));
    // Keep the last screen for the record (the issue asks for a captured progress screen).
    mkdirSync(join(import.meta.dirname, '..', 'test-results'), { recursive: true });
    writeFileSync(join(import.meta.dirname, '..', 'test-results', 'progress-screen.txt'), `${midway[Math.floor(midway.length / 2)]}\n---\n${last}`);
  });
});
