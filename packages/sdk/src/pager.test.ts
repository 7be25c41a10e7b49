import { describe, expect, it } from 'vitest';
import type { DeltaWindow } from './delta-windows.js';
import { litmosErrors } from './errors.js';
import { type FetchPage, Pager, type PagerCheckpoint } from './pager.js';

const windows: DeltaWindow[] = [
  { index: 0, since: '2026-10-01 00:00:00', to: '2026-10-08 00:00:00' },
  { index: 1, since: '2026-10-08 00:00:00', to: '2026-10-10 00:00:00' },
];
const range = { since: '2026-10-01 00:00:00', to: '2026-10-10 00:00:00' };

/** Pages over fixed lists (one per window), recording the requests. */
function source(lists: string[][]) {
  const asked: [number, number][] = [];
  const fetchPage: FetchPage<string> = async ({ start, limit, window }) => {
    asked.push([window?.index ?? 0, start]);
    return { items: (lists[window?.index ?? 0] ?? []).slice(start, start + limit), response: new Response('') };
  };
  return { asked, fetchPage };
}

const pager = (lists: string[][], extra: Partial<ConstructorParameters<typeof Pager<string>>[0]> = {}) => {
  const { asked, fetchPage } = source(lists);
  const p = new Pager<string>({
    fetchPage,
    limit: 2,
    start: 0,
    key: (s) => s,
    signal: undefined,
    maxPages: 100,
    delta: { range, windows },
    errors: litmosErrors,
    ...extra,
  });
  return { asked, p };
};

describe('Pager over delta windows', () => {
  it('reads window after window and drops a repeat across the window boundary', async () => {
    const { asked, p } = pager([
      ['a', 'b', 'c'],
      ['c', 'd'],
    ]);
    expect(await p.toArray({ max: 10 })).toEqual(['a', 'b', 'c', 'd']);
    expect(asked).toEqual([
      [0, 0],
      [0, 2],
      [1, 0],
      [1, 2],
    ]);
    expect(p.checkpoint).toMatchObject({ done: true, range });
  });

  it('moves a checkpoint at the end of a short page on to the next window', async () => {
    const { p } = pager([['a'], ['b']]);
    for await (const _ of p) break;
    expect(p.checkpoint).toEqual({ start: 0, skip: 0, seen: ['a'], range, window: windows[1], done: false });
  });

  it('has nothing to read for a range without windows', async () => {
    const { asked, p } = pager([], { delta: { range, windows: [] } });
    expect(await p.toArray({ max: 1 })).toEqual([]);
    expect(asked).toEqual([]);
    expect(p.checkpoint.done).toBe(true);
  });

  it('refuses a checkpoint of another range or window', () => {
    const base: PagerCheckpoint = { start: 0, skip: 0, seen: [], range, window: windows[1] as DeltaWindow, done: false };
    expect(() => pager([], { resume: { ...base, range: { ...range, to: '2026-10-11 00:00:00' } } })).toThrow(TypeError);
    expect(() => pager([], { resume: { ...base, window: { ...(windows[1] as DeltaWindow), to: '2026-10-09 00:00:00' } } })).toThrow(TypeError);
    expect(() => pager([], { resume: { ...base, seen: [1] as never } })).toThrow(TypeError);
    expect(() => pager([], { resume: base })).not.toThrow();
  });

  it('restarts a half-read page when iterated again after a break, without repeating records', async () => {
    const { asked, p } = pager([['a', 'b', 'c', 'd']]);
    for await (const item of p) if (item === 'a') break;
    expect(await p.toArray({ max: 10 })).toEqual(['b', 'c', 'd']);
    expect(asked.slice(0, 2)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});
