// The type names a hey-api types module exports, read with the TypeScript parser rather than a
// pattern over the text: declarations that span lines, `export interface`, comments that look
// like code and `export { … }` lists are all read as the compiler reads them.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The names of the types and interfaces `file` exports. */
export function readTypeNames(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = [];
  const exported = (node) => ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true;
  for (const statement of source.statements) {
    if ((ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) && exported(statement)) names.push(statement.name.text);
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    }
  }
  return names;
}
