// Fixtures for tests of decoding and of the call pipeline: a decoder as the generator writes one,
// and an operation definition that answers with a list of its rows.
import type { DecodePath, DecodeState } from '../src/decode-state.js';
import type { OperationCodec, OperationDef, ResponseShape } from '../src/operation-def.js';

const spec = { id: { type: 'string' }, n: { type: 'integer' }, on: { type: 'boolean' }, at: { type: 'date', nullable: true } } as const;
const known = new Set(Object.keys(spec));

/** Decodes one row in place: { id: string (required), n: integer, on: boolean (may be absent), at: date or null (may be absent) }. */
export function decodeRow(v: unknown, s: DecodeState, p: DecodePath | undefined): unknown {
  const o = s.object(v, p) as Record<string, unknown> | undefined;
  if (o === undefined) return v;
  const a = s.absent;
  let x = o.id;
  if (typeof x !== 'string') s.field(o, 'id', x, spec.id, p, 2);
  x = o.n;
  if (!(typeof x === 'number' && Number.isSafeInteger(x))) s.field(o, 'n', x, spec.n, p, 1);
  x = o.on;
  if (typeof x !== 'boolean') s.field(o, 'on', x, spec.on, p, 0);
  s.field(o, 'at', o.at, spec.at, p, 0);
  s.done(o, known, 4, a, p);
  return o;
}

/** Decodes a list of rows in place. */
export const decodeRows = (v: unknown, s: DecodeState, p: DecodePath | undefined): unknown => s.list(v, decodeRow, undefined, p);

/** How a list of rows is read (XML root `<Rows>`). */
export const rows: ResponseShape<unknown> = { label: 'listRows', decode: decodeRows, xmlRoot: 'Rows' };

const codec: OperationCodec<unknown> = { response: rows };

/** `GET /rows`, answering a list of rows, as the generator writes an operation definition. */
export const listRows: OperationDef<unknown> = {
  id: 'listRows',
  httpMethod: 'GET',
  path: '/rows',
  sdkMethod: 'rows.list',
  paging: 'none',
  delta: false,
  itemKey: ['id'],
  pathParams: [],
  query: [],
  headerParams: [],
  bodyMediaTypes: [],
  returns: 'list',
  auth: 'bearer',
  load: async () => codec,
};

/** A call's parameters for `listRows`: none. */
export const noParameters = { path: {}, query: {}, headers: {} };
