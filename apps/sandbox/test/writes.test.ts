// Writes change the state and every read sees the change: people (create, update, delete, in
// XML and JSON), team membership and roles, course assignments and module results, with the
// status codes and messages Litmos uses.
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { call, callJson, DAY, HOUR, readAll, startSmall, window } from './helpers.js';
import { checkXmlShape } from './xml-shape-checker.js';

let sandbox: Sandbox;
beforeEach(async () => {
  await sandbox?.close();
  sandbox = await startSmall({ users: 150, seed: 21 });
});
afterAll(() => sandbox.close());

const xml = { 'content-type': 'application/xml' };
const json = { 'content-type': 'application/json' };
type Person = Record<string, unknown> & { Id: string; UserName: string; UpdatedDate: string };

const userXml = (fields: Record<string, string>) =>
  `<User>${Object.entries(fields)
    .map(([k, v]) => `<${k}>${v}</${k}>`)
    .join('')}</User>`;

describe('people', () => {
  test('create (XML) → 201 with the new profile; visible by Id, username, in lists, search and /org/users/details', async () => {
    const body = userXml({
      Id: '',
      UserName: 'chloe.martin@northwind.example',
      FirstName: 'Chloe',
      LastName: 'Martin',
      Email: 'chloe.martin@northwind.example',
      AccessLevel: 'learner',
      DisableMessages: 'false',
      Active: 'true',
      IsCustomUsername: 'false',
      SkipFirstLogin: 'true',
      TimeZone: 'GMT Standard Time',
      Culture: 'en-GB',
    });
    const created = await call(sandbox, '/users', { method: 'POST', body, headers: xml });
    expect(created.status).toBe(201);
    const op = sandbox.spec.operations.find((o) => o.shape === 'POST /users')!;
    expect(checkXmlShape(created.text, op.responses['201']!.content!['application/xml']!.schema!, sandbox.spec.resolve)).toEqual([]);
    const id = /<Id>([^<]+)<\/Id>/.exec(created.text)![1]!;
    expect(created.text).toContain('<AccessLevel>Learner</AccessLevel>');
    expect(created.text).toContain('<LastLogin/>');

    const byId = await callJson<Person>(sandbox, `/users/${id}`);
    expect(byId.data).toMatchObject({ Id: id, FirstName: 'Chloe', Culture: 'en-GB', CreatedDate: '2026-11-24T12:00:00Z', LastLogin: '' });
    const byName = await callJson<Person>(sandbox, `/users/${encodeURIComponent('Chloe.Martin@northwind.example')}`);
    expect(byName.data.Id).toBe(id);
    expect((await readAll<Person>(sandbox, '/users')).map((p) => p.Id)).toContain(id);
    expect((await readAll<Person>(sandbox, '/users', { search: 'chloe.martin' })).map((p) => p.Id)).toEqual([id]);
    const now = sandbox.clock.now();
    const changed = await readAll<Person>(sandbox, '/org/users/details', window(now - DAY, now + HOUR));
    expect(changed.find((p) => p.Id === id)?.UpdatedDate).toBe('2026-11-24T12:00:00Z');
  });

  test('create (JSON) refuses duplicates and invalid values with Litmos messages', async () => {
    const base = {
      Id: '',
      UserName: 'dev.patel@northwind.example',
      FirstName: 'Dev',
      LastName: 'Patel',
      Email: 'dev.patel@northwind.example',
      AccessLevel: 'Learner',
      DisableMessages: false,
      Active: true,
      IsCustomUsername: false,
      SkipFirstLogin: false,
      TimeZone: 'UTC',
    };
    const post = (value: object) => callJson<Record<string, unknown>>(sandbox, '/users', { method: 'POST', body: JSON.stringify(value), headers: json });
    const first = await post(base);
    expect(first.reply.status).toBe(201);
    expect(first.data.UserName).toBe('dev.patel@northwind.example');
    const cases: Array<[object, number, string]> = [
      [base, 409, 'UserName already exists'],
      [{ ...base, UserName: 'abc' }, 409, 'Username must be greater than 3 characters'],
      [{ ...base, UserName: 'dev patel@x.example' }, 409, "Invalid special character's in the username"],
      [{ ...base, UserName: 'devpatel2' }, 409, 'Invalid email address'],
      [{ ...base, UserName: 'dev2@northwind.example', Culture: 'xx-XX' }, 409, 'Culture is invalid'],
      [
        { ...base, UserName: 'dev3@northwind.example', EnableTextNotification: true, PhoneMobile: '555' },
        400,
        'Mobile Number required to enable text message notifications OR Invalid Phone Number. The mobile phone should be in this format +15554443333',
      ],
      [{ ...base, UserName: 'dev4@northwind.example', ManagerId: 'nobody' }, 404, 'Manager - nobody was not found'],
    ];
    for (const [value, status, detail] of cases) {
      const reply = await post(value);
      expect(reply.reply.status, detail).toBe(status);
      expect(reply.data).toEqual({ Detail: detail });
      expect(reply.reply.statusText).toBe(detail.replace(/[^\x20-\x7e]/g, ' ').slice(0, 200));
    }
    const custom = await post({ ...base, UserName: 'devpatel5', IsCustomUsername: true, Email: null });
    expect(custom.reply.status).toBe(201);
    expect((await call(sandbox, '/users', { method: 'POST', body: '{"Id":', headers: json, format: 'json' })).text).toBe(
      '{"Detail":"Please check the xml\\/json in the body of the request"}',
    );
  });

  test('update → 200 with an empty body; the change and a fresh UpdatedDate show in reads and in deltas', async () => {
    const user = [...sandbox.state.users.values()][3]!;
    sandbox.clock.advance(90_000);
    const body = {
      Id: user.Id,
      UserName: user.UserName,
      FirstName: 'Updated',
      LastName: user.LastName,
      Email: user.Email,
      AccessLevel: 'Team_Leader',
      DisableMessages: false,
      Active: true,
      IsCustomUsername: user.IsCustomUsername,
      SkipFirstLogin: false,
      TimeZone: 'UTC',
      City: 'Lisbon',
    };
    const reply = await call(sandbox, `/users/${user.Id}`, { method: 'PUT', body: JSON.stringify(body), headers: json, format: 'json' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
    expect(reply.headers.get('content-length')).toBe('0');
    expect(reply.headers.get('content-type')).toBeNull();
    const after = await callJson<Person>(sandbox, `/users/${user.Id}`);
    expect(after.data).toMatchObject({ FirstName: 'Updated', AccessLevel: 'Team_Leader', City: 'Lisbon' });
    // Fields left out of the replacement profile are cleared.
    expect(after.data.ExternalEmployeeId).toBeNull();
    const now = sandbox.clock.now();
    const inDelta = await readAll<Person>(sandbox, '/org/users/details', window(now - 60_000, now + HOUR));
    expect(inDelta.map((p) => [p.Id, p.UpdatedDate, p.FirstName])).toEqual([[user.Id, '2026-11-24T12:01:30Z', 'Updated']]);

    const mismatch = await callJson(sandbox, `/users/${user.Id}`, { method: 'PUT', body: JSON.stringify({ ...body, Id: 'other' }), headers: json });
    expect(mismatch.reply.status).toBe(404);
    expect(mismatch.data).toEqual({ Detail: 'Please check the userid in the xml/json and the userid in the URL. They must match' });
    // Writes need the Id; the username is only accepted by reads.
    expect((await call(sandbox, `/users/${encodeURIComponent(user.UserName)}`, { method: 'PUT', body: JSON.stringify(body), headers: json })).status).toBe(404);
  });

  test('XML update reads elements in schema order: an element moved before an earlier one is ignored', async () => {
    const user = [...sandbox.state.users.values()].find((u) => u.Culture !== 'nl-NL')!;
    // Culture belongs between CustomField3 and CustomField4; sent after CustomField10 it is skipped.
    const late = `<User><Id>${user.Id}</Id><UserName>${user.UserName}</UserName><FirstName>Ordered</FirstName><LastName>${user.LastName}</LastName><AccessLevel>Learner</AccessLevel><CustomField10>x</CustomField10><Culture>nl-NL</Culture></User>`;
    expect((await call(sandbox, `/users/${user.Id}`, { method: 'PUT', body: late, headers: xml })).status).toBe(200);
    const after = (await callJson<Person>(sandbox, `/users/${user.Id}`)).data;
    expect(after).toMatchObject({ FirstName: 'Ordered', CustomField10: 'x' });
    expect(after.Culture).not.toBe('nl-NL');
    const inOrder = late.replace('<CustomField10>x</CustomField10><Culture>nl-NL</Culture>', '<Culture>nl-NL</Culture><CustomField10>x</CustomField10>');
    expect((await call(sandbox, `/users/${user.Id}`, { method: 'PUT', body: inOrder, headers: xml })).status).toBe(200);
    expect((await callJson<Person>(sandbox, `/users/${user.Id}`)).data.Culture).toBe('nl-NL');
    expect((await call(sandbox, `/users/${user.Id}`, { method: 'PUT', body: '<Person><Id/></Person>', headers: xml })).status).toBe(400);
  });

  test('delete → 200 empty, then 404 everywhere; the person leaves lists and team rosters', async () => {
    const link = sandbox.state.teamUsers.find((l) => l.Active)!;
    const id = link.UserId;
    const reply = await call(sandbox, `/users/${id}`, { method: 'DELETE' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
    const gone = await callJson(sandbox, `/users/${id}`);
    expect(gone.reply.status).toBe(404);
    expect(gone.data).toEqual({ Detail: `User - ${id} was not found` });
    expect((await readAll<Person>(sandbox, '/users')).some((p) => p.Id === id)).toBe(false);
    expect((await readAll<Person>(sandbox, `/teams/${link.TeamId}/users`)).some((p) => p.Id === id)).toBe(false);
    expect((await call(sandbox, `/users/${id}`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('teams', () => {
  test('create → 201 team; duplicate name → 409; sub-team under a parent', async () => {
    const created = await callJson<Record<string, string>>(sandbox, '/teams', {
      method: 'POST',
      body: JSON.stringify({ Id: '', Name: 'Night Shift', Description: 'Works nights', ParentTeamId: '' }),
      headers: json,
    });
    expect(created.reply.status).toBe(201);
    expect(created.data).toMatchObject({ Name: 'Night Shift', ParentTeamId: '' });
    expect((await callJson(sandbox, `/teams/${created.data.Id}`)).data).toMatchObject({ Id: created.data.Id, Name: 'Night Shift' });
    const dup = await callJson(sandbox, '/teams', { method: 'POST', body: '<Team><Id/><Name>night shift</Name></Team>', headers: xml });
    expect(dup.reply.status).toBe(409);
    expect(dup.data).toEqual({ Detail: 'Team name already exists' });
    const sub = await callJson<Record<string, string>>(sandbox, `/teams/${created.data.Id}/teams`, {
      method: 'POST',
      body: '<Team><Id/><Name>Night Shift B</Name></Team>',
      headers: xml,
    });
    expect(sub.reply.status).toBe(201);
    expect(sub.data.ParentTeamId).toBe(created.data.Id);
    expect((await readAll<{ Id: string }>(sandbox, `/teams/${created.data.Id}/teams`)).map((t) => t.Id)).toEqual([sub.data.Id]);
    expect((await readAll<{ Id: string }>(sandbox, '/teams', { search: 'night shift' })).length).toBe(2);
  });

  test('members: add (201, bad Ids ignored), list, remove; the removal is an inactive row in /org/teams/users', async () => {
    const team = [...sandbox.state.teams.values()][0]!;
    const outsiders = [...sandbox.state.users.values()]
      .filter((u) => u.Active && !sandbox.state.teamUsers.some((l) => l.TeamId === team.Id && l.UserId === u.Id))
      .slice(0, 2);
    const body = `<Users><User><Id>${outsiders[0]!.Id}</Id></User><User><Id>no-such-user</Id></User><User><Id>${outsiders[1]!.Id}</Id></User></Users>`;
    const added = await call(sandbox, `/teams/${team.Id}/users`, { method: 'POST', body, headers: xml });
    expect(added.status).toBe(201);
    expect(added.text).toBe('');
    let roster = (await readAll<Person>(sandbox, `/teams/${team.Id}/users`)).map((p) => p.Id);
    expect(roster).toEqual(expect.arrayContaining(outsiders.map((u) => u.Id)));
    // Adding again changes nothing (duplicates are ignored).
    expect((await call(sandbox, `/teams/${team.Id}/users`, { method: 'POST', body: JSON.stringify([{ Id: outsiders[0]!.Id }]), headers: json })).status).toBe(
      201,
    );
    expect((await readAll<Person>(sandbox, `/teams/${team.Id}/users`)).length).toBe(roster.length);

    sandbox.clock.advance(60_000);
    expect((await call(sandbox, `/teams/${team.Id}/users/${outsiders[0]!.Id}`, { method: 'DELETE' })).status).toBe(200);
    roster = (await readAll<Person>(sandbox, `/teams/${team.Id}/users`)).map((p) => p.Id);
    expect(roster).not.toContain(outsiders[0]!.Id);
    expect((await call(sandbox, `/teams/${team.Id}/users/${outsiders[0]!.Id}`, { method: 'DELETE' })).status).toBe(404);
    const now = sandbox.clock.now();
    const rows = await readAll<{ TeamId: string; Id: string; Active: boolean; UpdatedDate: string }>(
      sandbox,
      '/org/teams/users',
      window(now - 30_000, now + HOUR),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ TeamId: team.Id, Id: outsiders[0]!.Id, Active: false });
    expect(rows[0]!.UpdatedDate).toBe(`/Date(${Date.parse('2026-11-24T12:01:00Z')}+0000)/`);
    // Joining the team assigned its courses through the team.
    const teamCourse = sandbox.state.teamCourses.find((l) => l.TeamId === team.Id && !l.IsInTeamLibrary)!;
    expect((await readAll<{ Id: string }>(sandbox, `/users/${outsiders[1]!.Id}/courses`)).map((c) => c.Id)).toContain(teamCourse.CourseId);
  });

  test('leaders and admins: promotion needs membership (404), and shows in the role lists', async () => {
    const link = sandbox.state.teamUsers.find((l) => l.Active && !l.IsTeamLeader)!;
    const stranger = [...sandbox.state.users.values()].find((u) => !sandbox.state.teamUsers.some((l) => l.TeamId === link.TeamId && l.UserId === u.Id))!;
    expect((await call(sandbox, `/teams/${link.TeamId}/leaders/${stranger.Id}`, { method: 'PUT' })).status).toBe(404);
    expect((await call(sandbox, `/teams/${link.TeamId}/leaders/${link.UserId}`, { method: 'PUT' })).status).toBe(200);
    expect((await readAll<Person>(sandbox, `/teams/${link.TeamId}/leaders`)).map((p) => p.Id)).toContain(link.UserId);
    expect((await call(sandbox, `/teams/${link.TeamId}/leaders/${link.UserId}`, { method: 'DELETE' })).status).toBe(200);
    expect((await readAll<Person>(sandbox, `/teams/${link.TeamId}/leaders`)).map((p) => p.Id)).not.toContain(link.UserId);
    expect((await call(sandbox, `/teams/${link.TeamId}/admins/${link.UserId}`, { method: 'PUT' })).status).toBe(200);
    expect((await readAll<Person>(sandbox, `/teams/${link.TeamId}/admins`)).map((p) => p.Id)).toContain(link.UserId);
    expect((await call(sandbox, `/users/${link.UserId}/teams`, { method: 'POST', body: JSON.stringify([{ Id: link.TeamId }]), headers: json })).status).toBe(
      409,
    );
  });
});

describe('courses and results', () => {
  test('completing every module through PUT /results/modules completes the course and adds an achievement', async () => {
    const s = sandbox.state;
    const row = s.userCourses.find((r) => r.Active && !r.Completed && s.courseModules.some((l) => l.CourseId === r.CourseId))!;
    const modules = s.courseModules.filter((l) => l.CourseId === row.CourseId && l.Active).map((l) => l.ModuleId);
    sandbox.clock.advance(120_000);
    for (const [n, moduleId] of modules.entries()) {
      const body =
        n % 2 === 0
          ? `<ModuleResult><CourseId>${row.CourseId}</CourseId><UserId>${row.UserId}</UserId><Score>90</Score><Completed>true</Completed><UpdatedAt>2026-11-24T11:00:00</UpdatedAt></ModuleResult>`
          : JSON.stringify({
              CourseId: row.CourseId,
              UserId: row.UserId,
              Score: 95,
              Completed: true,
              UpdatedAt: `/Date(${Date.parse('2026-11-24T11:00:00Z')})/`,
            });
      const reply = await call(sandbox, `/results/modules/${moduleId}`, { method: 'PUT', body, headers: n % 2 === 0 ? xml : json });
      expect(reply.status, reply.text).toBe(200);
    }
    const course = (await callJson<Record<string, unknown>>(sandbox, `/users/${row.UserId}/courses/${row.CourseId}`)).data;
    expect(course).toMatchObject({ Complete: true, PercentageComplete: 100, DateCompleted: `/Date(${Date.parse('2026-11-24T11:00:00Z')}+0000)/` });
    const now = sandbox.clock.now();
    const achievements = await readAll<{ UserId: string; CourseId: string }>(sandbox, '/org/achievements', window(now - 60_000, now + HOUR));
    expect(achievements).toEqual([expect.objectContaining({ UserId: row.UserId, CourseId: row.CourseId })]);
    const results = await readAll<{ UserId: string; Completed: boolean }>(sandbox, '/org/results/details', window(now - 60_000, now + HOUR));
    expect(results).toEqual([expect.objectContaining({ UserId: row.UserId, Completed: true })]);
    const moduleRows = await readAll<unknown>(sandbox, '/org/modules/results', window(now - 60_000, now + HOUR));
    expect(moduleRows).toHaveLength(modules.length);
    // Litmos' JSON reader rejects ISO dates here with its HTML error page.
    const iso = await call(sandbox, `/results/modules/${modules[0]!}`, {
      method: 'PUT',
      body: JSON.stringify({ CourseId: row.CourseId, UserId: row.UserId, Completed: true, UpdatedAt: '2026-11-24T11:00:00Z' }),
      headers: json,
    });
    expect(iso.status).toBe(500);
    expect(iso.headers.get('content-type')).toMatch(/text\/html/);
  });

  test('course assignment: assign (invalid Ids ignored), remove, and 406 for a course that came with a learning path', async () => {
    const s = sandbox.state;
    const unassigned = (userId: string) =>
      [...s.courses.values()].find((c) => !c.deleted && !s.userCourses.some((r) => r.UserId === userId && r.CourseId === c.Id));
    const user = [...s.users.values()].find((u) => s.userCourses.some((r) => r.UserId === u.Id && r.via === 'learningpath' && r.Active) && unassigned(u.Id))!;
    const fresh = unassigned(user.Id)!;
    expect(
      (
        await call(sandbox, `/users/${user.Id}/courses`, {
          method: 'POST',
          body: `<Courses><Course><Id>${fresh.Id}</Id></Course><Course><Id>nope</Id></Course></Courses>`,
          headers: xml,
        })
      ).status,
    ).toBe(200);
    expect((await readAll<{ Id: string }>(sandbox, `/users/${user.Id}/courses`)).map((c) => c.Id)).toContain(fresh.Id);
    expect((await call(sandbox, `/users/${user.Id}/courses/${fresh.Id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await readAll<{ Id: string }>(sandbox, `/users/${user.Id}/courses`)).map((c) => c.Id)).not.toContain(fresh.Id);
    const viaPath = s.userCourses.find((r) => r.UserId === user.Id && r.via === 'learningpath' && r.Active)!;
    const refused = await callJson(sandbox, `/users/${user.Id}/courses/${viaPath.CourseId}`, { method: 'DELETE' });
    expect(refused.reply.status).toBe(406);
    expect(refused.data).toEqual({ Detail: `The course - ${viaPath.CourseId} can't be removed from ${user.UserName} because it is part of a learning path` });
  });
});

describe('modules, gamification and activity logs follow writes', () => {
  test('a package module is created (Queued), linked into a course, renamed, and deleted', async () => {
    const course = [...sandbox.state.courses.values()][0]!;
    const created = await callJson<{ Id: string; Status: string; ModuleType: number }>(sandbox, '/modules', {
      method: 'POST',
      body: '<Module><Name>Forklift basics</Name><ModuleType>9</ModuleType><Active>true</Active><ContentURL>https://example.invalid/p.zip</ContentURL></Module>',
      headers: xml,
    });
    expect(created.reply.status).toBe(200);
    expect(created.data).toMatchObject({ Status: 'Queued', ModuleType: 9 });
    expect((await callJson<{ Status: string }>(sandbox, `/modules/${created.data.Id}`)).data.Status).toBe('Ready');
    expect(
      (await call(sandbox, `/courses/${course.Id}/modules/link`, { method: 'POST', body: JSON.stringify([{ Id: created.data.Id }]), headers: json })).status,
    ).toBe(200);
    expect((await readAll<{ Id: string }>(sandbox, `/courses/${course.Id}/modules`)).map((m) => m.Id)).toContain(created.data.Id);
    expect(
      (
        await call(sandbox, `/modules/${created.data.Id}`, {
          method: 'PUT',
          body: JSON.stringify({ Name: 'Forklift safety', ModuleType: 9, Active: true }),
          headers: json,
        })
      ).status,
    ).toBe(200);
    expect((await readAll<{ Id: string; Name: string }>(sandbox, `/courses/${course.Id}/modules`)).find((m) => m.Id === created.data.Id)?.Name).toBe(
      'Forklift safety',
    );
    const now = sandbox.clock.now();
    const links = await readAll<{ CourseId: string; Id: string; Active: boolean }>(sandbox, '/org/courses/modules', window(now - 60_000, now + HOUR));
    expect(links).toEqual([expect.objectContaining({ CourseId: course.Id, Id: created.data.Id, Active: true })]);
    expect((await call(sandbox, `/modules/${created.data.Id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await readAll<{ Id: string }>(sandbox, `/courses/${course.Id}/modules`)).map((m) => m.Id)).not.toContain(created.data.Id);
    expect((await call(sandbox, `/modules/${created.data.Id}`)).status).toBe(404);
  });

  test('points follow completions and a reset zeroes them; activity logs list the assignment', async () => {
    const s = sandbox.state;
    const unassigned = (userId: string) => [...s.courses.values()].find((c) => !s.userCourses.some((r) => r.UserId === userId && r.CourseId === c.Id));
    const achiever = [...s.users.values()].find((u) => s.achievements.some((a) => a.UserId === u.Id && a.CourseId) && unassigned(u.Id))!;
    const count = s.achievements.filter((a) => a.UserId === achiever.Id && a.CourseId).length;
    const summary = await callJson<{ TotalBadgeEarned: number; TotalPointEarned: number }>(sandbox, `/users/${achiever.Id}/gamificationsummary`);
    expect(summary.data).toEqual({ TotalBadgeEarned: count >= 10 ? 3 : count >= 5 ? 2 : 1, TotalPointEarned: count * 10 });
    expect((await readAll<unknown>(sandbox, `/users/${achiever.Id}/gamificationdetails`)).length).toBe(count);
    expect((await call(sandbox, `/users/${achiever.Id}/gamificationreset`, { method: 'PUT' })).status).toBe(200);
    expect((await callJson(sandbox, `/users/${achiever.Id}/gamificationsummary`)).data).toEqual({ TotalBadgeEarned: 0, TotalPointEarned: 0 });
    expect(await readAll(sandbox, `/users/${achiever.Id}/badges`)).toEqual([]);

    sandbox.clock.advance(30_000);
    const course = unassigned(achiever.Id)!;
    expect((await call(sandbox, `/users/${achiever.Id}/courses`, { method: 'POST', body: JSON.stringify([{ Id: course.Id }]), headers: json })).status).toBe(
      200,
    );
    const now = sandbox.clock.now();
    const log = await readAll<Record<string, unknown>>(sandbox, '/org/activities/assignments', window(now - 10_000, now + HOUR));
    expect(log).toEqual([expect.objectContaining({ ActivityType: 'Course Assigned', ObjectId: course.Id, TargetObjectId: achiever.Id })]);
  });
});

describe('bulk imports, collections and tokens', () => {
  test('a user bulk import creates and updates people by Username and lists its failed rows', async () => {
    const s = sandbox.state;
    const existing = [...s.users.values()][7]!;
    const team = [...s.teams.values()][1]!;
    const body = JSON.stringify([
      {
        Username: 'ines.garcia@northwind.example',
        FirstName: 'Ines',
        LastName: 'Garcia',
        Email: 'ines.garcia@northwind.example',
        AccessLevel: 'TL',
        Team1: team.TeamCodeForBulkImport,
      },
      { Username: existing.UserName, FirstName: existing.FirstName, LastName: 'Imported' },
      { Username: 'bad', FirstName: 'B', LastName: 'C' },
      { Username: 'no.email', FirstName: 'N', LastName: 'E', Email: 'nope' },
    ]);
    const started = await callJson<{ Id: string; Status: string; TotalRecords: number }>(sandbox, '/bulkimports', { method: 'POST', body, headers: json });
    expect(started.reply.status).toBe(200);
    expect(started.data).toMatchObject({ Status: 'Waiting', TotalRecords: 4 });
    const done = await callJson<Record<string, unknown>>(sandbox, `/bulkimports/${started.data.Id}`);
    expect(done.data).toMatchObject({ Status: 'Completed', TotalUsersCreated: 1, Failed: 2, InvalidEmail: 1 });
    expect((await readAll<{ Username: string }>(sandbox, `/bulkimports/${started.data.Id}/usererrors`)).map((e) => e.Username)).toEqual(['bad', 'no.email']);
    const ines = (await callJson<Person>(sandbox, `/users/${encodeURIComponent('ines.garcia@northwind.example')}`)).data;
    expect(ines).toMatchObject({ AccessLevel: 'Team_Leader', LastName: 'Garcia' });
    expect((await readAll<Person>(sandbox, `/teams/${team.Id}/users`)).map((p) => p.Id)).toContain(ines.Id);
    expect((await callJson<Person>(sandbox, `/users/${existing.Id}`)).data).toMatchObject({ LastName: 'Imported', Email: existing.Email });
    expect((await call(sandbox, '/bulkimports/unknown')).status).toBe(400);
  });

  test('collections take at most 25 items per request; listings and tokens round-trip', async () => {
    const s = sandbox.state;
    const created = await callJson<{ Id: string }>(sandbox, '/collections', {
      method: 'POST',
      body: '<Collection><Name>Safety Shop</Name><Description>All safety</Description></Collection>',
      headers: xml,
    });
    expect(created.reply.status).toBe(200);
    const tooMany = JSON.stringify(Array.from({ length: 26 }, () => ({ Id: [...s.courses.keys()][0] })));
    const refused = await callJson(sandbox, `/collections/${created.data.Id}/courses`, { method: 'POST', body: tooMany, headers: json });
    expect(refused.reply.status).toBe(403);
    expect(refused.data).toEqual({ Detail: 'Please provide maximum 25 courses in the xml/json body!' });
    const course = [...s.courses.values()].find((c) => c.Active)!;
    expect(
      (await call(sandbox, `/collections/${created.data.Id}/courses`, { method: 'POST', body: JSON.stringify([{ Id: course.Id }]), headers: json })).status,
    ).toBe(201);
    expect(
      (await call(sandbox, `/collections/${created.data.Id}/courses`, { method: 'POST', body: JSON.stringify([{ Id: course.Id }]), headers: json })).status,
    ).toBe(409);

    const listing = await callJson<{ Id: string }>(sandbox, '/collectionlistings', {
      method: 'POST',
      body: JSON.stringify({ Id: '', Name: 'Staff', Active: true, DurationType: 'Unlimited', MaxUsers: 'unlimited', CollectionId: created.data.Id }),
      headers: json,
    });
    expect(listing.reply.status).toBe(200);
    expect((await readAll<{ Id: string }>(sandbox, `/collectionlistings/${created.data.Id}`)).map((l) => l.Id)).toEqual([listing.data.Id]);
    expect((await callJson(sandbox, `/collectionlistings/${listing.data.Id}/users`)).data).toEqual({ Detail: 'Users do not exist in list' });
    const person = [...s.users.values()][1]!;
    expect(
      (await call(sandbox, `/collectionlistings/${listing.data.Id}/users`, { method: 'POST', body: JSON.stringify([{ Id: person.Id }]), headers: json }))
        .status,
    ).toBe(200);
    expect((await readAll<Person>(sandbox, `/collectionlistings/${listing.data.Id}/users`)).map((p) => p.Id)).toEqual([person.Id]);

    const token = {
      TokenCode: 'JOIN-SAFETY',
      TokenType: 4,
      TokenTypeId: listing.data.Id,
      Active: true,
      MaximumActivations: 20,
      TokenExpiration: '2027-01-01T00:00:00',
    };
    expect((await call(sandbox, '/tokens', { method: 'POST', body: JSON.stringify([token]), headers: json })).status).toBe(200);
    const tokens = await readAll<{ TokenId: string; TokenCode: string }>(sandbox, '/tokens', { search: 'join-safety' });
    expect(tokens).toHaveLength(1);
    // GET /tokens/{id} answers a one-token list, as Litmos does.
    const one = await callJson<unknown[]>(sandbox, `/tokens/${tokens[0]!.TokenId}`);
    expect(one.data).toEqual([expect.objectContaining({ TokenCode: 'JOIN-SAFETY', TokenType: 4 })]);
    expect((await call(sandbox, '/tokens', { method: 'POST', body: JSON.stringify([token]), headers: json })).status).toBe(409);
  });
});

describe('instructor-led training', () => {
  test('an ILT module and session are created, people register (409 without the course), roll call and /sessions/future follow', async () => {
    const s = sandbox.state;
    const course = [...s.courses.values()].find((c) => c.Active && s.userCourses.filter((r) => r.CourseId === c.Id && r.Active).length >= 2)!;
    expect(
      (
        await call(sandbox, `/courses/${course.Id}/events`, {
          method: 'POST',
          body: '<Module><Id/><Code>FL-1</Code><Name>Forklift practice</Name></Module>',
          headers: xml,
        })
      ).status,
    ).toBe(201);
    const mod = (await readAll<{ Id: string; Name: string }>(sandbox, `/courses/${course.Id}/modules/ilt`)).find((m) => m.Name === 'Forklift practice')!;
    const instructor = [...s.users.values()].find((u) => u.AccessLevel === 'Administrator')!;
    const session = {
      Id: '',
      Name: 'Forklift Monday',
      InstructorUserId: instructor.Id,
      SessionType: 1,
      Days: [{ Id: '', StartDate: '/Date(1795996800000)/', EndDate: '/Date(1796011200000)/', StartTime: '9:00AM', EndTime: '1:00PM' }],
      TimeZone: 'GMT Standard Time',
      Location: 'Yard',
      LocationId: 1201,
      Slots: 1,
      EnableWaitList: false,
    };
    const learner = [...s.users.values()].find((u) => u.AccessLevel === 'Learner')!;
    expect(
      (
        await call(sandbox, `/courses/${course.Id}/modules/${mod.Id}/sessions`, {
          method: 'POST',
          body: JSON.stringify({ ...session, InstructorUserId: learner.Id }),
          headers: json,
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(sandbox, `/courses/${course.Id}/modules/${mod.Id}/sessions`, { method: 'POST', body: JSON.stringify(session), headers: json })).status,
    ).toBe(201);
    const [created] = await readAll<{ Id: string; Days: Array<{ Id: string }>; Accepted: number }>(sandbox, `/courses/${course.Id}/modules/${mod.Id}/sessions`);
    const base = `/courses/${course.Id}/modules/${mod.Id}/sessions/${created!.Id}`;

    const [first, second] = s.userCourses.filter((r) => r.CourseId === course.Id && r.Active).map((r) => r.UserId);
    const outsider = [...s.users.values()].find((u) => !s.userCourses.some((r) => r.UserId === u.Id && r.CourseId === course.Id))!;
    expect((await callJson(sandbox, `${base}/users/${outsider.Id}/register`, { method: 'POST' })).data).toEqual({
      Detail: 'The user is not assigned to the course',
    });
    expect((await call(sandbox, `${base}/users/${first!}/register`, { method: 'POST' })).status).toBe(200);
    // One slot and no waiting list: the second person is refused.
    expect((await callJson(sandbox, `${base}/users/${second!}/register`, { method: 'POST' })).data).toEqual({ Detail: 'The session is full' });
    expect(
      (await call(sandbox, `${base}/rollcall`, { method: 'POST', body: JSON.stringify([{ Id: first, Score: 88, Completed: true }]), headers: json })).status,
    ).toBe(200);
    expect(await readAll(sandbox, `${base}/rollcall`)).toEqual([expect.objectContaining({ Id: first, Score: 88, Completed: true, EventStatus: 1 })]);
    const dayId = created!.Days[0]!.Id;
    expect(
      (await call(sandbox, `/courses/${course.Id}/modules/${mod.Id}/sessiondays/${dayId}/users/${outsider.Id}/attended/true`, { method: 'POST' })).status,
    ).toBe(404);

    const future = await readAll<{ Id: string; Modules: Array<{ Id: string; Sessions: Array<{ Id: string; Accepted: number }> }> }>(
      sandbox,
      '/sessions/future',
      { search: 'forklift monday' },
    );
    expect(future).toHaveLength(1);
    expect(future[0]!.Modules[0]!.Sessions).toEqual([expect.objectContaining({ Id: created!.Id, Accepted: 1 })]);
    expect((await call(sandbox, '/sessions/future', { query: { since: '2026-11-01 00:00:00' } })).status).toBe(406);
    expect(await readAll(sandbox, '/sessions/past', { search: 'forklift monday' })).toEqual([]);
  });
});
