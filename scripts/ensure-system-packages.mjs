// Installs the Debian packages the tests use (real Chromium for the docs, a real Redis for the
// shared rate-limit store) when their binaries are missing. A fresh machine has neither, and CI
// runs on a fresh clone, so the README's test command must bring them itself.
import { execFileSync, spawnSync } from 'node:child_process';

/** Binary to look for → Debian package that provides it. Extend here. */
const needed = {
  chromium: 'chromium',
  'redis-server': 'redis-server',
};

const has = (binary) => spawnSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' }).status === 0;
const missing = Object.entries(needed).filter(([binary]) => !has(binary));

if (missing.length === 0) {
  console.log(`system packages: ${Object.keys(needed).join(', ')} present`);
} else {
  const packages = missing.map(([, pkg]) => pkg);
  if (process.getuid?.() !== 0) {
    console.error(`Missing ${packages.join(', ')}. Install them (Debian: sudo apt-get install -y ${packages.join(' ')}) and run again.`);
    process.exit(1);
  }
  console.log(`system packages: installing ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  const still = missing.filter(([binary]) => !has(binary)).map(([binary]) => binary);
  if (still.length) {
    console.error(`apt-get finished but ${still.join(', ')} is still missing`);
    process.exit(1);
  }
}
