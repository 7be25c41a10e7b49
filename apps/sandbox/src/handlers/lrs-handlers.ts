/**
 * The xAPI Learning Record Store (`/statements`): store, replace and read statements. A
 * separate Litmos service with HTTP Basic auth and JSON only (handle-api-request.ts checks
 * those); statements live beside the organisation's state and go when it is reset.
 */

import { Refusal } from '../api/refusal.js';
import type { OrgState } from '../state/org-state.js';
import type { HandlerContext, HandlerTable } from './handler-types.js';

type Statement = Record<string, unknown> & { id?: string };
const stores = new WeakMap<OrgState, Map<string, Statement>>();

function store(state: OrgState): Map<string, Statement> {
  let statements = stores.get(state);
  if (!statements) {
    statements = new Map();
    stores.set(state, statements);
  }
  return statements;
}

/** A UUID from a counter: the same calls give the same ids, run after run. */
function nextStatementId(statements: Map<string, Statement>): string {
  return `00000000-0000-4000-8000-${(statements.size + 1).toString(16).padStart(12, '0')}`;
}

function keep(ctx: HandlerContext, statement: Statement, id: string): string {
  const statements = store(ctx.state);
  if (statements.has(id)) throw new Refusal(409, `Statement ${id} already exists`);
  statements.set(id, { ...statement, id, stored: new Date(ctx.now).toISOString() });
  return id;
}

export const lrsHandlers: HandlerTable = {
  'POST /statements': (ctx) => {
    const body = ctx.body;
    const list = (Array.isArray(body) ? body : [body]) as Statement[];
    if (list.length === 0 || list.some((s) => typeof s !== 'object' || s === null)) throw new Refusal(400, 'Please check the json in the body of the request');
    const statements = store(ctx.state);
    return { status: 200, record: list.map((s) => keep(ctx, s, typeof s.id === 'string' ? s.id : nextStatementId(statements))) };
  },
  'PUT /statements': (ctx) => {
    const id = ctx.query('statementId');
    if (!id) throw new Refusal(400, 'statementId is required');
    const statement = (ctx.body ?? {}) as Statement;
    if (statement.id !== undefined && statement.id !== id) throw new Refusal(409, 'The statement id differs from statementId');
    keep(ctx, statement, id);
    return { status: 204 };
  },
  'GET /statements': (ctx) => {
    const statements = store(ctx.state);
    const id = ctx.query('statementId');
    if (id) {
      const statement = statements.get(id);
      if (!statement) throw new Refusal(404, `Statement ${id} not found`);
      return { status: 200, record: statement };
    }
    const limit = Number(ctx.query('limit') ?? 0) || statements.size;
    return { status: 200, record: { statements: [...statements.values()].slice(0, limit), more: '' } };
  },
};
