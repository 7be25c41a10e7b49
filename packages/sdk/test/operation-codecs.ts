// Every operation of the spec with its codec loaded and its zod schemas, for the tests that read
// and write bodies without sending a request (decoding, round trips, fuzzing).
import { operations } from '@litmos-kit/client/operations';
import * as zod from '@litmos-kit/client/zod';
import type { DecodeResponseSettings, OperationCodec, OperationDef } from '@litmos-kit/core';
import { decodeBody as decodeLoaded } from '../src/decode-body.js';

const all = Object.values(operations) as OperationDef[];
const pascal = (id: string) => id[0]?.toUpperCase() + id.slice(1);
const loaded = new Map<OperationDef, OperationCodec>(await Promise.all(all.map(async (op) => [op, await op.load()] as const)));

/** The loaded codec of an operation. */
export function codecOf<T>(op: OperationDef<T>): OperationCodec<T> {
  const codec = loaded.get(op as OperationDef);
  if (!codec) throw new Error(`${op.id}: not an operation of the spec`);
  return codec as OperationCodec<T>;
}

/** The zod schemas hey-api generated for an operation's success body and request body, when it has them. */
export function schemasOf(op: OperationDef): { readonly response: unknown; readonly body: unknown } {
  const schemas = zod as unknown as Record<string, unknown>;
  const response = schemas[`z${pascal(op.id)}Response`];
  return { response: op.returns === 'none' ? undefined : response, body: schemas[`z${pascal(op.id)}Body`] };
}

/** Decodes a body of `op` as a Litmos client does (the SDK's `decodeBody` with the loaded codec). */
export function decodeBody<T>(op: OperationDef<T>, text: string, contentType: string | null, settings?: Pick<DecodeResponseSettings, 'policy' | 'request'>) {
  return decodeLoaded(op, codecOf(op), text, contentType, settings);
}
