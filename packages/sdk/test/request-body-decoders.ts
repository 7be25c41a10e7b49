// The generated decoders of request bodies (packages/client/src/gen/decoders/*-body.gen.ts), for
// tests that read back what the SDK wrote: runtime code never decodes its own requests.
import { readdirSync } from 'node:fs';
import type { OperationDef } from '@litmos-kit/core';
import { createDecodeSlowPath, createDriftRecorder } from '@litmos-kit/core/decode';
import { type Decoder, DecodeState } from '@litmos-kit/core/internal';
import { normalizeLitmosDate } from '../src/litmos-date.js';

const dir = new URL('../../client/src/gen/decoders/', import.meta.url);
const decoders: Record<string, Decoder> = Object.assign(
  {},
  ...(await Promise.all(
    readdirSync(dir)
      .filter((file) => file.endsWith('-body.gen.ts'))
      .map((file) => import(new URL(file, dir).href)),
  )),
);

/**
 * Reads a request body of `op` (parsed JSON, or the `parseXmlRoot` tree) as the SDK reads
 * responses, strictly, except that optional fields may be left out.
 * @throws {Error} naming the first difference when the body does not match the spec.
 */
export function readRequestBody(op: OperationDef, value: unknown, format: 'xml' | 'json'): unknown {
  const decode = decoders[`decode${op.id[0]?.toUpperCase()}${op.id.slice(1)}Body`];
  if (!decode) throw new Error(`${op.id}: no generated body decoder`);
  const state = new DecodeState({ format, policy: 'strict', date: normalizeLitmosDate, slowPath: createDecodeSlowPath, driftRecorder: createDriftRecorder });
  const decoded = decode(value, state, undefined);
  const first = state.issues[0];
  if (first) throw new Error(`${op.id} body: ${first.kind} at ${first.pattern}: expected ${first.expected}, received ${first.received}`);
  return decoded;
}
