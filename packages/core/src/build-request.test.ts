import { describe, expect, it } from 'vitest';
import { buildUrl } from './build-request.js';
import type { OperationDef } from './operation-def.js';

const op = {
  path: '/users/xuid({xuid})/items/{kind}',
  query: [
    { name: 'ids[]', required: false },
    { name: 'titleId', required: false, joined: true },
    { name: 'since', required: false },
    { name: 'on', required: false },
  ],
} as unknown as OperationDef;

describe('buildUrl', () => {
  it('fills the path with encoded values and writes the query in the spec order', () => {
    const url = buildUrl('https://x/v1/', op, {
      path: { xuid: 25, kind: 'a/b c' },
      query: { on: true, since: new Date(Date.UTC(2026, 0, 2)), titleId: [1, 2], 'ids[]': ['p q', 'r&s'] },
    });
    expect(url).toBe('https://x/v1/users/xuid(25)/items/a%2Fb%20c?ids[]=p%20q&ids[]=r%26s&titleId=1,2&since=2026-01-02T00:00:00.000Z&on=true');
  });

  it('leaves out undefined and null values and an empty exploded array', () => {
    expect(buildUrl('https://x', op, { path: { xuid: 'u', kind: 'k' }, query: { on: null, since: undefined, 'ids[]': [] } })).toBe(
      'https://x/users/xuid(u)/items/k',
    );
  });

  it('keeps `$` patterns of a value as text', () => {
    expect(buildUrl('https://x', op, { path: { xuid: "$'$&", kind: 'k' }, query: {} })).toBe("https://x/users/xuid(%24'%24%26)/items/k");
  });

  it('refuses an object as a query value', () => {
    expect(() => buildUrl('https://x', op, { path: { xuid: 'u', kind: 'k' }, query: { on: { a: 1 } } })).toThrow(TypeError);
  });
});
