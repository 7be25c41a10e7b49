/**
 * People: list, paginated list, details, get by Id or username, create, update, delete, and
 * custom fields.
 */
import { PERSON_SEARCH_FIELDS, pageRows } from '../api/page-rows.js';
import { Refusal } from '../api/refusal.js';
import { addUser } from '../state/add-user.js';
import { touch } from '../state/audit.js';
import { deleteUserEverywhere } from '../state/delete-user.js';
import { findUser } from '../state/find-records.js';
import type { OrgState } from '../state/org-state.js';
import type { UserRecord } from '../state/records.js';
import { userRow } from '../state/row-views.js';
import { parseLooseDateParam } from '../wire/wire-dates.js';
import { bodyItems } from './body-items.js';
import type { HandlerContext, HandlerTable } from './handler-types.js';
import { asText, validatedProfile } from './user-profile.js';

const people = (state: OrgState) => [...state.users.values()];

function activeOnly(ctx: HandlerContext): boolean {
  return ctx.query('showInactive')?.toLowerCase() === 'false';
}

function createUser(ctx: HandlerContext) {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const { state, now } = ctx;
  const profile = validatedProfile(state, body, undefined);
  const user = addUser(state, profile, now);
  if (ctx.query('skipfirstlogin')?.toLowerCase() === 'true') user.SkipFirstLogin = true;
  return { status: 201, record: userRow(state, user) };
}

function updateUser(ctx: HandlerContext) {
  const { state, now } = ctx;
  const pathId = ctx.pathValues[0]!;
  // Writes need the real Id; a username in the path is "not found" here.
  const user = findUser(state, pathId, false);
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  if (asText(body.Id) !== pathId) throw new Refusal(404, 'Please check the userid in the xml/json and the userid in the URL. They must match');
  const profile = validatedProfile(state, body, user);
  state.usersByName.delete(user.UserName.toLowerCase());
  Object.assign(user, profile);
  state.usersByName.set(user.UserName.toLowerCase(), user);
  touch(user, state, now);
  return { status: 200 };
}

/** Handlers for people, by operation shape. */
export const userHandlers: HandlerTable = {
  'GET /users': (ctx) => ({
    status: 200,
    rows: people(ctx.state).filter((u) => !activeOnly(ctx) || u.Active),
    view: (u: UserRecord) => userRow(ctx.state, u),
    searchFields: PERSON_SEARCH_FIELDS,
  }),
  'GET /users/paginated': (ctx) => {
    const rows = people(ctx.state).filter((u) => !activeOnly(ctx) || u.Active);
    const { page, total } = pageRows(rows, ctx.list, PERSON_SEARCH_FIELDS);
    return {
      status: 200,
      record: {
        Pagination: { BatchParam: 'Limit', BatchSize: ctx.list.limit, Start: ctx.list.start, TotalCount: total },
        Items: page.map((u) => userRow(ctx.state, u)),
      },
    };
  },
  'GET /users/details': (ctx) => {
    const since = ctx.query('since');
    let from = Number.NEGATIVE_INFINITY;
    if (since !== null) {
      const parsed = parseLooseDateParam(since);
      if (parsed === undefined) throw new Refusal(406, 'Please provide a valid since query string parameter (yyyy-MM-dd or yyyy-MM-dd HH:mm)');
      from = parsed;
    }
    return {
      status: 200,
      rows: people(ctx.state).filter((u) => u.CreatedDate >= from),
      view: (u: UserRecord) => userRow(ctx.state, u),
      searchFields: PERSON_SEARCH_FIELDS,
    };
  },
  'GET /users/{}': (ctx) => ({ status: 200, record: userRow(ctx.state, findUser(ctx.state, ctx.pathValues[0]!, true)) }),
  'POST /users': createUser,
  'PUT /users/{}': updateUser,
  'DELETE /users/{}': (ctx) => {
    deleteUserEverywhere(ctx.state, findUser(ctx.state, ctx.pathValues[0]!, false));
    return { status: 200 };
  },
  'GET /users/{}/usercustomfields': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, true);
    return {
      status: 200,
      paged: true,
      rows: ctx.state.userCustomFieldNames.map((name) => ({ fieldname: name, Value: user.customFields[name] ?? null })),
    };
  },
  'POST /users/{}/usercustomfields': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, false);
    const items = bodyItems(ctx.body);
    for (const item of items) {
      const name = asText(item.fieldname) ?? '';
      if (!ctx.state.userCustomFieldNames.includes(name)) throw new Refusal(404, `Custom field - ${name} was not found`);
    }
    for (const item of items) user.customFields[String(item.fieldname)] = asText(item.Value);
    touch(user, ctx.state, ctx.now);
    return { status: 200 };
  },
};
