// What an editor shows on hover, asked of the TypeScript language service the way VS Code asks
// it (`getQuickInfoAtPosition`), for code written against the built package: the types a user
// gets from `npm install @litmos-kit/sdk`, not the sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** One hover: where it was asked, and the text an editor shows (signature, documentation, tags). */
export interface Hover {
  readonly at: string;
  readonly text: string;
}

/**
 * The hover text at each marker of `source`, a module placed in `packageDir` (so that
 * `@litmos-kit/sdk` resolves as it does for a dependent: through `exports` to `dist/`).
 * A marker is a `/*@name*\/` comment right before the identifier to hover. `problems` are the
 * probe's compile errors, as an editor would underline them.
 */
export function quickInfo(packageDir: string, source: string): { hovers: Hover[]; problems: string[] } {
  const fileName = join(packageDir, 'hover-probe.ts');
  const parsed = ts.parseJsonConfigFileContent(
    ts.readConfigFile(join(packageDir, 'tsconfig.json'), (path) => readFileSync(path, 'utf8')).config,
    ts.sys,
    packageDir,
  );
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => ({ ...parsed.options, noEmit: true }),
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const text = name === fileName ? source : ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => packageDir,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => name === fileName || ts.sys.fileExists(name),
    readFile: (name) => (name === fileName ? source : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const problems = service
    .getSemanticDiagnostics(fileName)
    .concat(service.getSyntacticDiagnostics(fileName))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  const hovers: Hover[] = [];
  for (const marker of source.matchAll(/\/\*@([\w.]+)\*\//g)) {
    const position = (marker.index ?? 0) + marker[0].length;
    const info = service.getQuickInfoAtPosition(fileName, position);
    if (!info) throw new Error(`no hover at marker ${marker[1]}`);
    hovers.push({ at: marker[1] as string, text: hoverText(info) });
  }
  return { hovers, problems };
}

/** A quick info as an editor lays it out: the signature, then the documentation, then the tags. */
function hoverText(info: ts.QuickInfo): string {
  const text = (parts: readonly ts.SymbolDisplayPart[] | undefined) => (parts ?? []).map((p) => p.text).join('');
  const sections = [text(info.displayParts), text(info.documentation)];
  for (const tag of info.tags ?? []) sections.push(`@${tag.name} ${text(tag.text).trim()}`.trim());
  return sections.filter(Boolean).join('\n\n');
}
