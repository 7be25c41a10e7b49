import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * npm flags for a user's first install from `registry`: an empty cache and an empty user config
 * (so nothing on this machine is reused, and no .npmrc points elsewhere) in `folder`.
 */
export function firstInstallFlags(registry: string, folder: string): string[] {
  const cache = join(folder, '.npm-cache');
  const userconfig = join(folder, '.npmrc-empty');
  mkdirSync(cache, { recursive: true });
  writeFileSync(userconfig, '');
  return [`--registry=${registry}`, `--cache=${cache}`, `--userconfig=${userconfig}`, '--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error'];
}
