// Paging de-duplication with a field spelled two ways: `/org/users/courses` rows are identified
// by `UserId` and `ID` (the spec's itemKey), and some answers spell it `Id`. The decoder renames
// it before the pager compares rows, so a row repeated across a page boundary is dropped
// whichever spelling each page used, in JSON and in XML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClient } from '../runtime/fixtures.js';
import { sendText, startTestServer, type TestServer } from '../runtime/http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const DATE = '2026-10-29T14:05:09';
const rows = Array.from({ length: 5 }, (_, i) => ({
  UserId: 'Qm3vXb7LpT2k1',
  ID: `Cs${i}dFg6HkL9m1`,
  OriginalUserId: 4100231,
  OriginalCourseId: 590870 + i,
  Active: true,
  CreatedDate: DATE,
  UpdatedDate: DATE,
  CreatedBy: 4100001,
  UpdatedBy: 4100001,
}));
type Row = (typeof rows)[number];

/** A row as one page spells it: `ID` (the documented spelling) or `Id`. */
const spelled = (row: Row, idName: 'ID' | 'Id') => Object.fromEntries(Object.entries(row).map(([key, value]) => [key === 'ID' ? idName : key, value]));
const asJson = (list: Row[], idName: 'ID' | 'Id') =>
  JSON.stringify(
    list.map((row) => ({ ...spelled(row, idName), CreatedDate: `/Date(${Date.parse(`${DATE}Z`)})/`, UpdatedDate: `/Date(${Date.parse(`${DATE}Z`)})/` })),
  );
const asXml = (list: Row[], idName: 'ID' | 'Id') =>
  `<UserCourses xmlns:i="http://www.w3.org/2001/XMLSchema-instance">${list
    .map(
      (row) =>
        `<UserCourse>${Object.entries(spelled(row, idName))
          .map(([key, value]) => `<${key}>${value}</${key}>`)
          .join('')}</UserCourse>`,
    )
    .join('')}</UserCourses>`;

describe.each(['json', 'xml'] as const)('a listing whose pages spell the row identity differently (%s)', (format) => {
  it('hands every row out once, under the spec name, and reports the other spelling once', async () => {
    // Page 1 (start 0): rows 0-2 as `ID`; page 2 (start 3) repeats row 2, spelled `Id`, then 3-4.
    server.handler = (_req, res, url) => {
      const start = Number(url.searchParams.get('start'));
      const [page, idName] = start === 0 ? [rows.slice(0, 3), 'ID' as const] : start === 3 ? [rows.slice(2, 5), 'Id' as const] : [[], 'ID' as const];
      const body = format === 'xml' ? asXml(page, idName) : asJson(page, idName);
      sendText(res, 200, body, format === 'xml' ? 'application/xml' : 'application/json');
    };
    const events: unknown[] = [];
    const litmos = testClient(server.url, { format, hooks: { onDrift: (event) => void events.push(event) } });
    const got = await litmos.org.users.courses({ since: '2026-11-01 00:00:00', to: '2026-11-02 00:00:00', limit: 3 }).toArray({ max: 100 });
    expect(got.map((row) => row.ID)).toEqual(rows.map((row) => row.ID));
    expect(got.every((row) => !('Id' in row))).toBe(true);
    expect(got[2]).toEqual({ ...rows[2], CreatedDate: `${DATE}.000Z`, UpdatedDate: `${DATE}.000Z` });
    expect(events).toEqual([expect.objectContaining({ kind: 'respelled', path: '[].Id', expected: 'ID', received: 'Id' })]);
  });
});
