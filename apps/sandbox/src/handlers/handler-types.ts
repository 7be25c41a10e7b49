/**
 * The contract between the request pipeline and the operation handlers. A handler gets the
 * validated request and the state, mutates the state for writes, and returns plain rows or a
 * record with Litmos' field names; the pipeline writes them as XML or JSON from the spec.
 */

import type { ChangeRange } from '../api/change-range.js';
import type { ListQuery } from '../api/page-rows.js';
import type { SpecOperation } from '../spec-model/load-spec-model.js';
import type { OrgState } from '../state/org-state.js';

/** What a handler sees of a request. */
export interface HandlerContext {
  readonly state: OrgState;
  /** The sandbox clock at the time of the request (epoch ms, whole seconds). */
  readonly now: number;
  readonly operation: SpecOperation;
  /** Path parameter values in path order (names vary between spec revisions; positions do not). */
  readonly pathValues: readonly string[];
  /** A query parameter by name, case-insensitively (WCF matches query names that way); null when absent. */
  query(name: string): string | null;
  /** Paging, sorting and search, validated (defaults when the operation has no paging). */
  readonly list: ListQuery;
  /** The validated `since`/`to` range of a delta operation. */
  readonly range?: ChangeRange;
  /** The request body, read with the operation's request schema; undefined without one. */
  readonly body: unknown;
}

/** What a handler answers. Exactly one of `rows` (a list: the pipeline pages it unless `paged`),
 * `record` (a single object) or neither (an empty body). */
export interface HandlerResult {
  readonly status: number;
  readonly rows?: readonly object[];
  /** Rows are already a page (the handler applied `ctx.list` itself). */
  readonly paged?: boolean;
  /** Fields `search` matches for these rows. */
  readonly searchFields?: readonly string[];
  /** When set, `rows` are raw records that search and sort read directly, and only the rows of
   * the page are turned into wire rows with this function (a 5,000-person list stays cheap). */
  readonly view?: (row: never) => object;
  readonly record?: unknown;
}

/** A handler for one operation. */
export type Handler = (ctx: HandlerContext) => HandlerResult;

/** Handlers keyed by operation shape (`GET /users/{}`, see `operationShape`). */
export type HandlerTable = Readonly<Record<string, Handler>>;
