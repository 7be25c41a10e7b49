// Writes as public Litmos clients build them, with no SDK of ours: XML bodies written by string
// templates with `text/xml`, creates without an `Id`, list-of-Id wrappers, `1` for true, and
// JSON bodies. Each must be accepted by every target, and answered in the format Litmos would.
import { describe, expect, it } from 'vitest';
import { mediaType, type Reply, send } from './send.js';
import { targets, useTarget } from './targets.js';
import { xmlItems, xmlRoot } from './xml.js';

const XML = { 'content-type': 'text/xml' };

/** A user name no other scenario uses, so stateful targets accept each create. */
const uniqueName = (label: string) => `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@wire-tests.example`;

/** A 201 whose XML body is the created record under `root`, with an Id; returns its fields. */
function expectCreatedXml(reply: Reply, root: string): Record<string, unknown> {
  expect(reply.status, reply.text).toBe(201);
  expect(mediaType(reply)).toBe('application/xml');
  const record = xmlRoot(reply.text);
  expect(record.name).toBe(root);
  expect(String(record.content.Id)).not.toBe('');
  return record.content;
}

describe.each(targets)('writes on the $name', (target) => {
  const server = useTarget(target);

  it('a create-user XML body with no Id element at all → 201 and the new <User>', async () => {
    const { base, apiKey, stateful } = server();
    const userName = uniqueName('no-id');
    const body =
      `<User><UserName>${userName}</UserName><FirstName>Noa</FirstName><LastName>Idless</LastName><Email>${userName}</Email>` +
      '<AccessLevel>Learner</AccessLevel><DisableMessages>true</DisableMessages><Active>true</Active>' +
      '<IsCustomUsername>false</IsCustomUsername><SkipFirstLogin>true</SkipFirstLogin><TimeZone>UTC</TimeZone></User>';
    const reply = await send('POST', `${base}/users?source=wire-tests`, { apikey: apiKey, ...XML }, body);
    const user = expectCreatedXml(reply, 'User');
    if (stateful) expect(user.UserName).toBe(userName);
  });

  it('Trifoia litmos-sdk: a create-user XML body with an empty <Id></Id> and the fields Litmos ignores → 201', async () => {
    const { base, apiKey, stateful } = server();
    const userName = uniqueName('trifoia');
    // Trifoia's generator writes every element in Litmos' order, empty where Litmos fills it in.
    const body =
      `<User><Id></Id><UserName>${userName}</UserName><FirstName>Tri</FirstName><LastName>Foia</LastName><FullName></FullName>` +
      `<Email>${userName}</Email><AccessLevel>Learner</AccessLevel><DisableMessages>true</DisableMessages><Active>true</Active>` +
      '<LastLogin></LastLogin><LoginKey></LoginKey><IsCustomUsername>false</IsCustomUsername><SkipFirstLogin>false</SkipFirstLogin><TimeZone></TimeZone></User>';
    const reply = await send('POST', `${base}/users?source=wire-tests`, { apikey: apiKey, 'content-type': 'application/xml' }, body);
    const user = expectCreatedXml(reply, 'User');
    if (stateful) expect(user.UserName).toBe(userName);
  });

  it('python-litmos-api: a JSON create-user body without Id, format=json → 201 and a JSON user', async () => {
    const { base, apiKey, stateful } = server();
    const userName = uniqueName('python');
    const body = JSON.stringify({
      UserName: userName,
      FirstName: 'Py',
      LastName: 'Thon',
      Email: userName,
      AccessLevel: 'Learner',
      DisableMessages: true,
      Active: true,
      IsCustomUsername: false,
      SkipFirstLogin: true,
      TimeZone: 'UTC',
    });
    const reply = await send(
      'POST',
      `${base}/users?source=wire-tests&format=json`,
      { apikey: apiKey, 'content-type': 'application/json', accept: '*/*' },
      body,
    );
    expect(reply.status, reply.text).toBe(201);
    expect(mediaType(reply)).toBe('application/json');
    const user = JSON.parse(reply.text) as { Id: string; UserName: string };
    expect(user.Id).not.toBe('');
    if (stateful) expect(user.UserName).toBe(userName);
  });

  it('a team XML body without Id → 201 and the new <Team>', async () => {
    const { base, apiKey, stateful } = server();
    const name = `Wire team ${Date.now().toString(36)}`;
    const reply = await send(
      'POST',
      `${base}/teams?source=wire-tests`,
      { apikey: apiKey, ...XML },
      `<Team><Name>${name}</Name><Description>Made by the wire tests</Description></Team>`,
    );
    const team = expectCreatedXml(reply, 'Team');
    if (stateful) expect(team.Name).toBe(name);
  });

  it('a <Users><User><Id>…</Id></User></Users> add to a team → 201 with no body', async () => {
    const { base, apiKey, ids, stateful } = server();
    const team = encodeURIComponent(ids.teamId);
    const body = `<Users><User><Id>${ids.userId}</Id></User><User><Id>${ids.otherUserId}</Id></User></Users>`;
    const reply = await send('POST', `${base}/teams/${team}/users?source=wire-tests`, { apikey: apiKey, ...XML }, body);
    expect(reply.status, reply.text).toBe(201);
    expect(reply.text).toBe('');
    expect(reply.headers['content-length']).toBe('0');
    if (stateful) {
      const members = await send('GET', `${base}/teams/${team}/users?source=wire-tests&limit=1000`, { apikey: apiKey });
      const memberIds = xmlItems(members.text, 'Users', 'User').map((user) => String(user.Id));
      expect(memberIds).toEqual(expect.arrayContaining([ids.userId, ids.otherUserId]));
    }
  });

  it('litmos-mcp: <Courses><Course><Id> assigned to a person, text/xml with format=json → 200', async () => {
    const { base, apiKey, ids, stateful } = server();
    const user = encodeURIComponent(ids.userId);
    const reply = await send(
      'POST',
      `${base}/users/${user}/courses?source=litmos-mcp&format=json&sendmessage=false`,
      { apikey: apiKey, accept: 'application/json', ...XML },
      `<Courses><Course><Id>${ids.courseId}</Id></Course></Courses>`,
    );
    expect(reply.status, reply.text).toBe(200);
    if (stateful) {
      const courses = await send('GET', `${base}/users/${user}/courses?source=wire-tests&format=json&limit=1000`, { apikey: apiKey });
      expect((JSON.parse(courses.text) as { Id: string }[]).map((course) => course.Id)).toContain(ids.courseId);
    }
  });

  it('litmos-mcp: a <ModuleResult> with <Completed>1</Completed> and a zone-less UpdatedAt → 200', async () => {
    const { base, apiKey, ids } = server();
    const updatedAt = new Date().toISOString().slice(0, 19);
    const body =
      `<ModuleResult><CourseId>${ids.courseId}</CourseId><UserId>${ids.userId}</UserId><Score>80</Score>` +
      `<Completed>1</Completed><UpdatedAt>${updatedAt}</UpdatedAt><Note>Done offline</Note></ModuleResult>`;
    const reply = await send(
      'PUT',
      `${base}/results/modules/${encodeURIComponent(ids.moduleId)}?source=litmos-mcp&format=json`,
      { apikey: apiKey, accept: 'application/json', ...XML },
      body,
    );
    expect(reply.status, reply.text).toBe(200);
    expect(reply.text).toBe('');
  });
});

// Both targets follow the shared negotiation rule: an explicit JSON `Accept` without `format` gets JSON.
describe.each(targets)('Accept-only JSON writes on the $name', (target) => {
  const server = useTarget(target);

  it('kennon litmos-client (Ruby): JSON create without Id, Accept: application/json, no format → 201 JSON', async () => {
    const { base, apiKey, stateful } = server();
    const userName = uniqueName('ruby');
    const body = JSON.stringify({
      UserName: userName,
      FirstName: 'Ru',
      LastName: 'By',
      Email: userName,
      DisableMessages: true,
      IsCustomUsername: true,
      SkipFirstLogin: true,
    });
    const reply = await send(
      'POST',
      `${base}//users?apikey=${encodeURIComponent(apiKey)}&source=wire-tests`,
      { accept: 'application/json', 'content-type': 'application/json' },
      body,
    );
    expect(reply.status, reply.text).toBe(201);
    expect(mediaType(reply)).toBe('application/json');
    const user = JSON.parse(reply.text) as { Id: string; UserName: string };
    expect(user.Id).not.toBe('');
    if (stateful) expect(user.UserName).toBe(userName);
  });
});
