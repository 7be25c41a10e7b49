// Litmos' list parameters: start/limit paging (limit 1-1000, default 100), search, sort and dir,
// and the 406-or-400 answer for a limit over 1000.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { call, callJson, DAY, readAll, startSmall, window } from './helpers.js';

type Person = { Id: string; UserName: string; FirstName: string; LastName: string; Email: string | null; Active: boolean };

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSmall({ users: 523 });
});
afterAll(() => sandbox.close());

describe('paging', () => {
  test('paging /users with an odd limit returns every person exactly once and then ends', async () => {
    const seen: string[] = [];
    let pages = 0;
    for (let start = 0; ; pages++) {
      const { reply, data } = await callJson<Person[]>(sandbox, '/users', { query: { start, limit: 37 } });
      expect(reply.status).toBe(200);
      seen.push(...data.map((p) => p.Id));
      if (data.length < 37) break;
      start += data.length;
    }
    expect(pages).toBe(Math.floor(523 / 37));
    expect(seen).toHaveLength(523);
    expect(new Set(seen).size).toBe(523);
    expect(new Set(seen)).toEqual(new Set(sandbox.state.users.keys()));
  });

  test('the default page is 100; a page past the end is empty in XML and JSON', async () => {
    const { data } = await callJson<Person[]>(sandbox, '/users');
    expect(data).toHaveLength(100);
    const json = await call(sandbox, '/users', { format: 'json', query: { start: 600 } });
    expect(json.text).toBe('[]');
    const xml = await call(sandbox, '/users', { query: { start: 600 } });
    expect(xml.text).toBe('<Users xmlns:i="http://www.w3.org/2001/XMLSchema-instance"/>');
  });

  test('limit bounds: 1000 is served; over 1000 is 400 where no 406 is documented and 406 on delta calls', async () => {
    const { data } = await callJson<Person[]>(sandbox, '/users', { query: { limit: 1000 } });
    expect(data).toHaveLength(523);
    const over = await callJson<{ Detail: string }>(sandbox, '/users', { query: { limit: 1001 } });
    expect(over.reply.status).toBe(400);
    expect(over.data.Detail).toBe('The maxminum number of records to return is 1000');
    const now = sandbox.clock.now();
    const delta = await callJson<{ Detail: string }>(sandbox, '/org/users/details', { query: { ...window(now - DAY, now + DAY), limit: 5000 } });
    expect(delta.reply.status).toBe(406);
    expect(delta.data.Detail).toBe('The maxminum number of records to return is 1000');
    for (const bad of [{ limit: 0 }, { limit: 'ten' }, { start: -1 }, { dir: 'sideways' }, { showInactive: 'maybe' }]) {
      expect((await call(sandbox, '/users', { query: bad })).status, JSON.stringify(bad)).toBe(400);
    }
  });

  test('/users/paginated reports the total and the window it served', async () => {
    const { data } = await callJson<{ Pagination: Record<string, unknown>; Items: Person[] }>(sandbox, '/users/paginated', {
      query: { start: 500, limit: 50 },
    });
    expect(data.Pagination).toEqual({ BatchParam: 'Limit', BatchSize: 50, Start: 500, TotalCount: 523 });
    expect(data.Items).toHaveLength(23);
    const searched = await callJson<{ Pagination: { TotalCount: number }; Items: Person[] }>(sandbox, '/users/paginated', { query: { search: 'souza' } });
    const expected = [...sandbox.state.users.values()].filter((u) =>
      `${u.FirstName} ${u.LastName} ${u.UserName} ${u.Email ?? ''}`.toLowerCase().includes('souza'),
    ).length;
    expect(searched.data.Pagination.TotalCount).toBe(expected);
    expect(expected).toBeGreaterThan(0);
  });
});

describe('search and sort', () => {
  test('search matches first name, last name, username and e-mail, case-insensitively', async () => {
    const all = await readAll<Person>(sandbox, '/users');
    const hits = await readAll<Person>(sandbox, '/users', { search: 'OKAFOR' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((p) => p.Id)).toEqual(
      all.filter((p) => [p.FirstName, p.LastName, p.UserName, p.Email ?? ''].some((f) => f.toLowerCase().includes('okafor'))).map((p) => p.Id),
    );
    const byNumber = await readAll<Person>(sandbox, '/users', { search: '4100042' });
    expect(byNumber.map((p) => p.UserName)).toEqual(all.filter((p) => p.UserName.includes('4100042')).map((p) => p.UserName));
    const teams = await readAll<{ Name: string }>(sandbox, '/teams', { search: 'sales' });
    expect(teams.every((t) => t.Name.toLowerCase().includes('sales'))).toBe(true);
  });

  test('sort by LastName ASC and DESC (stable), unknown sort fields keep the natural order', async () => {
    const asc = await readAll<Person>(sandbox, '/users', { sort: 'LastName', dir: 'ASC' });
    const names = asc.map((p) => p.LastName.toLowerCase());
    expect(names).toEqual([...names].sort());
    const desc = await readAll<Person>(sandbox, '/users', { sort: 'lastname', dir: 'desc' });
    expect(desc.map((p) => p.LastName.toLowerCase())).toEqual([...names].reverse());
    const natural = await readAll<Person>(sandbox, '/users');
    expect((await readAll<Person>(sandbox, '/users', { sort: 'NoSuchField' })).map((p) => p.Id)).toEqual(natural.map((p) => p.Id));
    // Paging a sorted list still covers everyone once.
    const paged = await readAll<Person>(sandbox, '/users', { sort: 'FirstName' }, 61);
    expect(new Set(paged.map((p) => p.Id)).size).toBe(523);
  });

  test('showInactive=false lists active people only', async () => {
    const active = await readAll<Person>(sandbox, '/users', { showInactive: 'false' });
    const expected = [...sandbox.state.users.values()].filter((u) => u.Active).length;
    expect(active).toHaveLength(expected);
    expect(expected).toBeLessThan(523);
    expect(active.every((p) => p.Active)).toBe(true);
  });
});
