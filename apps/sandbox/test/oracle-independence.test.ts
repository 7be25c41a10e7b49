// The sandbox is the oracle our SDK is tested against, so it must not share the SDK's reading and
// writing code (docs/adr/0005-sandbox-independent-oracle.md): a bug there would then be made on
// both sides and no test would notice. This checks every import of the runtime sources and the
// package's runtime dependencies.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
/** Packages the runtime code may import besides Node built-ins and its own files. */
const ALLOWED = new Set(['fast-xml-parser', '@litmos-kit/spec']);
/** The package's own import map: `#spec-wire` is the build's copy of @litmos-kit/spec/wire. */
const PACKAGE_IMPORTS = new Set(['#spec-wire']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Every module specifier of a file (imports, re-exports, `import()`, `require()`), as TypeScript reads them. */
function specifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Why a specifier is not allowed in `file`, or undefined when it is. */
function violation(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('node:') || PACKAGE_IMPORTS.has(specifier)) return undefined;
  if (specifier.startsWith('.')) {
    const target = resolve(file, '..', specifier);
    return relative(src, target).startsWith('..') ? `reaches outside src: ${specifier}` : undefined;
  }
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  return ALLOWED.has(name) ? undefined : `imports ${specifier}`;
}

describe('the sandbox is an independent oracle', () => {
  test('runtime sources import only Node built-ins, fast-xml-parser, @litmos-kit/spec and their own files', () => {
    const files = sourceFiles(src);
    expect(files.length).toBeGreaterThan(40);
    const problems: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        checked++;
        const why = violation(file, specifier);
        if (why) problems.push(`${relative(root, file)} ${why}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  test('the checker itself catches SDK imports in every form', () => {
    const file = join(src, 'wire', 'example.ts');
    const text = [
      "import { decodeBody } from '@litmos-kit/sdk';",
      "import type { Pager } from '@litmos-kit/core/internal';",
      "export { shapeValue } from '@litmos-kit/sdk/shape-value';",
      "const client = await import('@litmos-kit/client');",
      "const core = require('@litmos-kit/core');",
      "import '../../../../packages/sdk/src/decode-body.js';",
    ].join('\n');
    const found = specifiers(text).map((s) => violation(file, s));
    expect(found.every((why) => why !== undefined)).toBe(true);
    expect(found).toHaveLength(6);
    expect(violation(file, '../spec-model/schema-tools.js')).toBeUndefined();
    expect(violation(file, 'node:http')).toBeUndefined();
    // Text that merely mentions imports is not an import.
    expect(specifiers("const s = 'Duplicate username in the import';")).toEqual([]);
  });

  test("no workspace client package is a runtime dependency, and #spec-wire maps to the copy of the spec's wire rules", () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      imports?: Record<string, { default?: string }>;
    };
    const runtime = Object.keys(pkg.dependencies ?? {});
    expect(runtime.filter((name) => !ALLOWED.has(name))).toEqual([]);
    expect(Object.keys(pkg.imports ?? {})).toEqual([...PACKAGE_IMPORTS]);
    expect(pkg.imports?.['#spec-wire']?.default).toBe('./dist/vendor/spec-wire/index.js');
  });
});
