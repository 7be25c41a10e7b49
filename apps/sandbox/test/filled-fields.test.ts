// Fields the spec documents that the sandbox used to leave empty are filled from the seed: a
// course's Tags (and Categories in JSON) on GET /courses/{courseId} only, shop Topics/Tags/Skills,
// a completed learning path's CompliantTillDate; and person records' XML dates end in `Z`, as
// recorded traffic shows, while other XML dates stay zone-less.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { call, callJson, DAY, startSmall, window } from './helpers.js';

let sandbox: Sandbox;
let twin: Sandbox;
beforeAll(async () => {
  [sandbox, twin] = await Promise.all([startSmall({ users: 300, seed: 11 }), startSmall({ users: 300, seed: 11 })]);
});
afterAll(async () => {
  await sandbox.close();
  await twin.close();
});

describe('GET /courses/{courseId}', () => {
  test('carries Tags in XML and JSON, and Categories in JSON only; the list leaves both out', async () => {
    const courses = (await callJson<{ Id: string; Name: string }[]>(sandbox, '/courses')).data;
    const { Id, Name } = courses[0]!;
    const json = (await callJson<Record<string, unknown>>(sandbox, `/courses/${Id}`)).data;
    expect(typeof json.Tags).toBe('string');
    expect(String(json.Tags)).toMatch(/\w+, /);
    // The tags start with the course's topic, the first words of its name.
    expect(Name.toLowerCase().startsWith(String(json.Tags).split(', ')[0]!)).toBe(true);
    expect(['Compliance', 'Skills', 'Onboarding']).toContain(json.Categories);
    const xml = await call(sandbox, `/courses/${Id}`);
    expect(xml.text).toContain(`<Tags>${String(json.Tags).replace(/&/g, '&amp;')}</Tags>`);
    expect(xml.text).not.toContain('<Categories');
    const list = await call(sandbox, '/courses', { format: 'json' });
    expect(list.text).not.toContain('"Tags"');
    expect(list.text).not.toContain('"Categories"');
  });

  test('the same seed gives the same labels', async () => {
    const ids = (await callJson<{ Id: string }[]>(sandbox, '/courses')).data.map((c) => c.Id);
    for (const id of ids.slice(0, 5)) {
      const one = (await callJson<Record<string, unknown>>(sandbox, `/courses/${id}`)).data;
      const other = (await callJson<Record<string, unknown>>(twin, `/courses/${id}`)).data;
      expect([one.Tags, one.Categories]).toEqual([other.Tags, other.Categories]);
    }
  });
});

test('shop courses and learning paths carry Topics, Tags and Skills', async () => {
  const checked: string[] = [];
  const shop = [
    ['/org/ecommerce/courses', [...sandbox.state.courses.values()].find((c) => c.ForSale)],
    ['/org/ecommerce/learningpaths', [...sandbox.state.learningPaths.values()].find((p) => p.ForSale)],
  ] as const;
  for (const [path, record] of shop) {
    expect(record, `the seed sells something under ${path}`).toBeDefined();
    // A 7-day window that holds the record's last change.
    const rows = (await callJson<Record<string, unknown>[]>(sandbox, path, { query: window(record!.UpdatedDate - DAY, record!.UpdatedDate + DAY) })).data;
    const row = rows.find((r) => r.Name === record!.Name);
    expect(row, `${path} lists ${record!.Name}`).toBeDefined();
    for (const field of ['Topics', 'Tags', 'Skills']) expect(typeof row![field], `${path} ${field}`).toBe('string');
    checked.push(String(row!.Topics));
  }
  expect(checked).toHaveLength(2);
});

test('a completed learning path is compliant until the first of its courses lapses', async () => {
  const compliant = sandbox.state.userLearningPaths.filter((r) => r.Completed && r.CompliantTillDate !== null);
  expect(compliant.length).toBeGreaterThan(0);
  const row = compliant[0]!;
  const courseDates = sandbox.state.userCourses
    .filter((c) => c.UserId === row.UserId && c.CompliantTillDate !== null)
    .map((c) => c.CompliantTillDate as number);
  expect(courseDates).toContain(row.CompliantTillDate);
  const paths = (await callJson<{ Id: string; CompliantTillDate: string | null }[]>(sandbox, `/users/${row.UserId}/learningpaths`)).data;
  expect(paths.find((p) => p.Id === row.LearningPathId)?.CompliantTillDate).not.toBeNull();
  expect(sandbox.state.userLearningPaths.every((r) => r.Completed || r.CompliantTillDate === null)).toBe(true);
});

test("person records' XML dates end in Z; other XML dates have no zone", async () => {
  const userId = (await callJson<{ Id: string }[]>(sandbox, '/users', { query: { limit: 1 } })).data[0]!.Id;
  const person = await call(sandbox, `/users/${userId}`);
  expect(person.text).toMatch(/<CreatedDate>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z<\/CreatedDate>/);
  const started = sandbox.state.userCourses.find((r) => r.StartedDate !== null)!;
  const courses = await call(sandbox, `/users/${started.UserId}/courses`);
  expect(courses.text).toMatch(/<(\w*Date)>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}<\/\1>/);
  expect(courses.text).not.toMatch(/<\w*Date>[^<]*Z</);
});
