import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A Node.js the published packages must work on. */
export interface NodeRuntime {
  readonly label: string;
  readonly major: number;
  /** Its binary, or undefined when this machine has none (a failure for the tests that need it). */
  readonly bin: string | undefined;
}

/** Node binaries on the PATH (and the usual system places) outside any node_modules, by major version. */
function systemNodes(): Map<number, string> {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter((dir) => dir && !dir.includes('node_modules')), '/usr/local/bin', '/usr/bin'];
  const found = new Map<number, string>();
  for (const dir of dirs) {
    const bin = join(dir, 'node');
    if (!existsSync(bin)) continue;
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const major = Number(/^v(\d+)\./.exec(version)?.[1]);
    if (major && !found.has(major)) found.set(major, realpathSync(bin));
  }
  return found;
}

/**
 * The oldest Node the packages support (the system's Node 20; CI and a newcomer's machine have
 * it) and the workspace's Node 24 (the `node` devDependency that runs every script and these tests).
 */
export function nodeRuntimes(): NodeRuntime[] {
  return [
    { label: 'system Node 20', major: 20, bin: systemNodes().get(20) },
    { label: 'workspace Node 24', major: 24, bin: process.execPath },
  ];
}

/** The runtime's binary; a machine without it fails the check rather than skipping it. */
export function requireBin({ label, major, bin }: NodeRuntime): string {
  if (!bin) throw new Error(`no Node ${major} found on the PATH, /usr/local/bin or /usr/bin: the packages must be checked on ${label}`);
  return bin;
}
