// The README's first command, `pnpm demo`, as a newcomer sees it: its three sections, and a
// clean stop with Ctrl-C in a real terminal (tmux), through pnpm, with exit code 0 and no
// "ELIFECYCLE Command failed.". Turbo has built everything before this test (`--skip-build`).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = join(root, 'scripts', 'demo.mjs');
const dir = mkdtempSync(join(tmpdir(), 'litmos-demo-'));
const socket = join(dir, 'tmux.sock');
afterAll(() => void spawnSync('tmux', ['-S', socket, 'kill-server']));

describe('pnpm demo', () => {
  it('--once shows the three sections and exits 0', async () => {
    const child = spawn(process.execPath, [demo, '--once', '--skip-build', '--free-ports'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code, out).toBe(0);

    expect(out).toContain('1. XML and JSON of the same call decode to the same object');
    expect(out).toMatch(/ {5}XML {3}<Users xmlns:i=/);
    expect(out).toMatch(/ {5}JSON {2}\[\{"Id":/);
    expect(out).toContain('Decoded, both are the same list of one object:');
    expect(out).toContain('That is the point');

    expect(out).toContain('2. A 30-day delta export through the sandbox');
    const windows = [...out.matchAll(/window (\d) {2}\S+ \S+ → \S+ \S+ +([\d,]+) people changed/g)];
    expect(windows.map((w) => w[1])).toEqual(['1', '2', '3', '4', '5']);
    const sum = windows.reduce((total, w) => total + Number((w[2] as string).replace(',', '')), 0);
    expect(out).toContain(`${sum.toLocaleString('en-US')} of 5,000 people changed in 30 days`);

    expect(out).toContain('3. Where to go next');
    expect(out).toContain('node packages/cli/dist/cli.js export org.users.changed --sandbox --since 30d');
    expect(out).toMatch(/The API reference and guides, offline: http:\/\/127\.0\.0\.1:\d+\//);
    // No build log, no iSpring or Xbox.
    expect(out).not.toMatch(/turbo|Tasks:|iSpring|Xbox/i);
  });

  it('stops on Ctrl-C in a terminal with exit code 0 and no ELIFECYCLE', async () => {
    const found = spawnSync('tmux', ['-V']);
    if (found.status !== 0) throw new Error('tmux is missing: run `node scripts/ensure-system-packages.mjs`');
    const script = join(dir, 'demo.sh');
    writeFileSync(script, `cd '${root}'\nnpx -y pnpm@10.34.9 demo --skip-build --free-ports\necho "EXIT=$?"\nsleep 600\n`);
    execFileSync('tmux', ['-S', socket, 'new-session', '-d', '-s', 'demo', '-x', '120', '-y', '50', 'sh', script]);
    const screen = () => execFileSync('tmux', ['-S', socket, 'capture-pane', '-p', '-J', '-S', '-', '-t', 'demo'], { encoding: 'utf8' });
    const wait = async (text: string) => {
      // npx, pnpm, seeding 5,000 people and the docs take a while on a loaded machine.
      const until = Date.now() + 300_000;
      while (!screen().includes(text)) {
        if (Date.now() > until) throw new Error(`no "${text}" on the screen:\n${screen()}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await wait('Ctrl-C stops them.');
    execFileSync('tmux', ['-S', socket, 'send-keys', '-t', 'demo', 'C-c']);
    await wait('EXIT=');
    const end = screen();
    expect(end).toContain('Stopping…');
    expect(end).toContain('EXIT=0');
    expect(end).not.toContain('ELIFECYCLE');
  }, 400_000);
});
