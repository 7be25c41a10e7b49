import type { OperationDef } from '@litmos-kit/client/operations';

/** The little of a zod (mini) schema's definition this module reads. */
interface SchemaDef {
  readonly type: string;
  readonly innerType?: Schema;
  readonly in?: Schema;
  readonly getter?: () => Schema;
  readonly element?: Schema;
  readonly shape?: Record<string, Schema>;
}
interface Schema {
  readonly _zod: { readonly def: SchemaDef };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'readonly', 'nonoptional', 'catch', 'prefault']);

/** Looks through optional/nullable/pipe/lazy wrappers to the schema that says what a value is. */
function unwrap(schema: Schema | undefined): Schema | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 16; depth++) {
    const def = current._zod.def;
    if (WRAPPERS.has(def.type)) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else if (def.type === 'lazy') current = def.getter?.();
    else return current;
  }
  return current;
}

/**
 * Whether an operation answers with a list (its success schema is an array), read from the
 * spec's response schema rather than guessed from its name.
 */
export function isArrayResponse(op: OperationDef): boolean {
  return unwrap(op.response as Schema | undefined)?._zod.def.type === 'array';
}

/**
 * The fields of one row of a list operation, in the spec's order: the CSV columns when
 * `--fields` is not given. `undefined` when the spec does not describe rows as objects.
 */
export function responseFields(op: OperationDef): string[] | undefined {
  const list = unwrap(op.response as Schema | undefined);
  const row = list?._zod.def.type === 'array' ? unwrap(list._zod.def.element) : list;
  const shape = row?._zod.def.type === 'object' ? row._zod.def.shape : undefined;
  return shape ? Object.keys(shape) : undefined;
}
