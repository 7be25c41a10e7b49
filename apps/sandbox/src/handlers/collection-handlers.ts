/**
 * Collections, collection listings and self-signup tokens, with the
 * limits and messages the spec documents (25 items per request, one course per delete, 404 for
 * an empty listing).
 */

import { BAD_BODY_MESSAGE } from '../api/messages.js';
import { PERSON_SEARCH_FIELDS } from '../api/page-rows.js';
import { Refusal } from '../api/refusal.js';
import type { CollectionRecord, ListingRecord, TokenRecord } from '../state/commerce-records.js';
import { findTeam, findUser } from '../state/find-records.js';
import { nextId } from '../state/litmos-id.js';
import type { OrgState } from '../state/org-state.js';
import { teamRow, userRow } from '../state/row-views.js';
import { bodyIds, bodyItems } from './body-items.js';
import type { HandlerContext, HandlerTable } from './handler-types.js';

function findCollection(state: OrgState, id: string): CollectionRecord {
  const c = state.collections.get(id);
  if (!c) throw new Refusal(404, `Collection - ${id} was not found`);
  return c;
}

function findListing(state: OrgState, id: string): ListingRecord {
  const l = state.listings.get(id);
  if (!l) throw new Refusal(404, `Listing - ${id} was not found`);
  return l;
}

const collectionRow = (c: CollectionRecord) => ({ Id: c.Id, Name: c.Name, Description: c.Description, DefaultListing: c.DefaultListing, ImageURL: c.ImageURL });
const listingRow = (l: ListingRecord) => ({
  Id: l.Id,
  Name: l.Name,
  Active: l.Active,
  DurationType: l.DurationType,
  MaxUsers: l.MaxUsers,
  DurationDays: l.DurationDays,
  FixedDate: l.FixedDate,
  CollectionId: l.CollectionId,
});

function addContent(ctx: HandlerContext, kind: 'courses' | 'learningPaths') {
  const collection = findCollection(ctx.state, ctx.pathValues[0]!);
  const ids = bodyIds(ctx.body);
  const label = kind === 'courses' ? 'courses' : 'learningpaths';
  if (ids.length > 25) throw new Refusal(403, `Please provide maximum 25 ${label} in the xml/json body!`);
  if (ids.length === 0) throw new Refusal(404, `There is no valid ${label} Id in the body`);
  const list = kind === 'courses' ? collection.courseIds : collection.learningPathIds;
  for (const id of ids) {
    const item = kind === 'courses' ? ctx.state.courses.get(id) : ctx.state.learningPaths.get(id);
    if (!item || item.deleted) throw new Refusal(404, `${kind === 'courses' ? 'Course' : 'Learning Path'} - ${id} was not found`);
    if (!item.Active || list.includes(id) || ids.indexOf(id) !== ids.lastIndexOf(id))
      throw new Refusal(409, `${id} is inactive, repeated or already in the collection`);
  }
  list.push(...ids);
  return { status: 201 };
}

function removeContent(ctx: HandlerContext, kind: 'courses' | 'learningPaths') {
  const collection = findCollection(ctx.state, ctx.pathValues[0]!);
  const ids = bodyIds(ctx.body);
  if (kind === 'courses' && ids.length > 1) throw new Refusal(403, 'Courses must be deleted one by one');
  const list = kind === 'courses' ? collection.courseIds : collection.learningPathIds;
  for (const id of ids) {
    const at = list.indexOf(id);
    if (at < 0) throw new Refusal(404, `${id} is not in the collection`);
    list.splice(at, 1);
  }
  return { status: 200 };
}

function tokenFields(item: Record<string, unknown>, state: OrgState): Omit<TokenRecord, 'TokenId'> {
  const type = Number(item.TokenType);
  const target = String(item.TokenTypeId ?? '');
  const exists =
    type === 1
      ? state.courses.has(target)
      : type === 2
        ? state.teams.has(target)
        : type === 3
          ? state.learningPaths.has(target)
          : type === 4
            ? state.listings.has(target)
            : false;
  if (!exists) throw new Refusal(404, `TokenTypeId - ${target} was not found for TokenType ${String(item.TokenType)}`);
  return {
    TokenCode: String(item.TokenCode ?? ''),
    TokenType: type,
    TokenTypeId: target,
    Active: item.Active !== false,
    MaximumActivations: Number(item.MaximumActivations ?? 0),
    TokenExpiration: String(item.TokenExpiration ?? ''),
  };
}

/** Handlers for collections, listings and tokens, by operation shape. */
export const collectionHandlers: HandlerTable = {
  'GET /collections': (ctx) => ({ status: 200, rows: [...ctx.state.collections.values()].map((c) => ({ Id: c.Id, Name: c.Name })) }),
  'POST /collections': (ctx) => {
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    const name = typeof body.Name === 'string' ? body.Name.trim() : '';
    if (!name) throw new Refusal(400, BAD_BODY_MESSAGE);
    if ([...ctx.state.collections.values()].some((c) => c.Name.toLowerCase() === name.toLowerCase())) throw new Refusal(409, 'Collection name already exists');
    const collection: CollectionRecord = {
      Id: nextId(ctx.state),
      Name: name,
      Description: typeof body.Description === 'string' ? body.Description : '',
      DefaultListing: body.DefaultListing === true,
      ImageURL: typeof body.ImageURL === 'string' && body.ImageURL ? body.ImageURL : null,
      courseIds: [],
      learningPathIds: [],
    };
    ctx.state.collections.set(collection.Id, collection);
    return { status: 200, record: collectionRow(collection) };
  },
  'DELETE /collections/{}': (ctx) => {
    const collection = findCollection(ctx.state, ctx.pathValues[0]!);
    ctx.state.collections.delete(collection.Id);
    for (const l of [...ctx.state.listings.values()]) if (l.CollectionId === collection.Id) ctx.state.listings.delete(l.Id);
    return { status: 200 };
  },
  'POST /collections/{}/courses': (ctx) => addContent(ctx, 'courses'),
  'DELETE /collections/{}/courses': (ctx) => removeContent(ctx, 'courses'),
  'POST /collections/{}/learningpaths': (ctx) => addContent(ctx, 'learningPaths'),
  'DELETE /collections/{}/learningpaths': (ctx) => removeContent(ctx, 'learningPaths'),
  'POST /collectionlistings': (ctx) => {
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    const collection = findCollection(ctx.state, String(body.CollectionId ?? ''));
    const name = typeof body.Name === 'string' ? body.Name.trim() : '';
    const type = String(body.DurationType ?? '');
    if (!name || !['unlimited', 'fixed', 'dynamic'].includes(type.toLowerCase())) throw new Refusal(400, BAD_BODY_MESSAGE);
    if (type.toLowerCase() === 'fixed' && !body.FixedDate) throw new Refusal(403, 'FixedDate is required when DurationType is Fixed');
    if (type.toLowerCase() === 'dynamic' && !body.DurationDays) throw new Refusal(403, 'DurationDays is required when DurationType is dynamic');
    const listing: ListingRecord = {
      Id: nextId(ctx.state),
      Name: name,
      Active: body.Active !== false,
      DurationType: type,
      MaxUsers: String(body.MaxUsers ?? 'unlimited'),
      DurationDays: Number(body.DurationDays ?? 0),
      FixedDate: String(body.FixedDate ?? ''),
      CollectionId: collection.Id,
      userIds: [],
      teamIds: [],
    };
    ctx.state.listings.set(listing.Id, listing);
    return { status: 200, record: listingRow(listing) };
  },
  'GET /collectionlistings/{}': (ctx) => {
    const collection = findCollection(ctx.state, ctx.pathValues[0]!);
    return { status: 200, rows: [...ctx.state.listings.values()].filter((l) => l.CollectionId === collection.Id).map(listingRow) };
  },
  'DELETE /collectionlistings/{}/{}': (ctx) => {
    const collection = findCollection(ctx.state, ctx.pathValues[0]!);
    const listing = findListing(ctx.state, ctx.pathValues[1]!);
    if (listing.CollectionId !== collection.Id) throw new Refusal(404, `Listing - ${listing.Id} is not in the collection`);
    ctx.state.listings.delete(listing.Id);
    return { status: 200 };
  },
  'GET /collectionlistings/{}/users': (ctx) => {
    const listing = findListing(ctx.state, ctx.pathValues[0]!);
    const rows = listing.userIds
      .map((id) => ctx.state.users.get(id))
      .filter((u) => u !== undefined)
      .map((u) => userRow(ctx.state, u!));
    if (rows.length === 0) throw new Refusal(404, 'Users do not exist in list');
    return { status: 200, rows, searchFields: PERSON_SEARCH_FIELDS };
  },
  'POST /collectionlistings/{}/users': (ctx) => {
    const listing = findListing(ctx.state, ctx.pathValues[0]!);
    for (const id of bodyIds(ctx.body)) if (ctx.state.users.has(id) && !listing.userIds.includes(id)) listing.userIds.push(id);
    return { status: 200 };
  },
  'DELETE /collectionlistings/{}/users/{}': (ctx) => {
    const listing = findListing(ctx.state, ctx.pathValues[0]!);
    const user = findUser(ctx.state, ctx.pathValues[1]!, false);
    const at = listing.userIds.indexOf(user.Id);
    if (at < 0) throw new Refusal(404, 'Users do not exist in list');
    listing.userIds.splice(at, 1);
    return { status: 200 };
  },
  'GET /collectionlistings/{}/teams': (ctx) => {
    const listing = findListing(ctx.state, ctx.pathValues[0]!);
    return {
      status: 200,
      rows: listing.teamIds
        .map((id) => ctx.state.teams.get(id))
        .filter((t) => t !== undefined)
        .map((t) => teamRow(t!)),
    };
  },
  'POST /collectionlistings/{}/team/{}': (ctx) => {
    const listing = findListing(ctx.state, ctx.pathValues[0]!);
    const team = findTeam(ctx.state, ctx.pathValues[1]!);
    if (!listing.teamIds.includes(team.Id)) listing.teamIds.push(team.Id);
    return { status: 200 };
  },
  'DELETE /collectionlistings/{}/team/{}': (ctx) => {
    const listing = findListing(ctx.state, ctx.pathValues[0]!);
    const at = listing.teamIds.indexOf(ctx.pathValues[1]!);
    if (at < 0) throw new Refusal(404, `Team - ${ctx.pathValues[1]!} is not on the listing`);
    listing.teamIds.splice(at, 1);
    return { status: 200 };
  },
  'GET /tokens': (ctx) => ({ status: 200, rows: [...ctx.state.tokens.values()], searchFields: ['TokenCode'] }),
  // Litmos answers a one-token list here, not a single token.
  'GET /tokens/{}': (ctx) => {
    const token = ctx.state.tokens.get(ctx.pathValues[0]!);
    if (!token) throw new Refusal(404, `Token - ${ctx.pathValues[0]!} was not found`);
    return { status: 200, rows: [token], paged: true };
  },
  'POST /tokens': (ctx) => {
    const items = bodyItems(ctx.body);
    if (items.length === 0) throw new Refusal(400, BAD_BODY_MESSAGE);
    const fresh = items.map((item) => tokenFields(item, ctx.state));
    for (const f of fresh) {
      if ([...ctx.state.tokens.values()].some((t) => t.TokenCode.toLowerCase() === f.TokenCode.toLowerCase()))
        throw new Refusal(409, `Token code ${f.TokenCode} already exists`);
    }
    for (const f of fresh) {
      const id = nextId(ctx.state);
      ctx.state.tokens.set(id, { TokenId: id, ...f });
    }
    return { status: 200 };
  },
  'PUT /tokens': (ctx) => {
    const items = bodyItems(ctx.body);
    for (const item of items)
      if (!ctx.state.tokens.has(String(item.TokenId ?? ''))) throw new Refusal(404, `Token - ${String(item.TokenId ?? '')} was not found`);
    for (const item of items) {
      const id = String(item.TokenId);
      ctx.state.tokens.set(id, { TokenId: id, ...tokenFields(item, ctx.state) });
    }
    return { status: 200 };
  },
};
