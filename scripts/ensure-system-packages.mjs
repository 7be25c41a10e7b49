// Makes sure the system programs the tests start are installed (real Chromium for the docs, a
// real Redis for the shared rate-limit store). They are Debian packages; a fresh machine has
// neither, and CI runs on a fresh clone, so the README's test command must bring them itself. For each missing binary, as root: `apt-get update`
// once, then `apt-get install -y --no-install-recommends` of the packages that provide them.
// Prints what it found or did; fails with a clear message when it cannot install.
//
//   node scripts/ensure-system-packages.mjs          check and install
//   node scripts/ensure-system-packages.mjs --check  only report (exit 1 if something is missing)
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Binary → Debian package that provides it. Add a line to need another program. */
const REQUIRED = {
  chromium: 'chromium', // apps/docs: browser tests of the rendered reference
  'redis-server': 'redis-server', // packages/sdk: the Redis rate-limit store's tests
  tmux: 'tmux', // packages/cli: the progress display tested in a real terminal
  python3: 'python3', // apps/docs: the "Bring your own client" guide's programs, run as written
  go: 'golang-go',
  ruby: 'ruby',
};

const onPath = (binary) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        accessSync(join(dir, binary), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });

const run = (cmd, args) => {
  console.log(`  $ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.error) return `${cmd} could not start: ${result.error.message}`;
  return result.status === 0 ? undefined : `${cmd} exited with ${result.status}`;
};

const missing = Object.entries(REQUIRED).filter(([binary]) => !onPath(binary));
if (missing.length === 0) {
  console.log(`system packages: ${Object.keys(REQUIRED).join(', ')} present`);
  process.exit(0);
}

const packages = [...new Set(missing.map(([, pkg]) => pkg))];
const names = missing.map(([binary]) => binary).join(', ');
const advice = `Install them with: apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
if (process.argv.includes('--check')) {
  console.error(`system packages: missing ${names}. ${advice}`);
  process.exit(1);
}
const blocker = process.getuid?.() !== 0 ? 'this process is not root' : !onPath('apt-get') ? 'apt-get is not on PATH (not a Debian-like system?)' : undefined;
if (blocker) {
  console.error(`system packages: missing ${names}, and ${blocker}, so they cannot be installed here. ${advice}`);
  process.exit(1);
}

console.log(`system packages: missing ${names}; installing ${packages.join(' ')}`);
const failure = run('apt-get', ['update']) ?? run('apt-get', ['install', '-y', '--no-install-recommends', ...packages]);
const still = missing.filter(([binary]) => !onPath(binary)).map(([binary]) => binary);
if (failure || still.length) {
  console.error(`system packages: installing failed (${failure ?? `still missing: ${still.join(', ')}`}). ${advice}`);
  process.exit(1);
}
console.log(`system packages: installed ${packages.join(' ')}`);
