import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PublishablePackage } from '../publishable.js';

/** A third-party package as the workspace install left it on disk. */
export interface InstalledPackage {
  readonly name: string;
  readonly version: string;
  /** Its folder (the real path inside node_modules/.pnpm). */
  readonly dir: string;
}

/** The folder of `name` as Node would resolve it from `from`: the nearest node_modules/<name> up the tree. */
function findInstalled(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/** What a package needs installed beside it at run time: dependencies and required peers. */
function runtimeNeeds(manifest: Record<string, any>): { name: string; optional: boolean }[] {
  const optionalPeers = new Set(
    Object.entries(manifest.peerDependenciesMeta ?? {}).flatMap(([name, meta]) => ((meta as { optional?: boolean }).optional ? [name] : [])),
  );
  return [
    ...Object.keys(manifest.dependencies ?? {}).map((name) => ({ name, optional: false })),
    ...Object.keys(manifest.optionalDependencies ?? {}).map((name) => ({ name, optional: true })),
    ...Object.keys(manifest.peerDependencies ?? {}).map((name) => ({ name, optional: optionalPeers.has(name) })),
  ];
}

/**
 * Every third-party package that installing the publishable packages pulls in, taken from the
 * copies the workspace install already fetched (so a local registry can serve them with no
 * network). Dependencies on other workspace packages must be publishable ones: a published
 * package that needs a private one cannot be installed.
 *
 * @throws Error naming the package and the dependency that is private or not installed.
 */
export function installedDependencies(packages: readonly PublishablePackage[]): InstalledPackage[] {
  const ours = new Set(packages.map((pkg) => pkg.name));
  const found = new Map<string, InstalledPackage>();
  const visit = (manifest: Record<string, any>, dir: string, from: string) => {
    for (const { name, optional } of runtimeNeeds(manifest)) {
      const spec = String(manifest.dependencies?.[name] ?? manifest.optionalDependencies?.[name] ?? manifest.peerDependencies?.[name] ?? '');
      if (spec.startsWith('workspace:')) {
        if (!ours.has(name)) throw new Error(`${from} depends on ${name}, a workspace package that is not published (private)`);
        continue;
      }
      const installed = findInstalled(name, dir);
      if (!installed) {
        if (optional) continue;
        throw new Error(`${from} needs ${name}, which the workspace install did not fetch (run pnpm install)`);
      }
      const depManifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
      const key = `${depManifest.name}@${depManifest.version}`;
      if (found.has(key)) continue;
      found.set(key, { name: depManifest.name, version: depManifest.version, dir: installed });
      visit(depManifest, installed, key);
    }
  };
  for (const pkg of packages) visit(pkg.manifest, pkg.dir, pkg.name);
  return [...found.values()].sort((a, b) => a.dir.localeCompare(b.dir));
}
