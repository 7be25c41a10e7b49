import { describe, expect, it } from 'vitest';
import { type CursorCheckpoint, type CursorPageRequest, CursorPager, type FetchedPage, type PagingStrategy } from './cursor-pager.js';
import { AbortError, defaultErrorClasses, PageLimitError } from './errors.js';
import { type OffsetCursor, offsetPaging } from './offset-paging.js';
import { type TokenCursor, tokenPaging } from './token-paging.js';

/** Token pages over fixed lists: page n is at token `t<n>` (none for the first), recording the requests. */
function tokenSource(pages: string[][]) {
  const asked: (string | undefined)[] = [];
  const fetchPage = async ({ cursor }: CursorPageRequest<TokenCursor>): Promise<FetchedPage<string>> => {
    asked.push(cursor.token);
    const index = cursor.token === undefined ? 0 : Number(cursor.token.slice(1));
    const next = index + 1 < pages.length ? `t${index + 1}` : undefined;
    return { items: pages[index] ?? [], nextToken: next, total: pages.flat().length, response: new Response(null, { headers: { 'x-page': String(index) } }) };
  };
  return { asked, fetchPage };
}

const tokenPager = (pages: string[][], extra: { resume?: CursorCheckpoint<TokenCursor>; maxPages?: number; signal?: AbortSignal } = {}) => {
  const source = tokenSource(pages);
  return {
    ...source,
    pager: new CursorPager<string, TokenCursor>({ strategy: tokenPaging(), fetchPage: source.fetchPage, key: (s) => s, errors: defaultErrorClasses, ...extra }),
  };
};

const PAGES = [
  ['a', 'b', 'c'],
  ['c', 'd', 'e'],
  ['f', 'g'],
];

describe('CursorPager', () => {
  it('yields every row across pages, dropping a repeat across a page boundary', async () => {
    const { asked, pager } = tokenPager(PAGES);
    const rows: string[] = [];
    for await (const row of pager) rows.push(row);
    expect(rows).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(asked).toEqual([undefined, 't1', 't2']);
    expect(pager.checkpoint).toEqual({ cursor: { token: 't2' }, skip: 0, seen: ['f', 'g'], done: true });
  });

  it('gives pages with their cursors, counts, total and raw response', async () => {
    const { pager } = tokenPager(PAGES);
    const pages = [];
    for await (const page of pager.pages()) pages.push({ ...page, response: page.response.headers.get('x-page') });
    expect(pages).toEqual([
      { items: ['a', 'b', 'c'], cursor: {}, next: { token: 't1' }, received: 3, total: 8, response: '0' },
      { items: ['d', 'e'], cursor: { token: 't1' }, next: { token: 't2' }, received: 3, total: 8, response: '1' },
      { items: ['f', 'g'], cursor: { token: 't2' }, next: undefined, received: 2, total: 8, response: '2' },
    ]);
  });

  it('collects at most `max` rows, reading no further page than needed', async () => {
    const { asked, pager } = tokenPager(PAGES);
    expect(await pager.toArray({ max: 4 })).toEqual(['a', 'b', 'c', 'd']);
    expect(asked).toEqual([undefined, 't1']);
    await expect(pager.toArray({ max: 0 })).rejects.toThrow(TypeError);
    await expect(pager.toArray({} as never)).rejects.toThrow(/`max`/);
  });

  it('resumes from a JSON checkpoint taken mid-page with no row lost or repeated', async () => {
    const first = tokenPager(PAGES);
    const seen: string[] = [];
    for await (const row of first.pager) {
      seen.push(row);
      if (row === 'd') break;
    }
    const saved = JSON.parse(JSON.stringify(first.pager.checkpoint)) as CursorCheckpoint<TokenCursor>;
    // Stopped after 'c' (a repeat, dropped) and 'd': two rows of the page at t1 were handed out.
    expect(saved).toEqual({ cursor: { token: 't1' }, skip: 2, seen: ['a', 'b', 'c'], done: false });
    const second = tokenPager(PAGES, { resume: saved });
    seen.push(...(await second.pager.toArray({ max: 100 })));
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    // The half-read page is fetched again, from its own token.
    expect(second.asked).toEqual(['t1', 't2']);
  });

  it('reports a page read to its end as the position after it, and resumes there', async () => {
    const { pager } = tokenPager(PAGES);
    for await (const row of pager) if (row === 'c') break;
    expect(pager.checkpoint).toEqual({ cursor: { token: 't1' }, skip: 0, seen: ['a', 'b', 'c'], done: false });
    const resumed = tokenPager(PAGES, { resume: pager.checkpoint });
    // 'c' repeats at the top of the next page and is still dropped after the resume.
    expect(await resumed.pager.toArray({ max: 100 })).toEqual(['d', 'e', 'f', 'g']);
  });

  it('reads nothing when resumed from a finished listing', async () => {
    const { asked, pager } = tokenPager(PAGES, { resume: { cursor: { token: 't2' }, skip: 0, seen: [], done: true } });
    expect(await pager.toArray({ max: 10 })).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('continues the same pager in a second loop after a break', async () => {
    const { pager } = tokenPager(PAGES);
    for await (const row of pager) if (row === 'a') break;
    expect(await pager.toArray({ max: 100 })).toEqual(['b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('stops between pages when the signal aborts, with the configured class', async () => {
    class MyAbort extends AbortError {}
    const controller = new AbortController();
    const source = tokenSource(PAGES);
    const pager = new CursorPager<string, TokenCursor>({
      strategy: tokenPaging(),
      fetchPage: source.fetchPage,
      signal: controller.signal,
      errors: { ...defaultErrorClasses, AbortError: MyAbort },
    });
    const rows: string[] = [];
    const run = async () => {
      for await (const row of pager) {
        rows.push(row);
        if (row === 'c') controller.abort(new Error('enough'));
      }
    };
    await expect(run()).rejects.toBeInstanceOf(MyAbort);
    expect(rows).toEqual(['a', 'b', 'c']);
    expect(source.asked).toEqual([undefined]);
  });

  it('stops a list that never ends at maxPages', async () => {
    const endless: PagingStrategy<OffsetCursor> = offsetPaging({ limit: 1 });
    const pager = new CursorPager<number, OffsetCursor>({
      errors: defaultErrorClasses,
      strategy: endless,
      fetchPage: async ({ cursor }) => ({ items: [cursor.offset], response: new Response() }),
      maxPages: 3,
    });
    const error = await pager.toArray({ max: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PageLimitError);
    expect((error as Error).message).toMatch(/after 3 pages/);
  });

  it('reads nothing for a strategy without a first page', async () => {
    let fetched = 0;
    const strategy: PagingStrategy<OffsetCursor> = { ...offsetPaging({ limit: 1 }), first: undefined };
    const fetchPage = async () => {
      fetched++;
      return { items: [1], response: new Response() };
    };
    const pager = new CursorPager<number, OffsetCursor>({ strategy, fetchPage, errors: defaultErrorClasses });
    expect(await pager.toArray({ max: 5 })).toEqual([]);
    expect(fetched).toBe(0);
    expect(pager.checkpoint).toEqual({ cursor: null, skip: 0, seen: [], done: true });
  });

  it('keeps every row without a key', async () => {
    const source = tokenSource(PAGES);
    const pager = new CursorPager<string, TokenCursor>({ strategy: tokenPaging(), fetchPage: source.fetchPage, errors: defaultErrorClasses });
    expect(await pager.toArray({ max: 100 })).toEqual(['a', 'b', 'c', 'c', 'd', 'e', 'f', 'g']);
  });

  it.each([
    ['a string', 'x'],
    ['a negative skip', { cursor: {}, skip: -1, seen: [], done: false }],
    ['seen that is not strings', { cursor: {}, skip: 0, seen: [1], done: false }],
    ['a cursor of another strategy', { cursor: { offset: 3 }, skip: 0, seen: [], done: false }],
    ['an empty token', { cursor: { token: '' }, skip: 0, seen: [], done: false }],
  ])('refuses %s as a checkpoint, and maxPages below 1', (_name, resume) => {
    expect(() => tokenPager(PAGES, { resume: resume as never })).toThrow(TypeError);
    expect(() => tokenPager(PAGES, { maxPages: 0 })).toThrow(/`maxPages`/);
  });
});
