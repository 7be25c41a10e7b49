/**
 * Checks an operation's declared query parameters against their schemas (400, or 406 for a
 * `limit` over 1000 where the operation lists 406) and builds the list query from them.
 */
import type { SpecOperation, SpecParameter } from '../spec-model/load-spec-model.js';
import { typeOf } from '../spec-model/schema-tools.js';
import { LIMIT_MESSAGE } from './messages.js';
import { DEFAULT_LIMIT, type ListQuery, MAX_LIMIT } from './page-rows.js';
import type { QueryReader } from './query-reader.js';
import { Refusal } from './refusal.js';

/** Parameters every call takes, checked elsewhere. */
const SKIP_GENERIC = new Set(['source', 'format', 'apikey']);

/** Validates the declared query parameters and returns the paging, sorting and search to apply. */
export function readListQuery(op: SpecOperation, query: QueryReader): ListQuery {
  const status406 = op.responses['406'] !== undefined;
  for (const param of op.parameters) {
    if (param.in !== 'query' || SKIP_GENERIC.has(param.name.toLowerCase())) continue;
    // since/to of delta calls have their own rules and status (406).
    if (op.sdk.delta && (param.name === 'since' || param.name === 'to')) continue;
    const raw = query(param.name);
    if (raw === null) {
      if (param.required) throw new Refusal(400, `Please provide the ${param.name} query string parameter`);
      continue;
    }
    checkQueryValue(param, raw, status406);
  }
  const declared = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name.toLowerCase()));
  const start = declared.has('start') ? Number(query('start') ?? 0) : 0;
  const limit = declared.has('limit') ? Number(query('limit') ?? DEFAULT_LIMIT) : Number.MAX_SAFE_INTEGER;
  const sort = declared.has('sort') ? (query('sort') ?? undefined) : undefined;
  const search = declared.has('search') ? (query('search') ?? undefined) : undefined;
  const dir = declared.has('dir') && query('dir')?.toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
  return { start, limit: Math.min(limit, declared.has('limit') ? MAX_LIMIT : limit), dir, ...(sort ? { sort } : {}), ...(search ? { search } : {}) };
}

/** @throws Refusal when `raw` does not fit the parameter's schema. */
function checkQueryValue(param: SpecParameter, raw: string, status406: boolean): void {
  const { schema, name } = param;
  const type = typeOf(schema);
  if (type === 'integer' || type === 'number') {
    if (!(type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(raw.trim())) throw new Refusal(400, `The ${name} query string parameter must be a number`);
    const n = Number(raw);
    if (typeof schema.maximum === 'number' && n > schema.maximum) {
      // Litmos documents 406 for limit > 1000 where the operation lists 406; 400 elsewhere.
      if (name.toLowerCase() === 'limit') throw new Refusal(status406 ? 406 : 400, LIMIT_MESSAGE);
      throw new Refusal(400, `The ${name} query string parameter is too large`);
    }
    if (typeof schema.minimum === 'number' && n < schema.minimum) throw new Refusal(400, `The ${name} query string parameter is too small`);
  } else if (type === 'boolean') {
    if (!/^(true|false)$/i.test(raw)) throw new Refusal(400, `The ${name} query string parameter must be true or false`);
  } else if (Array.isArray(schema.enum)) {
    if (!schema.enum.some((v) => String(v).toLowerCase() === raw.toLowerCase()))
      throw new Refusal(400, `The ${name} query string parameter must be one of ${schema.enum.join(', ')}`);
  }
  if (typeof schema.maxLength === 'number' && raw.length > schema.maxLength) throw new Refusal(400, `The ${name} query string parameter is too long`);
}
