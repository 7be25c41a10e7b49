// Paging through the mock ends, and never repeats a record: every list operation of the spec is
// read page by page (`start` advanced by `limit`, as most public clients do) in XML and in JSON,
// until the first empty page. The pages together are the example, in order, and the empty page
// is Litmos' empty list: `[]`, or the root element with only its namespace.

import { type RunningMock, startMock } from '@litmos-kit/mock';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleUrl, jsonExample, type Operation, operations, pagedLists, xmlListShape } from './spec-operations.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.close());

const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

/** The records of one page as plain values, and whether the page is Litmos' empty list. */
async function readPage(operation: Operation, format: 'xml' | 'json', start: number, limit: number) {
  const query = { start: String(start), limit: String(limit), ...(format === 'json' ? { format: 'json' } : {}) };
  const response = await fetch(`${mock.url}/v1.svc${exampleUrl(operation, query)}`, { headers: { apikey: 'paging-test-key' } });
  const text = await response.text();
  expect(response.status, text).toBe(200);
  expect(response.headers.get('content-type')).toMatch(format === 'json' ? /^application\/json/ : /^application\/xml/);
  if (format === 'json') return { records: JSON.parse(text) as unknown[], empty: text === '[]' };
  const shape = xmlListShape(operation);
  if (!shape) throw new Error(`${operation.id}: no XML list shape in the spec`);
  const doc = xml.parse(text);
  const root = doc[shape.root];
  expect(root, `${operation.id}: root <${shape.root}>`).toBeDefined();
  const holder = shape.wrapper ? root?.[shape.wrapper] : root;
  const found = typeof holder === 'object' && holder !== null ? holder[shape.item] : undefined;
  const records = found === undefined ? [] : ([] as unknown[]).concat(found);
  const empty = shape.wrapper
    ? records.length === 0
    : new RegExp(`^<${shape.root} xmlns:i="http://www.w3.org/2001/XMLSchema-instance"\\s*/>$`).test(text.trim());
  return { records, empty };
}

describe.each(['xml', 'json'] as const)('paging every list until an empty page (%s)', (format) => {
  describe.each(pagedLists.map((operation) => [operation.id, operation] as const))('%s', (_id, operation) => {
    it.each([1, 2])('advancing start by limit = %i returns each record once, then the empty list', async (limit) => {
      const expectedCount = (jsonExample(operation) as unknown[]).length;
      const whole = await readPage(operation, format, 0, 1000);
      expect(whole.records).toHaveLength(expectedCount);

      const seen: unknown[] = [];
      let start = 0;
      for (;;) {
        const page = await readPage(operation, format, start, limit);
        if (page.records.length === 0) {
          expect(page.empty, 'the page after the last one is the empty list').toBe(true);
          break;
        }
        expect(page.records.length).toBeLessThanOrEqual(limit);
        seen.push(...page.records);
        start += limit;
        expect(start, 'paging did not end').toBeLessThanOrEqual(expectedCount + limit);
      }
      expect(seen).toEqual(whole.records);
    });
  });
});

describe('start far beyond the example', () => {
  it('answers the empty list in both formats', async () => {
    const users = pagedLists.find((operation) => operation.path === '/users')!;
    const json = await fetch(`${mock.url}/v1.svc/users?source=t&start=5000&format=json`, { headers: { apikey: 'k' } });
    expect(await json.text()).toBe('[]');
    const page = await fetch(`${mock.url}/v1.svc/users?source=t&start=5000`, { headers: { apikey: 'k' } });
    expect(page.status).toBe(200);
    expect((await page.text()).trim()).toBe('<Users xmlns:i="http://www.w3.org/2001/XMLSchema-instance"/>');
    expect(users).toBeDefined();
  });
});

describe('/users/paginated, a page with its position and the total', () => {
  const paginated = operations.find((operation) => operation.path === '/users/paginated' && operation.method === 'GET')!;
  const get = async (query: string) => {
    const response = await fetch(`${mock.url}/v1.svc/users/paginated?source=t${query}`, { headers: { apikey: 'k' } });
    expect(response.status).toBe(200);
    return response.text();
  };

  it('cuts Items by start and limit and rewrites Pagination to match (JSON)', async () => {
    const whole = JSON.parse(await get('&format=json&limit=1000')) as { Pagination: Record<string, unknown>; Items: { Id: string }[] };
    // A window that keeps every record answers the documented example as written.
    expect(whole.Pagination).toEqual(jsonExample(paginated).Pagination);
    expect(whole.Items.length).toBeGreaterThanOrEqual(2);
    const first = JSON.parse(await get('&format=json&start=0&limit=1')) as typeof whole;
    expect(first.Pagination).toEqual({ BatchParam: 'Limit', BatchSize: 1, Start: 0, TotalCount: whole.Items.length });
    expect(first.Items.map((user) => user.Id)).toEqual([whole.Items[0]!.Id]);
    const second = JSON.parse(await get('&format=json&start=1&limit=1')) as typeof whole;
    expect(second.Pagination).toEqual({ BatchParam: 'Limit', BatchSize: 1, Start: 1, TotalCount: whole.Items.length });
    expect(second.Items.map((user) => user.Id)).toEqual([whole.Items[1]!.Id]);
    const past = JSON.parse(await get(`&format=json&start=${whole.Items.length}&limit=5`)) as typeof whole;
    expect(past.Items).toEqual([]);
    expect(past.Pagination.Start).toBe(whole.Items.length);
  });

  it('does the same in XML, keeping the element order of the example', async () => {
    type Items = { User?: { Id: string } | { Id: string }[] } | undefined;
    // An empty <Items/> parses to '', which has no User.
    const users = (items: unknown) => ([] as { Id: string }[]).concat(typeof items === 'object' ? ((items as Items)?.User ?? []) : []);
    const whole = users(xml.parse(await get('&limit=1000')).UserCollection.Items);
    expect(whole.length).toBeGreaterThanOrEqual(2);
    const text = await get('&start=1&limit=1');
    expect(text).toMatch(/<BatchParam>Limit<\/BatchParam>\s*<BatchSize>1<\/BatchSize>\s*<Start>1<\/Start>\s*<TotalCount>\d+<\/TotalCount>/);
    const page = xml.parse(text).UserCollection;
    expect(page.Pagination).toEqual({ BatchParam: 'Limit', BatchSize: '1', Start: '1', TotalCount: String(whole.length) });
    expect(users(page.Items).map((user) => user.Id)).toEqual([whole[1]!.Id]);
    expect(users(xml.parse(await get(`&start=${whole.length}`)).UserCollection.Items)).toEqual([]);
  });
});
