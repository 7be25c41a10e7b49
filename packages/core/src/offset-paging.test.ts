import { describe, expect, it } from 'vitest';
import { offsetPaging } from './offset-paging.js';

const page = (n: number) => ({ items: Array.from({ length: n }, (_, i) => i), response: new Response() });

describe('offsetPaging', () => {
  it('starts at `start` and advances by the rows received, ending on a short page', () => {
    const paging = offsetPaging({ limit: 3, start: 10 });
    expect(paging.first).toEqual({ offset: 10 });
    expect(paging.next({ offset: 10 }, page(3))).toEqual({ offset: 13 });
    // A server that sends more than asked for: the next offset follows what arrived, not `limit`.
    expect(paging.next({ offset: 13 }, page(5))).toEqual({ offset: 18 });
    expect(paging.next({ offset: 18 }, page(2))).toBeUndefined();
    expect(paging.next({ offset: 18 }, page(0))).toBeUndefined();
  });

  it('knows its cursors and checks its options', () => {
    const paging = offsetPaging({ limit: 2 });
    expect(paging.first).toEqual({ offset: 0 });
    expect([{ offset: 0 }, { offset: 4 }].every(paging.isCursor)).toBe(true);
    expect([{ offset: -1 }, { offset: 1.5 }, { token: 'x' }, { offset: 1, token: 'x' }, null, [0]].some(paging.isCursor)).toBe(false);
    expect(() => offsetPaging({ limit: 0 })).toThrow(/`limit`/);
    expect(() => offsetPaging({ limit: 1, start: -1 })).toThrow(/`start`/);
  });
});
