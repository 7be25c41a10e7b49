import { describe, expect, it } from 'vitest';
import { continuationPaging } from './continuation-paging.js';

const page = (items: number, nextToken: string | null) => ({
  items: Array.from({ length: items }, (_, i) => i),
  nextToken,
  total: 9,
  response: new Response(),
});

describe('continuationPaging', () => {
  it('skips rows once, then continues by token until it is null', () => {
    const paging = continuationPaging({ skip: 3 });
    expect(paging.first).toEqual({ skip: 3 });
    // The token carries the position: later pages do not skip again.
    expect(paging.next({ skip: 3 }, page(2, '5'))).toEqual({ token: '5' });
    // Fewer rows than asked for do not end the list while a token comes back.
    expect(paging.next({ token: '5' }, page(1, '6'))).toEqual({ token: '6' });
    expect(paging.next({ token: '6' }, page(3, null))).toBeUndefined();
  });

  it('starts without a skip by default, knows its cursors and checks its options', () => {
    const paging = continuationPaging();
    expect(paging.first).toEqual({});
    expect([{}, { skip: 2 }, { token: '5' }].every(paging.isCursor)).toBe(true);
    expect([{ skip: -1 }, { skip: 'x' }, { token: '' }, { offset: 0 }, null].some(paging.isCursor)).toBe(false);
    expect(() => continuationPaging({ skip: -2 })).toThrow(/`skip`/);
    expect(() => continuationPaging({ skip: 1.5 })).toThrow(TypeError);
  });
});
