import { describe, expect, it } from 'vitest';
import type { OperationDef } from './operation-def.js';
import { sortParams } from './sort-params.js';

const op = {
  sdkMethod: 'teams.users.add',
  pathParams: ['teamId'],
  query: [
    { name: 'source', required: true },
    { name: 'force', required: false },
  ],
  headerParams: [{ name: 'X-Version', required: true, default: '1.0.3' }],
  bodyMediaTypes: ['application/json'],
} as unknown as OperationDef;

describe('sortParams', () => {
  it('sorts path, query, header and body, and fills header defaults', () => {
    expect(sortParams(op, { teamId: 't1', force: true, body: [{ Id: 'u' }] }, ['source'])).toEqual({
      path: { teamId: 't1' },
      query: { force: true },
      headers: { 'X-Version': '1.0.3' },
      body: [{ Id: 'u' }],
    });
  });

  it.each([
    [{ teamId: 't', body: [], nope: 1 }, /teams\.users\.add: unknown parameter `nope`/],
    [{ teamId: 't', body: [], source: 'x' }, /`source` is set on the client/],
    [{ teamId: 't' }, /expected `body` to be set/],
    [{ body: [] }, /expected `teamId` to be set/],
    [{ teamId: ['..'], body: [] }, /expected `teamId` to be an id .*got an array/],
    [{ teamId: '..', body: [] }, /got "\.\."/],
    [{ teamId: Number.NaN, body: [] }, /got NaN/],
    [null, /expected parameters to be an object/],
  ])('refuses %j', (params, message) => {
    expect(() => sortParams(op, params, ['source'])).toThrow(message);
  });

  it('requires a required query parameter the client does not manage', () => {
    expect(() => sortParams(op, { teamId: 't', body: [] })).toThrow(/expected `source` to be set/);
  });
});
