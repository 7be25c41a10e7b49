import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { publishablePackages } from './publishable.js';

// Packs every publishable package once per run, the way `pnpm publish` would (workspace:
// ranges replaced by versions, only `files` included), into a folder outside the workspace.
export default function setup(project: TestProject) {
  const started = performance.now();
  const packDir = mkdtempSync(join(tmpdir(), 'litmos-kit-pack-'));
  // The pnpm running this test (on the PATH under `pnpm run`), else the README's pinned one.
  const pnpm: [string, string[]] = spawnSync('pnpm', ['--version'], { encoding: 'utf8' }).status === 0 ? ['pnpm', []] : ['npx', ['-y', 'pnpm@10.34.9']];
  const tarballs: Record<string, string> = {};
  for (const pkg of publishablePackages()) {
    const out = execFileSync(pnpm[0], [...pnpm[1], 'pack', '--json', '--pack-destination', packDir], {
      cwd: pkg.dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    tarballs[pkg.name] = (JSON.parse(out) as { filename: string }).filename;
  }
  console.log(`packed ${Object.keys(tarballs).length} packages in ${Math.round(performance.now() - started)} ms`);
  project.provide('tarballs', tarballs);
  return () => rmSync(packDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of each publishable package's tarball, by package name. */
    tarballs: Record<string, string>;
  }
}
