// The packed packages as a user gets them: installed with npm into a project outside the
// workspace, imported (and required) on the system's Node 20 and on Node 24, calling the mock in
// XML and JSON; a TypeScript consumer type-checked under moduleResolution bundler and node16.
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { type RunningMock, startMock } from '@litmos-kit/mock';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const require = createRequire(import.meta.url);

/** The environment without pnpm's npm_* settings and the workspace's NODE_PATH. */
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') && key !== 'NODE_PATH'));

/** Runs a command without blocking this process, which also serves the mock the command calls. */
async function run(command: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(command, args, { cwd, env: cleanEnv, encoding: 'utf8', timeout: 90_000 });
    return stdout;
  } catch (error) {
    const { code, stdout, stderr } = error as { code?: unknown; stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed (${String(code)}):\n${stdout}\n${stderr}`);
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
const node24 = process.execPath;
const node20 = systemNodes().get(20);
const runtimes = [
  { label: 'system Node 20', bin: node20 },
  { label: 'workspace Node 24', bin: node24 },
];

let project: string;
let mock: RunningMock;

beforeAll(async () => {
  mock = await startMock({ host: '127.0.0.1', port: 0 });
  project = mkdtempSync(join(tmpdir(), 'litmos-kit-consumer-'));
  cpSync(new URL('./consumer/', import.meta.url), project, { recursive: true });
  const tarballs = inject('tarballs');
  const dependencies = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]));
  // Dependencies between our packages resolve to the tarballs too, never to the registry.
  const overrides = Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`]));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'litmos-kit-consumer', private: true, type: 'module', dependencies, overrides }, null, 2),
  );
  const started = performance.now();
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], project);
  console.log(`npm installed the tarballs in ${Math.round(performance.now() - started)} ms`);
});

afterAll(async () => {
  await mock?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe.each(runtimes)('on the $label', ({ label, bin }) => {
  // Without a Node 20 on this machine there is nothing to run it on; CI must have one.
  const missing = !bin && !process.env.CI;

  it.skipIf(missing)('imports the SDK and reads the same rows in XML and JSON', async () => {
    if (!bin) throw new Error(`no ${label} found on the PATH`);
    const out = JSON.parse((await run(bin, ['smoke.mjs', mock.url], project)).trim().split('\n').at(-1) as string);
    console.log(`${label}: node --version → ${(await run(bin, ['--version'], project)).trim()}; ${out.rows.xml.length} rows`, out.rows.xml[0]);
    expect(out.loader).toBe('import');
    // Every packed package loads and exports something.
    expect(Object.keys(out.exports).sort()).toEqual(Object.keys(inject('tarballs')).sort());
    for (const count of Object.values(out.exports)) expect(count).toBeGreaterThan(0);
    expect(out.typedErrors).toBe(true);
    expect(out.rows.xml.length).toBeGreaterThan(0);
    expect(out.rows.xml[0]).toMatchObject({ UserId: expect.any(String), Title: expect.any(String) });
    expect(out.rows.json).toEqual(out.rows.xml);
  });

  it.skipIf(missing)('requires the SDK (require(esm)) and reads rows', async () => {
    if (!bin) throw new Error(`no ${label} found on the PATH`);
    const out = JSON.parse((await run(bin, ['smoke.cjs', mock.url], project)).trim().split('\n').at(-1) as string);
    expect(out.loader).toBe('require');
    expect(Object.keys(out.exports).sort()).toEqual(Object.keys(inject('tarballs')).sort());
    expect(out.rows.json.length).toBeGreaterThan(0);
  });
});

describe('a TypeScript consumer', () => {
  const tsc = require.resolve('typescript/bin/tsc');

  it.each(['bundler', 'node16'])('type-checks under moduleResolution %s', async (mode) => {
    expect(readdirSync(project)).toContain(`tsconfig.${mode}.json`);
    await run(node24, [tsc, '-p', `tsconfig.${mode}.json`], project);
  });
});
