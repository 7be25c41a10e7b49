import type { OperationDef } from '@litmos-kit/client/operations';

/**
 * Whether an operation answers with a list (its success schema is an array), read from the
 * spec's response schema rather than guessed from its name.
 */
export function isArrayResponse(op: OperationDef): boolean {
  return op.returns === 'list';
}

/**
 * The fields of one row of a list operation (or of the record another operation answers with),
 * in the spec's order: the CSV columns when `--fields` is not given. Variant spellings are left
 * out, since the SDK renames them to the spec's name. `undefined` when the spec does not describe
 * rows as objects. Read from the operation's generated codec, which loads on first use.
 */
export async function responseFields(op: OperationDef): Promise<string[] | undefined> {
  const { fields } = await op.load();
  return fields ? [...fields] : undefined;
}
