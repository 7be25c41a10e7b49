// The `litmos` command as a user meets it: `npx @litmos-kit/cli …` in an empty folder, fetched
// from the local registry (our tarballs and their third-party packages, no uplink) with an empty
// npm cache, on the system's Node 20 and on Node 24: it lists the operations, exports a small
// delta from the sandbox that ships with it, and says clearly that --mock needs the repository.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { nodeRuntimes, requireBin } from './node-runtimes.js';
import { firstInstallFlags } from './registry/first-install-flags.js';
import { runCommand, userEnv } from './run-command.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe.each(nodeRuntimes())('npx @litmos-kit/cli on the $label', (runtime) => {
  let folder: string | undefined;
  /** A user's shell in an empty folder, with this runtime's Node first on the PATH. */
  const shell = () => {
    if (!folder) {
      folder = mkdtempSync(join(tmpdir(), `litmos-kit-npx-${runtime.major}-`));
      folders.push(folder);
    }
    // npx and the `litmos` bin start with `#!/usr/bin/env node`: the first node on the PATH runs them.
    const path = [dirname(requireBin(runtime)), ...(userEnv.PATH ?? '').split(delimiter).filter((dir) => !dir.includes('node_modules'))].join(delimiter);
    return { folder, env: { ...userEnv, PATH: path } };
  };
  /** `npx @litmos-kit/cli <args>`, from the local registry with an empty cache on the first call. */
  const npx = (...args: string[]) => {
    const { folder, env } = shell();
    return runCommand('npx', ['--yes', ...firstInstallFlags(inject('registryUrl'), folder), '@litmos-kit/cli', ...args], folder, env);
  };

  it('runs on that Node (the one `#!/usr/bin/env node` finds)', async () => {
    const { folder, env } = shell();
    expect((await runCommand('node', ['--version'], folder, env)).stdout.trim()).toMatch(new RegExp(`^v${runtime.major}\\.`));
  });

  it('lists every operation with `litmos ops`, running on that Node', async () => {
    const run = await npx('ops');
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^COMMAND\s+HTTP\b/);
    expect(run.stdout).toMatch(/litmos export org\.users\.changed\b.*\bGET \/org\/users\/details/);
    expect(lines.length).toBeGreaterThan(100);
    const version = await npx('--version');
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../cli/package.json', import.meta.url), 'utf8')).version);
  });

  it('exports people changed in the last 30 days from --sandbox to CSV', async () => {
    const run = await npx('export', 'org.users.changed', '--sandbox', '--since', '30d', '--format', 'csv', '--out', 'changed.csv');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/litmos: sandbox on http:\/\/127\.0\.0\.1:\d+\/v1\.svc: seed \d+, 5,000 people/);
    const exported = Number((/exported ([\d,]+) rows/.exec(run.stderr)?.[1] ?? '').replaceAll(',', ''));
    const csv = readFileSync(join(folder as string, 'changed.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(csv[0]).toMatch(/(^|,)Id(,|$)/);
    expect(exported).toBeGreaterThan(0);
    expect(csv.length - 1).toBe(exported);
  });

  it('answers --mock with a clear usage error: the Prism mock comes with the repository', async () => {
    const run = await npx('export', 'courses', '--mock');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--mock needs the Prism mock \(@litmos-kit\/mock\), which comes with the litmos-kit repository/);
    expect(run.stderr).toMatch(/use --sandbox/);
  });
});
