import { describe, expect, it } from 'vitest';
import { tokenPaging } from './token-paging.js';

const page = (items: number, nextToken?: string | null) => ({ items: Array.from({ length: items }, (_, i) => i), nextToken, response: new Response() });

describe('tokenPaging', () => {
  it('follows the next-page token and ends without one, however short a page is', () => {
    const paging = tokenPaging();
    expect(paging.first).toEqual({});
    expect(paging.next({}, page(1, 'abc'))).toEqual({ token: 'abc' });
    expect(paging.next({ token: 'abc' }, page(0, 'def'))).toEqual({ token: 'def' });
    expect(paging.next({ token: 'def' }, page(3))).toBeUndefined();
    expect(paging.next({ token: 'def' }, page(3, null))).toBeUndefined();
    expect(paging.next({ token: 'def' }, page(3, ''))).toBeUndefined();
  });

  it('knows its cursors', () => {
    const { isCursor } = tokenPaging();
    expect([{}, { token: 'MmEzZTBi' }].every(isCursor)).toBe(true);
    // A cursor of another strategy is not taken for the first page of this one.
    expect([{ token: '' }, { token: 5 }, { offset: 3 }, 'MmEz', null].some(isCursor)).toBe(false);
  });
});
