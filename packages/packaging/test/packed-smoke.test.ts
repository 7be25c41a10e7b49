// The packed packages as a user gets them: `npm install @litmos-kit/sdk …` from a registry (a
// local Verdaccio holding our tarballs and the third-party packages they need, with no uplink)
// into a project outside the workspace with an empty npm cache; then imported and required on
// the system's Node 20 and on Node 24, calling the mock in XML and JSON, and type-checked by a
// TypeScript consumer under moduleResolution bundler and node16.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningMock, startMock } from '@litmos-kit/mock';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer } from '../../../test-support/start-server.js';
import { nodeRuntimes, requireBin } from './node-runtimes.js';
import { firstInstallFlags } from './registry/first-install-flags.js';
import { runOk } from './run-command.js';

const require = createRequire(import.meta.url);

/** Every published package: all of them install together and import on their own. */
const libraries = () => Object.keys(inject('tarballs')).sort();

let project: string;
let mock: RunningMock;

beforeAll(async () => {
  mock = await startServer('Prism mock of the Litmos spec', () => startMock({ host: '127.0.0.1', port: 0 }), { stop: (m) => m.close() });
  project = mkdtempSync(join(tmpdir(), 'litmos-kit-consumer-'));
  cpSync(new URL('./consumer/', import.meta.url), project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'litmos-kit-consumer', private: true, type: 'module' }, null, 2));
  const started = performance.now();
  await runOk('npm', ['install', ...libraries(), ...firstInstallFlags(inject('registryUrl'), project), '--ignore-scripts'], project);
  console.log(`npm installed ${libraries().join(', ')} from the local registry in ${Math.round(performance.now() - started)} ms`);
});

afterAll(async () => {
  await mock?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the install', () => {
  it('took every package, ours and third-party, from the local registry', () => {
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string }> };
    const installed = Object.entries(lock.packages).filter(([path]) => path.startsWith('node_modules/'));
    expect(installed.map(([path]) => path.replace(/^node_modules\//, ''))).toEqual(expect.arrayContaining([...libraries(), 'zod', 'fast-xml-parser']));
    for (const [path, entry] of installed) expect(entry.resolved, path).toMatch(new RegExp(`^${inject('registryUrl').replace(/[.]/g, '\\.')}`));
  });
});

describe.each(nodeRuntimes())('on the $label', (runtime) => {
  it('runs the Node version it is named after', async () => {
    expect((await runOk(requireBin(runtime), ['--version'], project)).trim()).toMatch(new RegExp(`^v${runtime.major}\\.`));
  });

  it('imports the SDK and reads the same rows in XML and JSON', async () => {
    const out = JSON.parse((await runOk(requireBin(runtime), ['smoke.mjs', mock.url], project)).trim().split('\n').at(-1) as string);
    console.log(`${runtime.label} (${out.node}): ${out.rows.xml.length} rows`, out.rows.xml[0]);
    expect(out.loader).toBe('import');
    // Every installed package loads and exports something.
    expect(Object.keys(out.exports).sort()).toEqual(libraries());
    for (const count of Object.values(out.exports)) expect(count).toBeGreaterThan(0);
    expect(out.typedErrors).toBe(true);
    expect(out.rows.xml.length).toBeGreaterThan(0);
    expect(out.rows.xml[0]).toMatchObject({ UserId: expect.any(String), Title: expect.any(String) });
    expect(out.rows.json).toEqual(out.rows.xml);
    expect(out.rows.picked).toEqual(out.rows.json);
  });

  it('requires the SDK (require(esm)) and reads rows', async () => {
    const out = JSON.parse((await runOk(requireBin(runtime), ['smoke.cjs', mock.url], project)).trim().split('\n').at(-1) as string);
    expect(out.loader).toBe('require');
    expect(Object.keys(out.exports).sort()).toEqual(libraries());
    expect(out.rows.json.length).toBeGreaterThan(0);
  });
});

describe('a TypeScript consumer', () => {
  const tsc = require.resolve('typescript/bin/tsc');

  it.each(['bundler', 'node16'])('type-checks under moduleResolution %s', async (mode) => {
    expect(readdirSync(project)).toContain(`tsconfig.${mode}.json`);
    await runOk(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`], project);
  });
});
