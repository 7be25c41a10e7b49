// How the sandbox writes and reads the forms public Litmos clients use: JSON dates with an offset
// (configurable), plain xs:date values in XML bodies, character references in XML text, a clock
// that starts at the real time, and course ids that are filled in on /results/details.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXED_NOW, type Sandbox, startSandbox } from '../src/index.js';
import { call, callJson, DAY, HOUR, readAll, startSmall, window } from './helpers.js';

const xml = { 'content-type': 'application/xml' };
const json = { 'content-type': 'application/json' };

describe('JSON date offset', () => {
  const courseDates = async (sandbox: Sandbox) => {
    const course = [...sandbox.state.courses.values()][0]!;
    const rows = await readAll<{ Id: string; CreatedDate: string }>(sandbox, '/org/courses', window(course.UpdatedDate - DAY, course.UpdatedDate + DAY));
    return { expected: course.CreatedDate, wire: rows.find((r) => r.Id === course.Id)?.CreatedDate };
  };

  test('defaults to /Date(ms+0000)/; -0500 and bare /Date(ms)/ are selectable; the instant stays UTC', async () => {
    for (const [offset, suffix] of [
      [undefined, '+0000'],
      ['-0500', '-0500'],
      ['none', ''],
    ] as const) {
      const sandbox = await startSmall({ users: 30, ...(offset ? { jsonDateOffset: offset } : {}) });
      try {
        const { expected, wire } = await courseDates(sandbox);
        expect(wire).toBe(`/Date(${expected}${suffix})/`);
        // Person records keep ISO with Z whatever the offset.
        const owner = await callJson<{ CreatedDate: string }>(sandbox, `/users/${sandbox.state.ownerId}`);
        expect(owner.data.CreatedDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      } finally {
        await sandbox.close();
      }
    }
  });

  test('an offset that is not ±hhmm or none is refused at start', async () => {
    await expect(startSandbox({ users: 5, jsonDateOffset: '+5' })).rejects.toThrow(TypeError);
    await expect(startSandbox({ users: 5, jsonDateOffset: 'Z' })).rejects.toThrow(/\+0000 or -0500, or none/);
  });
});

describe('clock', () => {
  test('without `now` the clock starts at the real time, so "the last 5 days" finds records written today', async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const sandbox = await startSandbox({ users: 40, rateLimit: false });
    try {
      const after = Date.now();
      const now = sandbox.clock.now();
      expect(now).toBeGreaterThanOrEqual(before);
      expect(now).toBeLessThanOrEqual(after);
      const body = JSON.stringify({ UserName: 'real.clock@northwind.example', FirstName: 'Real', LastName: 'Clock', Email: 'real.clock@northwind.example' });
      const created = await callJson<{ Id: string }>(sandbox, '/users', { method: 'POST', body, headers: json });
      expect(created.reply.status).toBe(201);
      // A client computing its range from its own clock, as public clients do.
      const wallNow = Date.now();
      const rows = await readAll<{ Id: string }>(sandbox, '/org/users/details', window(wallNow - 5 * DAY, wallNow + HOUR));
      expect(rows.map((r) => r.Id)).toContain(created.data.Id);
    } finally {
      await sandbox.close();
    }
  });

  test('a fixed start time stays available for reproducible runs', async () => {
    const sandbox = await startSmall({ users: 10, now: FIXED_NOW });
    try {
      expect(new Date(sandbox.clock.now()).toISOString()).toBe('2026-11-24T12:00:00.000Z');
    } finally {
      await sandbox.close();
    }
  });
});

describe('request bodies and course ids', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSmall({ users: 150, seed: 5 });
  });
  afterAll(() => sandbox.close());

  test('an xs:date (2026-12-10) is read as midnight UTC where a DateTime is expected', async () => {
    const s = sandbox.state;
    const row = s.userCourses.find((r) => r.Active && !r.Completed && s.courseModules.some((l) => l.CourseId === r.CourseId && l.Active))!;
    const moduleId = s.courseModules.find((l) => l.CourseId === row.CourseId && l.Active)!.ModuleId;
    const body = `<ModuleResult><CourseId>${row.CourseId}</CourseId><UserId>${row.UserId}</UserId><Score>80</Score><Completed>1</Completed><UpdatedAt>2026-11-20</UpdatedAt></ModuleResult>`;
    const reply = await call(sandbox, `/results/modules/${moduleId}`, { method: 'PUT', body, headers: xml });
    expect(reply.status, reply.text).toBe(200);
    const result = s.moduleResults.find((r) => r.UserId === row.UserId && r.ModuleId === moduleId && r.CourseId === row.CourseId && r.Active)!;
    expect(new Date(result.FinishedDate!).toISOString()).toBe('2026-11-20T00:00:00.000Z');
    // Not a date at all is still refused.
    const bad = body.replace('2026-11-20', '2026-13-45');
    expect((await call(sandbox, `/results/modules/${moduleId}`, { method: 'PUT', body: bad, headers: xml })).status).toBe(400);
  });

  test('a session body with date-only day dates, as an MCP client writes it', async () => {
    const s = sandbox.state;
    const mod = [...s.iltModules.values()][0]!;
    const instructor = [...s.users.values()].find((u) => u.AccessLevel === 'Administrator' || u.AccessLevel === 'Account_Owner')!;
    const body =
      `<Session><Name>Date only</Name><InstructorUserId>${instructor.Id}</InstructorUserId><SessionType>1</SessionType>` +
      '<Days><SessionDay><StartDate>2026-12-10</StartDate><EndDate>2026-12-10</EndDate><StartTime>9:00AM</StartTime><EndTime>12:00PM</EndTime></SessionDay></Days>' +
      '<TimeZone>UTC</TimeZone></Session>';
    const reply = await call(sandbox, `/courses/${mod.CourseId}/modules/${mod.Id}/sessions`, { method: 'POST', body, headers: xml });
    expect(reply.status, reply.text).toBe(201);
    const session = [...s.sessions.values()].find((x) => x.Name === 'Date only')!;
    expect(new Date(session.Days[0]!.StartDate).toISOString()).toBe('2026-12-10T00:00:00.000Z');
  });

  test('numeric character references are decoded; &amp;#10; stays literal; CDATA is taken as written; &nbsp; is refused', async () => {
    const team = [...sandbox.state.teams.values()].find((t) => t.Active)!;
    const put = (description: string) =>
      call(sandbox, `/teams/${team.Id}`, {
        method: 'PUT',
        body: `<Team><Id>${team.Id}</Id><Name>${team.Name}</Name><Description>${description}</Description></Team>`,
        headers: xml,
      });
    expect((await put('a&#10;b&#x2019;c&#9;d &amp;#10; &#x1F600;')).status).toBe(200);
    expect(sandbox.state.teams.get(team.Id)!.Description).toBe('a\nb\u2019c\td &#10; 😀');
    expect((await callJson<{ Description: string }>(sandbox, `/teams/${team.Id}`)).data.Description).toBe('a\nb\u2019c\td &#10; 😀');
    expect((await put('<![CDATA[x &#10; <y>]]>')).status).toBe(200);
    expect(sandbox.state.teams.get(team.Id)!.Description).toBe('x &#10; <y>');
    for (const bad of ['a&nbsp;b', 'a&#0;b', 'a&#xD800;b', 'a&#10b']) {
      const reply = await put(bad);
      expect(reply.status, bad).toBe(400);
      expect(reply.text).toContain('Please check the xml/json in the body of the request');
    }
    expect(sandbox.state.teams.get(team.Id)!.Description).toBe('x &#10; <y>');
  });

  test('/results/details carries the course OriginalId; /courses/{id}/details its code and time limits', async () => {
    const s = sandbox.state;
    const now = sandbox.clock.now();
    const rows = await readAll<{ CourseId: string; CourseOriginalId: number }>(sandbox, '/results/details', {
      since: new Date(now - 90 * DAY).toISOString().slice(0, 10),
    });
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row.CourseOriginalId, row.CourseId).toBe(s.courses.get(row.CourseId)!.OriginalId);
    const course = [...s.courses.values()].find((c) => c.TimeLimitDays !== null && c.CompliantTillDays !== null) ?? [...s.courses.values()][0]!;
    const detail = (await callJson<Record<string, unknown>>(sandbox, `/courses/${course.Id}/details`)).data;
    expect(detail).toMatchObject({
      CourseCode: course.CourseCodeForBulkImport,
      DueDateSpan: course.TimeLimitDays,
      ComplianceDateSpan: course.CompliantTillDays,
    });
  });
});
