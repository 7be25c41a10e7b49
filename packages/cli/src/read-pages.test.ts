import type { OperationDef } from '@litmos-kit/client/operations';
import { operations } from '@litmos-kit/client/operations';
import { LitmosConnectionError, LitmosParseError, type PagerCheckpoint } from '@litmos-kit/sdk';
import { describe, expect, it } from 'vitest';
import { readPages } from './read-pages.js';

/**
 * A stand-in for `litmos.users.list`: three pages of two rows, the listing position kept in a
 * checkpoint as the SDK's Pager does; `failAt` makes the given page reads fail once each.
 */
function fakeUsers(failures: Map<number, Error>) {
  const calls: (PagerCheckpoint | undefined)[] = [];
  const list = (_params: object, options: { resume?: PagerCheckpoint }) => {
    calls.push(options.resume);
    let start = options.resume?.start ?? 0;
    return {
      get checkpoint(): PagerCheckpoint {
        return { start, skip: 0, seen: [], done: start >= 6 };
      },
      async *pages() {
        while (start < 6) {
          const failure = failures.get(start);
          if (failure) {
            failures.delete(start);
            throw failure;
          }
          const items = [{ Id: `u${start}` }, { Id: `u${start + 1}` }];
          start += 2;
          yield { items };
        }
      },
    };
  };
  return { litmos: { users: { list } } as never, calls };
}

const resource = { name: 'users', op: operations.listUsers as OperationDef };
const request = { method: 'GET', url: 'http://x/users' };

async function read(failures: Map<number, Error>, retries: number[] = []) {
  const { litmos, calls } = fakeUsers(failures);
  const ids: string[] = [];
  const pages = readPages({
    litmos,
    resource,
    params: {},
    pageSize: 2,
    signal: new AbortController().signal,
    onPageRetry: (_e, attempt) => void retries.push(attempt),
  });
  for await (const page of pages) ids.push(...page.items.map((row) => (row as { Id: string }).Id));
  return { ids, calls };
}

describe('readPages', () => {
  it('reads a page again from the last checkpoint after a cut body, losing and repeating nothing', async () => {
    const retries: number[] = [];
    const { ids, calls } = await read(new Map([[2, new LitmosParseError('truncated', '<Users>', 'application/xml', request)]]), retries);
    expect(ids).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5']);
    expect(calls.map((c) => c?.start)).toEqual([undefined, 2]);
    expect(retries).toEqual([1]);
  });

  it('reads a page again after a connection failure once a page got through', async () => {
    const { ids } = await read(new Map([[4, new LitmosConnectionError('reset', request)]]));
    expect(ids).toHaveLength(6);
  });

  it('fails at once when the very first page cannot connect: more likely a wrong host', async () => {
    await expect(read(new Map([[0, new LitmosConnectionError('ECONNREFUSED', request)]]))).rejects.toBeInstanceOf(LitmosConnectionError);
  });

  it('gives up on a page after three more tries', async () => {
    const { litmos } = fakeUsers(new Map());
    const broken = {
      users: {
        list: (_p: object, o: object) => ({
          ...(litmos as { users: { list: (p: object, o: object) => object } }).users.list(_p, o),
          // biome-ignore lint/correctness/useYield: a page stream that fails before its first page.
          async *pages() {
            throw new LitmosParseError('cut', '', null, request);
          },
        }),
      },
    } as never;
    const tries: number[] = [];
    const pages = readPages({
      litmos: broken,
      resource,
      params: {},
      pageSize: 2,
      signal: new AbortController().signal,
      onPageRetry: (_e, n) => void tries.push(n),
    });
    await expect(pages.next()).rejects.toBeInstanceOf(LitmosParseError);
    expect(tries).toEqual([1, 2, 3]);
  }, 10_000);
});
