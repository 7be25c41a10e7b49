import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The monorepo root. */
export const root = new URL('../../../', import.meta.url).pathname;

/** A workspace package that is published to npm (every `packages/*` and `apps/*` not marked private). */
export interface PublishablePackage {
  readonly name: string;
  readonly dir: string;
  readonly manifest: Record<string, any>;
}

/** Publishable packages, found rather than listed, so a new package is checked from day one. */
export function publishablePackages(): PublishablePackage[] {
  return ['packages', 'apps']
    .flatMap((folder) =>
      readdirSync(join(root, folder), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(root, folder, entry.name)),
    )
    .flatMap((dir) => {
      try {
        return [{ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }];
      } catch {
        return [];
      }
    })
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name as string, dir, manifest }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
