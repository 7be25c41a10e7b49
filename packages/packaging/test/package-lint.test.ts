// What npm users get, checked on the packed tarballs: publint (package.json against the files
// that ship) and arethetypeswrong (types resolve like the JavaScript under node16 and bundler).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, it } from 'vitest';
import { publishablePackages, root } from './publishable.js';
import { packedFiles } from './read-tarball.js';

const packages = publishablePackages();
const require = createRequire(import.meta.url);

describe.each(packages)('$name', ({ name, dir, manifest }) => {
  it('declares what a published ESM package needs', () => {
    expect(manifest).toMatchObject({
      license: 'MIT',
      type: 'module',
      sideEffects: false,
      engines: { node: '>=20' },
      files: ['dist'],
      publishConfig: { access: 'public' },
    });
    // Libraries are bundled by tsdown; a package with a command (`bin`) may compile with tsc.
    expect(manifest.scripts.build).toMatch(manifest.bin ? /^(tsdown|tsc -p tsconfig\.build\.json)\b/ : /^tsdown$/);
    // A real version, set by changesets (`pnpm version-packages`), never the 0.0.0 placeholder.
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    expect(manifest.version).not.toBe('0.0.0');
    for (const [subpath, target] of Object.entries(manifest.exports as Record<string, unknown>)) {
      if (subpath === './package.json') continue;
      // TypeScript takes the first condition that matches, so `types` must come first.
      expect(Object.keys(target as object)[0], `exports["${subpath}"]`).toBe('types');
    }
    expect(manifest.exports['./package.json']).toBe('./package.json');
  });

  it('is built before these tests run (a devDependency of this package)', () => {
    const own = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(own.devDependencies[name]).toBe('workspace:*');
  });

  it("ships the license text, the same as the repository's", () => {
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe(readFileSync(join(root, 'LICENSE'), 'utf8'));
    const files = packedFiles(inject('tarballs')[name] as string);
    expect(files).toContain('package/LICENSE');
    for (const target of Object.values((manifest.bin ?? {}) as Record<string, string>)) expect(files).toContain(join('package', target));
  });

  it('passes publint with nothing to report, suggestions included', async () => {
    const tarball = inject('tarballs')[name] as string;
    // A copy: small files come back as views into a shared pool, whose .buffer holds other bytes.
    const bytes = new Uint8Array(readFileSync(tarball));
    const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer }, level: 'suggestion', strict: true });
    expect(messages.map((message) => formatMessage(message, pkg) ?? message.code)).toEqual([]);
  });

  it('passes arethetypeswrong (profile esm-only) with nothing to report', () => {
    const tarball = inject('tarballs')[name] as string;
    const cli = join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist', 'index.js');
    const run = spawnSync(process.execPath, [cli, tarball, '--profile', 'esm-only', '--format', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { problems?: Record<string, { resolutionKind?: string }[]> };
    // The JSON lists every resolution; ESM-only packages are not meant for node10 or a typed require().
    const problems = Object.values(report.problems ?? {})
      .flat()
      .filter((problem) => problem.resolutionKind !== 'node10' && problem.resolutionKind !== 'node16-cjs');
    expect(problems).toEqual([]);
    expect(run.status, run.stderr).toBe(0);
  });
});
