// The packed packages as a user gets them: `npm install @litmos-kit/sdk …` from a registry (a
// local Verdaccio holding our tarballs and the third-party packages they need, with no uplink)
// into a project outside the workspace with an empty npm cache; then imported and required on
// the system's Node 20 and on Node 24, calling the mock in XML and JSON, and type-checked by a
// TypeScript consumer under moduleResolution bundler and node16.
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { type RunningMock, startMock } from '@litmos-kit/mock';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer } from '../../../test-support/start-server.js';

const require = createRequire(import.meta.url);

/** Bound for one command (an install, a Node run, tsc): seconds when idle, far more on a loaded machine. */
const COMMAND_BOUND_MS = 5 * 60_000;

/** The environment without pnpm's npm_* settings and the workspace's NODE_PATH. */
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') && key !== 'NODE_PATH'));

/** Runs a command without blocking this process, which also serves the mock the command calls. */
async function run(command: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(command, args, { cwd, env: cleanEnv, encoding: 'utf8', timeout: COMMAND_BOUND_MS });
    return stdout;
  } catch (error) {
    const { code, signal, stdout, stderr } = error as { code?: unknown; signal?: unknown; stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed (${String(signal ?? code)}):\n${stdout}\n${stderr}`);
  }
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

// Node 24 is the workspace's own (the `node` devDependency that runs every script, and this test).
const runtimes = [
  { label: 'system Node 20', major: 20, bin: systemNodes().get(20) },
  { label: 'workspace Node 24', major: 24, bin: process.execPath },
];

let project: string;
let mock: RunningMock;

beforeAll(async () => {
  mock = await startServer('Prism mock of the Litmos spec', () => startMock({ host: '127.0.0.1', port: 0 }), { stop: (m) => m.close() });
  project = mkdtempSync(join(tmpdir(), 'litmos-kit-consumer-'));
  cpSync(new URL('./consumer/', import.meta.url), project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'litmos-kit-consumer', private: true, type: 'module' }, null, 2));
  // A user's first install: an empty cache, no user config, and only the local registry.
  const cache = join(project, '.npm-cache');
  mkdirSync(cache);
  writeFileSync(join(project, '.npmrc-empty'), '');
  const started = performance.now();
  await run(
    'npm',
    [
      'install',
      ...Object.keys(inject('tarballs')),
      `--registry=${inject('registryUrl')}`,
      `--cache=${cache}`,
      `--userconfig=${join(project, '.npmrc-empty')}`,
      '--no-audit',
      '--no-fund',
      '--no-update-notifier',
      '--ignore-scripts',
      '--loglevel=error',
    ],
    project,
  );
  console.log(`npm installed ${Object.keys(inject('tarballs')).join(', ')} from the local registry in ${Math.round(performance.now() - started)} ms`);
});

afterAll(async () => {
  await mock?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the install', () => {
  it('took every package, ours and third-party, from the local registry', () => {
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string }> };
    const installed = Object.entries(lock.packages).filter(([path]) => path.startsWith('node_modules/'));
    expect(installed.map(([path]) => path.replace(/^node_modules\//, ''))).toEqual(
      expect.arrayContaining([...Object.keys(inject('tarballs')), 'zod', 'fast-xml-parser']),
    );
    for (const [path, entry] of installed) expect(entry.resolved, path).toMatch(new RegExp(`^${inject('registryUrl').replace(/[.]/g, '\\.')}`));
  });
});

describe.each(runtimes)('on the $label', ({ label, major, bin }) => {
  // CI and a newcomer's machine have the system Node 20; without it the check cannot be made,
  // and that is a failure, not a skip.
  const node = () => {
    if (!bin) throw new Error(`no Node ${major} found on the PATH, /usr/local/bin or /usr/bin: the packages must be checked on ${label}`);
    return bin;
  };

  it('runs the Node version it is named after', async () => {
    expect((await run(node(), ['--version'], project)).trim()).toMatch(new RegExp(`^v${major}\\.`));
  });

  it('imports the SDK and reads the same rows in XML and JSON', async () => {
    const out = JSON.parse((await run(node(), ['smoke.mjs', mock.url], project)).trim().split('\n').at(-1) as string);
    console.log(`${label} (${out.node}): ${out.rows.xml.length} rows`, out.rows.xml[0]);
    expect(out.loader).toBe('import');
    // Every packed package loads and exports something.
    expect(Object.keys(out.exports).sort()).toEqual(Object.keys(inject('tarballs')).sort());
    for (const count of Object.values(out.exports)) expect(count).toBeGreaterThan(0);
    expect(out.typedErrors).toBe(true);
    expect(out.rows.xml.length).toBeGreaterThan(0);
    expect(out.rows.xml[0]).toMatchObject({ UserId: expect.any(String), Title: expect.any(String) });
    expect(out.rows.json).toEqual(out.rows.xml);
  });

  it('requires the SDK (require(esm)) and reads rows', async () => {
    const out = JSON.parse((await run(node(), ['smoke.cjs', mock.url], project)).trim().split('\n').at(-1) as string);
    expect(out.loader).toBe('require');
    expect(Object.keys(out.exports).sort()).toEqual(Object.keys(inject('tarballs')).sort());
    expect(out.rows.json.length).toBeGreaterThan(0);
  });
});

describe('a TypeScript consumer', () => {
  const tsc = require.resolve('typescript/bin/tsc');

  it.each(['bundler', 'node16'])('type-checks under moduleResolution %s', async (mode) => {
    expect(readdirSync(project)).toContain(`tsconfig.${mode}.json`);
    await run(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`], project);
  });
});
