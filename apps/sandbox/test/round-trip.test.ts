// Awkward text survives every write operation that stores text, sent as XML and as JSON, and
// reads back unchanged: newlines (LF and CRLF), tabs, `&`, `<`, quotes, emoji, and mojibake that
// is kept exactly as stored. XML bodies carry the text escaped the way our SDK writes it
// (`&#10;` for a newline); the XML answers escape it as WCF does (`&#xD;` for a carriage return).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../src/index.js';
import type { Schema } from '../src/spec-model/schema-tools.js';
import * as schemaTools from '../src/spec-model/schema-tools.js';
import { call, callJson, HOUR, startSmall } from './helpers.js';
import { xmlRequestBody } from './xml-request-body.js';

/** Every kind of awkward character in one string (no leading or trailing blanks: some names are trimmed). */
const AWKWARD = 'Line one\nline two\r\nTab\there & <b>bold</b> "double" \'single\' > 😀 CafÃ© â€œmojibakeâ€ ’ end';

type Format = 'xml' | 'json';

/** How the XML answer writes text (what WCF escapes). */
const wcfEscaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#xD;');

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSmall({ users: 200, seed: 31 });
});
afterAll(() => sandbox.close());

/** Sends a write in the given format, with the body shaped by the operation's request schema. */
async function write(shape: string, path: string, value: unknown, format: Format, query: Record<string, string> = {}) {
  const op = sandbox.spec.operations.find((o) => o.shape === shape);
  if (!op) throw new Error(`no operation ${shape} in the spec`);
  const [method] = shape.split(' ');
  const schema = op.requestBody?.content?.[format === 'xml' ? 'application/xml' : 'application/json']?.schema as Schema;
  const body = format === 'xml' ? xmlRequestBody(schema, value, sandbox.spec.resolve) : JSON.stringify(value);
  const reply = await call(sandbox, path, {
    method: method!,
    body,
    query,
    format,
    headers: { 'content-type': format === 'xml' ? 'text/xml' : 'application/json' },
  });
  expect(reply.status, `${shape} (${format}): ${reply.text.slice(0, 300)}`).toBeLessThan(300);
  return reply;
}

/** Reads `path` in JSON and in XML and checks the fields of the item `pick` finds. */
async function readBack(path: string, pick: (item: Record<string, unknown>) => boolean, expected: Record<string, string>) {
  const { data } = await callJson<unknown>(sandbox, path, { query: { limit: 1000 } });
  const list = (Array.isArray(data) ? data : [data]) as Array<Record<string, unknown>>;
  const item = list.find(pick);
  expect(item, `${path}: the written item`).toBeDefined();
  for (const [field, text] of Object.entries(expected)) expect(item![field], `${path} ${field} (JSON)`).toBe(text);
  const xml = await call(sandbox, path, { query: { limit: 1000 } });
  for (const [field, text] of Object.entries(expected)) expect(xml.text, `${path} ${field} (XML)`).toContain(`<${field}>${wcfEscaped(text)}</${field}>`);
}

/** The first of `items` that passes `test`. @throws when none does. */
function some<T>(items: Iterable<T>, test: (item: T) => boolean): T {
  for (const item of items) if (test(item)) return item;
  throw new Error('no fitting record in the state');
}

/** The Id in a create answer. */
const idOf = (reply: { text: string }, format: Format, field = 'Id'): string =>
  format === 'json' ? String((JSON.parse(reply.text) as Record<string, unknown>)[field]) : new RegExp(`<${field}>([^<]+)</${field}>`).exec(reply.text)![1]!;

describe.each<Format>(['xml', 'json'])('awkward text through every text-storing write (%s bodies)', (format) => {
  const t = (tag: string) => `${AWKWARD} ${format} ${tag}`;

  test('people: create, update, custom fields, bulk import', async () => {
    const login = `round.trip.${format}@northwind.example`;
    const person = (tag: string) => ({
      Id: '',
      UserName: login,
      FirstName: t(`first ${tag}`),
      LastName: t(`last ${tag}`),
      Email: login,
      AccessLevel: 'Learner',
      City: t(`city ${tag}`),
      JobTitle: t(`job ${tag}`),
      CustomField1: t(`custom ${tag}`),
    });
    const fields = (tag: string) => ({
      FirstName: t(`first ${tag}`),
      LastName: t(`last ${tag}`),
      City: t(`city ${tag}`),
      JobTitle: t(`job ${tag}`),
      CustomField1: t(`custom ${tag}`),
    });
    const id = idOf(await write('POST /users', '/users', person('create'), format), format);
    await readBack(`/users/${id}`, () => true, fields('create'));
    await write('PUT /users/{}', `/users/${id}`, { ...person('update'), Id: id }, format);
    await readBack(`/users/${id}`, () => true, fields('update'));
    await write('POST /users/{}/usercustomfields', `/users/${id}/usercustomfields`, [{ fieldname: 'Department', Value: t('department') }], format);
    await readBack(`/users/${id}/usercustomfields`, (f) => f.fieldname === 'Department', { Value: t('department') });

    const imported = `bulk.trip.${format}@northwind.example`;
    const row = { Username: imported, Email: imported, FirstName: t('bulk first'), LastName: t('bulk last'), Title: t('bulk title'), City: t('bulk city') };
    await write('POST /bulkimports', '/bulkimports', [row], format);
    const importedId = sandbox.state.usersByName.get(imported)!.Id;
    await readBack(`/users/${importedId}`, () => true, {
      FirstName: t('bulk first'),
      LastName: t('bulk last'),
      JobTitle: t('bulk title'),
      City: t('bulk city'),
    });
  });

  test('teams: create, update, sub-team', async () => {
    const id = idOf(await write('POST /teams', '/teams', { Id: '', Name: t('team'), Description: t('team description') }, format), format);
    await readBack(`/teams/${id}`, () => true, { Name: t('team'), Description: t('team description') });
    await write('PUT /teams/{}', `/teams/${id}`, { Id: id, Name: t('team renamed'), Description: t('team described again') }, format);
    await readBack(`/teams/${id}`, () => true, { Name: t('team renamed'), Description: t('team described again') });
    await write('POST /teams/{}/teams', `/teams/${id}/teams`, { Id: '', Name: t('sub-team'), Description: t('sub-team description') }, format);
    const sub = some(sandbox.state.teams.values(), (team) => team.ParentTeamId === id);
    await readBack(`/teams/${id}/teams`, (team) => team.Id === sub.Id, { Name: t('sub-team') });
    await readBack(`/teams/${sub.Id}`, () => true, { Description: t('sub-team description') });
  });

  test('content: package modules, module results, course import', async () => {
    const s = sandbox.state;
    const created = await write(
      'POST /modules',
      '/modules',
      { Name: t('module'), Description: t('module description'), ModuleType: 9, Active: true, Code: t('module code') },
      format,
    );
    const id = idOf(created, format);
    await readBack(`/modules/${id}`, () => true, { Name: t('module'), Description: t('module description'), ModuleRefCode: t('module code') });
    await write(
      'PUT /modules/{}',
      `/modules/${id}`,
      { Name: t('module renamed'), Description: t('module described again'), Code: t('module recoded') },
      format,
    );
    await readBack(`/modules/${id}`, () => true, { Name: t('module renamed'), Description: t('module described again'), ModuleRefCode: t('module recoded') });

    // A module result's note has no read call; the stored value is what a later read would carry.
    const row = some(s.userCourses, (r) => r.Active && s.courseModules.some((l) => l.CourseId === r.CourseId && l.Active));
    const moduleId = s.courseModules.find((l) => l.CourseId === row.CourseId && l.Active)!.ModuleId;
    await write(
      'PUT /results/modules/{}',
      `/results/modules/${moduleId}`,
      { CourseId: row.CourseId, UserId: row.UserId, Score: 70, Completed: false, Note: t('note') },
      format,
    );
    expect(s.moduleResults.find((r) => r.UserId === row.UserId && r.ModuleId === moduleId && r.Active)!.Note).toBe(t('note'));

    const code = `RT-${format}`;
    await write(
      'POST /bulkimports/courses',
      '/bulkimports/courses',
      [{ CourseTitle: t('course'), Description: t('course description'), CourseCode: code, Active: true }],
      format,
    );
    await readBack('/courses', (c) => c.Code === code, { Name: t('course'), Description: t('course description') });
  });

  test('instructor-led training: events and sessions', async () => {
    const s = sandbox.state;
    const course = some(s.courses.values(), (c) => c.Active && !c.deleted);
    await write(
      'POST /courses/{}/events',
      `/courses/${course.Id}/events`,
      { Id: '', Code: t('event code'), Name: t('event'), Description: t('event description') },
      format,
    );
    const event = some(s.iltModules.values(), (m) => m.Name === t('event'));
    await readBack(`/courses/${course.Id}/modules/ilt`, (m) => m.Id === event.Id, { Code: t('event code'), Description: t('event description') });
    await write(
      'POST /courses/{}/events/{}',
      `/courses/${course.Id}/events/${event.Id}`,
      { Id: event.Id, Code: t('event recoded'), Name: t('event renamed'), Description: t('event described again') },
      format,
    );
    await readBack(`/courses/${course.Id}/modules/ilt`, (m) => m.Id === event.Id, {
      Name: t('event renamed'),
      Code: t('event recoded'),
      Description: t('event described again'),
    });

    const instructor = some(s.users.values(), (u) => u.AccessLevel === 'Administrator' || u.AccessLevel === 'Account_Owner');
    const start = Date.parse('2026-12-10T09:00:00Z');
    const day = (ms: number) => (format === 'json' ? `/Date(${ms})/` : new Date(ms).toISOString().slice(0, 19));
    const session = (tag: string) => ({
      Id: '',
      Name: t(`session ${tag}`),
      InstructorUserId: instructor.Id,
      SessionType: 1,
      Days: [{ Id: '', StartDate: day(start), EndDate: day(start + 3 * HOUR), StartTime: '9:00AM', EndTime: '12:00PM' }],
      TimeZone: 'UTC',
      Location: t(`location ${tag}`),
    });
    const sessions = `/courses/${course.Id}/modules/${event.Id}/sessions`;
    await write('POST /courses/{}/modules/{}/sessions', sessions, session('one'), format);
    await readBack(sessions, (x) => x.Name === t('session one'), { Location: t('location one') });
    const sessionId = some(s.sessions.values(), (x) => x.Name === t('session one')).Id;
    await write('PUT /courses/{}/modules/{}/sessions/{}', `${sessions}/${sessionId}`, { ...session('two'), Id: sessionId }, format);
    await readBack(`${sessions}/${sessionId}`, () => true, { Name: t('session two'), Location: t('location two') });
  });

  test('shop: collections, listings, tokens', async () => {
    const s = sandbox.state;
    const collectionId = idOf(
      await write('POST /collections', '/collections', { Name: t('collection'), Description: t('collection description') }, format),
      format,
    );
    await readBack('/collections', (c) => c.Id === collectionId, { Name: t('collection') });
    expect(s.collections.get(collectionId)!.Description).toBe(t('collection description'));
    await write(
      'POST /collectionlistings',
      '/collectionlistings',
      { Id: '', Name: t('listing'), Active: true, DurationType: 'Unlimited', CollectionId: collectionId },
      format,
    );
    await readBack(`/collectionlistings/${collectionId}`, (l) => l.CollectionId === collectionId, { Name: t('listing') });

    const course = some(s.courses.values(), (c) => !c.deleted);
    const token = (code: string) => ({
      TokenCode: code,
      TokenType: 1,
      TokenTypeId: course.Id,
      Active: true,
      MaximumActivations: 5,
      TokenExpiration: '2027-01-01T00:00:00',
    });
    await write('POST /tokens', '/tokens', [token(t('token'))], format);
    const tokenId = some(s.tokens.values(), (x) => x.TokenCode === t('token')).TokenId;
    await readBack('/tokens', (x) => x.TokenId === tokenId, { TokenCode: t('token') });
    await write('PUT /tokens', '/tokens', [{ TokenId: tokenId, ...token(t('token renamed')) }], format);
    await readBack('/tokens', (x) => x.TokenId === tokenId, { TokenCode: t('token renamed') });
  });
});

test('the Learning Record Store keeps statements exactly as sent (JSON only)', async () => {
  const lrs = `${sandbox.url}/statements`;
  const headers = { authorization: `Basic ${Buffer.from('lrs:secret').toString('base64')}`, 'content-type': 'application/json' };
  const statement = {
    actor: { name: AWKWARD, mbox: 'mailto:a@example.com' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
    result: { response: AWKWARD },
  };
  const stored = await fetch(lrs, { method: 'POST', headers, body: JSON.stringify(statement) });
  expect(stored.status).toBe(200);
  const [id] = (await stored.json()) as string[];
  const back = (await (await fetch(`${lrs}?statementId=${id}`, { headers })).json()) as typeof statement;
  expect(back.actor.name).toBe(AWKWARD);
  expect(back.result.response).toBe(AWKWARD);
});

test('every write operation that stores free text is covered above', () => {
  // Writes whose bodies carry only Ids, numbers, flags or dates need no round trip.
  const covered = new Set([
    'POST /users',
    'PUT /users/{}',
    'POST /users/{}/usercustomfields',
    'POST /bulkimports',
    'POST /teams',
    'PUT /teams/{}',
    'POST /teams/{}/teams',
    'POST /modules',
    'PUT /modules/{}',
    'PUT /results/modules/{}',
    'POST /bulkimports/courses',
    'POST /courses/{}/events',
    'POST /courses/{}/events/{}',
    'POST /courses/{}/modules/{}/sessions',
    'PUT /courses/{}/modules/{}/sessions/{}',
    'POST /collections',
    'POST /collectionlistings',
    'POST /tokens',
    'PUT /tokens',
    'POST /statements',
    'PUT /statements',
  ]);
  const idOnly = /^(Id|SeqId|CourseTeamLibrary|Score|Completed)$/;
  const textWrites = sandbox.spec.operations.filter((op) => {
    const schema = (op.requestBody?.content?.['application/json']?.schema ?? op.requestBody?.content?.['application/xml']?.schema) as Schema | undefined;
    if (!schema) return false;
    return freeTextProperties(schema).some((name) => !idOnly.test(name));
  });
  expect(textWrites.length).toBeGreaterThanOrEqual(covered.size - 2);
  expect(textWrites.map((op) => op.shape).filter((shape) => !covered.has(shape))).toEqual([]);
});

/** Names of the string properties of a request schema, nested ones included. */
function freeTextProperties(schema: Schema, depth = 0): string[] {
  const { deref, propertiesOf, typeOf, withoutNull } = schemaTools;
  if (depth > 4) return [];
  const view = withoutNull(schema, sandbox.spec.resolve);
  const type = typeOf(view.schema);
  if (type === 'array') return freeTextProperties((view.schema.items ?? {}) as Schema, depth + 1);
  if (type !== 'object') return [];
  return propertiesOf(deref(view.schema, sandbox.spec.resolve)).flatMap(([name, prop]) => {
    const inner = withoutNull(prop, sandbox.spec.resolve).schema;
    const kind = typeOf(inner);
    if (kind === 'string' && inner.title !== 'LitmosDateTime' && !Array.isArray(inner.enum)) return [name];
    return kind === 'object' || kind === 'array' ? freeTextProperties(prop, depth + 1) : [];
  });
}
