import type { OperationDef } from '@litmos-kit/core';
import type { CallOptions } from './method-options.js';

type Read = (id: unknown, call?: CallOptions) => Promise<unknown>;
type Write = (params: Record<string, unknown>, call?: CallOptions) => Promise<unknown>;

/**
 * A get-modify-put method (`users.patch(id, changes)`): reads the record, applies `changes` to it
 * and writes it back whole with the update, since Litmos' updates replace the record. Two
 * requests, and not atomic: a change someone else makes between them is overwritten. Only the
 * fields the update takes are sent back (its XML shape lists them; read-only fields such as
 * `CreatedDate` stay out).
 * @internal
 */
export function patchMethod(update: OperationDef, read: Read, write: Write) {
  const idParam = update.pathParams[0] as string;
  return async (id: unknown, changes: unknown, call: CallOptions = {}): Promise<void> => {
    if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
      throw new TypeError(`${update.patch?.method}: expected the changes to be an object of fields`);
    }
    const [current, codec] = await Promise.all([read(id, call), update.load()]);
    const shape = codec.bodyXml;
    const writable = shape?.kind === 'object' ? new Set(shape.fields.map((field) => field.prop ?? field.name)) : undefined;
    const record = Object.fromEntries(Object.entries({ ...(current as object), ...changes }).filter(([name]) => !writable || writable.has(name)));
    await write({ [idParam]: id, body: record }, call);
  };
}
