import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { publishablePackages } from './publishable.js';
import { installedDependencies } from './registry/installed-dependencies.js';
import { publishTarball } from './registry/publish-tarball.js';
import { startRegistry } from './registry/start-registry.js';

/** The environment without the npm_* settings pnpm passes down (npm warns about each). */
const withoutPnpmSettings = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')));

/** Bound for one pack command: seconds when idle, far more on a loaded machine. */
const PACK_BOUND_MS = 5 * 60_000;

// Once per run: packs every publishable package the way `pnpm publish` would (workspace: ranges
// replaced by versions, only `files` included), packs the third-party packages they need from
// the copies the workspace install fetched, and publishes all of them to a Verdaccio on
// 127.0.0.1 with no uplink. The tests then install from it like a user, with no network.
export default async function setup(project: TestProject) {
  const started = performance.now();
  const since = () => `${Math.round(performance.now() - started)} ms`;
  const work = mkdtempSync(join(tmpdir(), 'litmos-kit-pack-'));
  const [ownDir, copiesDir, depsDir, storage] = ['own', 'copies', 'deps', 'storage'].map((name) => join(work, name)) as [string, string, string, string];
  for (const dir of [ownDir, copiesDir, depsDir, storage]) mkdirSync(dir);

  // The pnpm running this test (on the PATH under `pnpm run`), else the README's pinned one.
  const pnpm: [string, string[]] = spawnSync('pnpm', ['--version'], { encoding: 'utf8' }).status === 0 ? ['pnpm', []] : ['npx', ['-y', 'pnpm@10.34.9']];
  const packages = publishablePackages();
  const tarballs: Record<string, string> = {};
  for (const pkg of packages) {
    const out = execFileSync(pnpm[0], [...pnpm[1], 'pack', '--json', '--pack-destination', ownDir], {
      cwd: pkg.dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: PACK_BOUND_MS,
    });
    tarballs[pkg.name] = (JSON.parse(out) as { filename: string }).filename;
  }
  console.log(`packed ${packages.length} packages (${since()})`);

  const dependencies = installedDependencies(packages);
  // npm pack hangs on the store's hard-linked files ("Exit handler never called"), so it packs
  // plain copies. One npm process packs them all; --ignore-scripts: no script of theirs runs.
  const copies = dependencies.map((dep, index) => {
    const copy = join(copiesDir, String(index));
    cpSync(dep.dir, copy, { recursive: true, dereference: true });
    return copy;
  });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', depsDir, ...copies], {
      encoding: 'utf8',
      env: withoutPnpmSettings,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: PACK_BOUND_MS,
    }),
  ) as { filename: string }[];
  const dependencyTarballs = packed.map((entry) => join(depsDir, entry.filename));
  console.log(
    `packed ${dependencies.length} third-party packages from the workspace install: ${dependencies.map((dep) => `${dep.name}@${dep.version}`).join(', ')} (${since()})`,
  );

  const registry = await startRegistry(storage);
  try {
    for (const file of [...dependencyTarballs, ...Object.values(tarballs)]) await publishTarball(registry.url, file);
  } catch (error) {
    await registry.close();
    throw error;
  }
  console.log(`published ${packages.length + dependencies.length} packages to Verdaccio at ${registry.url} (${since()})`);

  project.provide('tarballs', tarballs);
  project.provide('registryUrl', registry.url);
  return async () => {
    await registry.close();
    rmSync(work, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of each publishable package's tarball, by package name. */
    tarballs: Record<string, string>;
    /** The local registry (Verdaccio on 127.0.0.1, no uplink) every tarball is published to. */
    registryUrl: string;
  }
}
