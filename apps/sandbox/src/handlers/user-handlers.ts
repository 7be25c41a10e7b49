/**
 * People: list, paginated list, details, get by Id or username, create, update, delete, custom
 * fields, and a person's courses, learning paths and teams (litmos-api.md §2.1–2.2).
 */

import type { HandlerContext, HandlerTable } from '../handler-types.js';
import { parseLooseQueryDate } from '../litmos-dates.js';
import { LitmosError } from '../litmos-error.js';
import {
  addTeamMember,
  assignCourse,
  assignLearningPath,
  created,
  deactivate,
  deleteUserEverywhere,
  findLearningPath,
  findUser,
  nextId,
  touch,
} from '../org-mutations.js';
import type { OrgState, UserRecord } from '../org-state.js';
import { pageRows } from '../page-rows.js';
import { BAD_BODY_MESSAGE } from '../read-body.js';
import { teamRow, userCourseRow, userLearningPathRow, userRow } from '../row-views.js';
import { bodyIds, bodyItems } from './body-ids.js';

/** Fields `search` matches on people (documented: first and last name, username, e-mail). */
export const PERSON_SEARCH_FIELDS = ['FirstName', 'LastName', 'UserName', 'Email'];
const ACCESS_LEVELS = ['Learner', 'Team_Leader', 'Administrator', 'Account_Owner'];
/** Cultures the sandbox organisation knows; others get 409 "Culture is invalid". */
export const KNOWN_CULTURES = ['en-GB', 'en-US', 'en-AU', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'ja-JP'];
/** Job roles defined in the sandbox organisation; others get 409 "Job Role is invalid". */
export const KNOWN_JOB_ROLES = ['Technician', 'Engineer', 'Analyst', 'Coordinator', 'Manager', 'Specialist', 'Associate'];
const MOBILE_MESSAGE =
  'Mobile Number required to enable text message notifications OR Invalid Phone Number. The mobile phone should be in this format +15554443333';
/** Profile fields a write replaces (UserWrite less `Id`, `Password`). */
const WRITABLE_TEXT = [
  'Email',
  'Skype',
  'PhoneWork',
  'PhoneMobile',
  'Street1',
  'Street2',
  'City',
  'State',
  'PostalCode',
  'Country',
  'CompanyName',
  'JobTitle',
  'CustomField1',
  'CustomField2',
  'CustomField3',
  'CustomField4',
  'CustomField5',
  'CustomField6',
  'CustomField7',
  'CustomField8',
  'CustomField9',
  'CustomField10',
  'Brand',
  'ManagerId',
  'Website',
  'Twitter',
  'JobRole',
  'ExternalEmployeeId',
] as const;
const WRITABLE_FLAGS = ['DisableMessages', 'Active', 'IsCustomUsername', 'SkipFirstLogin', 'EnableTextNotification'] as const;

const people = (state: OrgState) => [...state.users.values()];

function activeOnly(ctx: HandlerContext): boolean {
  return ctx.query('showInactive')?.toLowerCase() === 'false';
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return String(value);
}

/**
 * Checks a user body the way Litmos does and returns the normalised profile fields.
 * @throws LitmosError 409/400/404 with Litmos' messages (litmos-api.md §1.10).
 */
function validatedProfile(state: OrgState, body: Record<string, unknown>, self: UserRecord | undefined): Partial<UserRecord> {
  const userName = asText(body.UserName)?.trim() ?? self?.UserName ?? '';
  const firstName = asText(body.FirstName) ?? self?.FirstName ?? '';
  const lastName = asText(body.LastName) ?? self?.LastName ?? '';
  if (!userName || !firstName || !lastName) throw new LitmosError(400, BAD_BODY_MESSAGE);
  const custom = body.IsCustomUsername === undefined ? (self?.IsCustomUsername ?? false) : body.IsCustomUsername === true;
  if (userName.length <= 3) throw new LitmosError(409, 'Username must be greater than 3 characters');
  if (!/^[A-Za-z0-9@._+'-]+$/.test(userName)) throw new LitmosError(409, "Invalid special character's in the username");
  const owner = state.usersByName.get(userName.toLowerCase());
  if (owner && owner !== self) throw new LitmosError(409, 'UserName already exists');
  const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
  if (!custom && !emailPattern.test(userName)) throw new LitmosError(409, 'Invalid email address');
  const email = asText(body.Email);
  if (email && !emailPattern.test(email)) throw new LitmosError(409, 'Invalid email address');
  const culture = asText(body.Culture);
  if (culture && !KNOWN_CULTURES.includes(culture)) throw new LitmosError(409, 'Culture is invalid');
  const jobRole = asText(body.JobRole);
  if (jobRole && !KNOWN_JOB_ROLES.includes(jobRole)) throw new LitmosError(409, 'Job Role is invalid');
  const level = asText(body.AccessLevel);
  // Writes accept any casing (`learner`); Litmos stores the canonical name.
  const canonicalLevel = level ? ACCESS_LEVELS.find((l) => l.toLowerCase() === level.toLowerCase()) : undefined;
  if (level && !canonicalLevel) throw new LitmosError(400, BAD_BODY_MESSAGE);
  const mobile = asText(body.PhoneMobile);
  if (body.EnableTextNotification === true && !/^\+\d{8,15}$/.test(mobile ?? '')) throw new LitmosError(400, MOBILE_MESSAGE);
  const managerId = asText(body.ManagerId);
  if (managerId && !state.users.has(managerId)) throw new LitmosError(404, `Manager - ${managerId} was not found`);

  const profile: Record<string, unknown> = { UserName: userName, FirstName: firstName, LastName: lastName };
  // An update replaces the profile: text fields left out are cleared, as Litmos warns.
  for (const field of WRITABLE_TEXT) profile[field] = asText(body[field]) === '' && field === 'ManagerId' ? null : asText(body[field]);
  for (const field of WRITABLE_FLAGS) profile[field] = body[field] === undefined ? (self?.[field] ?? field === 'Active') : body[field] === true;
  profile.AccessLevel = canonicalLevel ?? self?.AccessLevel ?? 'Learner';
  profile.TimeZone = asText(body.TimeZone) || self?.TimeZone || 'UTC';
  profile.Culture = culture || self?.Culture || 'en-US';
  profile.Brand = asText(body.Brand) ?? self?.Brand ?? 'Default';
  profile.ExpirationDate = typeof body.ExpirationDate === 'number' ? body.ExpirationDate : null;
  return profile as Partial<UserRecord>;
}

function createUser(ctx: HandlerContext) {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const { state, now } = ctx;
  const profile = validatedProfile(state, body, undefined);
  const user = addUser(state, profile, now);
  if (ctx.query('skipfirstlogin')?.toLowerCase() === 'true') user.SkipFirstLogin = true;
  return { status: 201, record: userRow(state, user) };
}

/** Adds a person with the given (already validated) profile fields; the rest take Litmos' defaults. */
export function addUser(state: OrgState, profile: Partial<UserRecord>, now: number): UserRecord {
  const user: UserRecord = {
    Id: nextId(state),
    OriginalId: ++state.counters.user,
    UserName: '',
    FirstName: '',
    LastName: '',
    Email: null,
    AccessLevel: 'Learner',
    DisableMessages: false,
    Active: true,
    Skype: null,
    PhoneWork: null,
    PhoneMobile: null,
    LastLogin: '',
    LoginKey: '',
    IsCustomUsername: false,
    Password: null,
    SkipFirstLogin: false,
    TimeZone: 'UTC',
    SalesforceId: null,
    Street1: null,
    Street2: null,
    City: null,
    State: null,
    PostalCode: null,
    Country: null,
    CompanyName: null,
    JobTitle: null,
    CustomField1: null,
    CustomField2: null,
    CustomField3: null,
    Culture: 'en-US',
    CustomField4: null,
    CustomField5: null,
    CustomField6: null,
    CustomField7: null,
    CustomField8: null,
    CustomField9: null,
    CustomField10: null,
    SalesforceContactId: null,
    SalesforceAccountId: null,
    Points: 0,
    Brand: 'Default',
    ManagerId: null,
    EnableTextNotification: false,
    Website: null,
    Twitter: null,
    ExpirationDate: null,
    JobRole: null,
    ExternalEmployeeId: null,
    ProfileType: 'Internal',
    customFields: Object.fromEntries(state.userCustomFieldNames.map((n) => [n, null])),
    ...created(state, now),
    ...profile,
  };
  user.LoginKey = `https://sandbox.litmos.example/login.aspx?loginkey=00000000-0000-4000-8000-${String(user.OriginalId).padStart(12, '0')}`;
  state.users.set(user.Id, user);
  state.usersByName.set(user.UserName.toLowerCase(), user);
  return user;
}

function updateUser(ctx: HandlerContext) {
  const { state, now } = ctx;
  const pathId = ctx.pathValues[0]!;
  // Writes need the real Id; a username in the path is "not found" here.
  const user = findUser(state, pathId, false);
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  if (asText(body.Id) !== pathId) throw new LitmosError(404, 'Please check the userid in the xml/json and the userid in the URL. They must match');
  const profile = validatedProfile(state, body, user);
  state.usersByName.delete(user.UserName.toLowerCase());
  Object.assign(user, profile);
  state.usersByName.set(user.UserName.toLowerCase(), user);
  touch(user, state, now);
  return { status: 200 };
}

function userCoursesOf(state: OrgState, userId: string) {
  return state.userCourses.filter((r) => r.UserId === userId && r.Active);
}

/** Handlers for people, by operation shape. */
export const userHandlers: HandlerTable = {
  'GET /users': (ctx) => ({
    status: 200,
    rows: people(ctx.state).filter((u) => !activeOnly(ctx) || u.Active),
    view: (u: UserRecord) => userRow(ctx.state, u),
    searchFields: PERSON_SEARCH_FIELDS,
  }),
  'GET /users/paginated': (ctx) => {
    const rows = people(ctx.state).filter((u) => !activeOnly(ctx) || u.Active);
    const { page, total } = pageRows(rows, ctx.list, PERSON_SEARCH_FIELDS);
    return {
      status: 200,
      record: {
        Pagination: { BatchParam: 'Limit', BatchSize: ctx.list.limit, Start: ctx.list.start, TotalCount: total },
        Items: page.map((u) => userRow(ctx.state, u)),
      },
    };
  },
  'GET /users/details': (ctx) => {
    const since = ctx.query('since');
    let from = Number.NEGATIVE_INFINITY;
    if (since !== null) {
      const parsed = parseLooseQueryDate(since);
      if (parsed === undefined) throw new LitmosError(406, 'Please provide a valid since query string parameter (yyyy-MM-dd or yyyy-MM-dd HH:mm)');
      from = parsed;
    }
    return {
      status: 200,
      rows: people(ctx.state).filter((u) => u.CreatedDate >= from),
      view: (u: UserRecord) => userRow(ctx.state, u),
      searchFields: PERSON_SEARCH_FIELDS,
    };
  },
  'GET /users/{}': (ctx) => ({ status: 200, record: userRow(ctx.state, findUser(ctx.state, ctx.pathValues[0]!, true)) }),
  'POST /users': createUser,
  'PUT /users/{}': updateUser,
  'DELETE /users/{}': (ctx) => {
    deleteUserEverywhere(ctx.state, findUser(ctx.state, ctx.pathValues[0]!, false));
    return { status: 200 };
  },
  'GET /users/{}/usercustomfields': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, true);
    return {
      status: 200,
      paged: true,
      rows: ctx.state.userCustomFieldNames.map((name) => ({ fieldname: name, Value: user.customFields[name] ?? null })),
    };
  },
  'POST /users/{}/usercustomfields': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, false);
    const items = bodyItems(ctx.body);
    for (const item of items) {
      const name = asText(item.fieldname) ?? '';
      if (!ctx.state.userCustomFieldNames.includes(name)) throw new LitmosError(404, `Custom field - ${name} was not found`);
    }
    for (const item of items) user.customFields[String(item.fieldname)] = asText(item.Value);
    touch(user, ctx.state, ctx.now);
    return { status: 200 };
  },
  'GET /users/{}/courses': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, true);
    return { status: 200, rows: userCoursesOf(ctx.state, user.Id).map((r) => userCourseRow(ctx.state, r)), searchFields: ['Name', 'Code'] };
  },
  'GET /users/{}/courses/{}': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, true);
    const courseId = ctx.pathValues[1]!;
    const row = userCoursesOf(ctx.state, user.Id).find((r) => r.CourseId === courseId);
    if (!row) throw new LitmosError(404, `Course - ${courseId} is not assigned to the user`);
    const modules = ctx.state.courseModules
      .filter((l) => l.CourseId === courseId && l.Active)
      .map((l) => {
        const mod = ctx.state.modules.get(l.ModuleId)!;
        const result = ctx.state.moduleResults.find((r) => r.UserId === user.Id && r.ModuleId === mod.Id && r.Active);
        return {
          Id: mod.Id,
          Code: mod.Code,
          Name: mod.Name,
          Passmark: mod.Passmark,
          Score: result ? result.Score : null,
          Completed: result?.Completed ?? false,
          LastUpdated: result ? result.UpdatedDate : null,
          Attempt: result ? result.AttemptNumber : null,
          OriginalId: mod.OriginalId,
          ResultId: result ? String(result.ModuleResultId) : null,
        };
      });
    return { status: 200, record: { ...userCourseRow(ctx.state, row), Modules: modules } };
  },
  'POST /users/{}/courses': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, false);
    // Invalid and duplicate Ids are ignored, as Litmos documents.
    for (const id of bodyIds(ctx.body)) {
      const course = ctx.state.courses.get(id);
      if (course && !course.deleted) assignCourse(ctx.state, user.Id, id, 'direct', ctx.now);
    }
    return { status: 200 };
  },
  'PUT /users/{}/courses/{}/reset': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, false);
    const courseId = ctx.pathValues[1]!;
    const row = userCoursesOf(ctx.state, user.Id).find((r) => r.CourseId === courseId);
    if (!row) throw new LitmosError(404, `Course - ${courseId} is not assigned to the user`);
    Object.assign(row, { Completed: false, PercentageComplete: 0, CompletedDate: null, StartedDate: null, CompliantTillDate: null });
    touch(row, ctx.state, ctx.now);
    for (const r of ctx.state.moduleResults) {
      if (r.UserId === user.Id && r.CourseId === courseId && r.Active) {
        Object.assign(r, { Completed: false, Score: 0, FinishedDate: null });
        touch(r, ctx.state, ctx.now);
      }
    }
    return { status: 200 };
  },
  'DELETE /users/{}/courses/{}': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, false);
    const courseId = ctx.pathValues[1]!;
    const row = userCoursesOf(ctx.state, user.Id).find((r) => r.CourseId === courseId);
    if (!row) throw new LitmosError(404, `Course - ${courseId} is not assigned to the user`);
    if (row.via === 'learningpath') {
      throw new LitmosError(406, `The course - ${courseId} can't be removed from ${user.UserName} because it is part of a learning path`);
    }
    deactivate(row, ctx.state, ctx.now);
    return { status: 200 };
  },
  'POST /users/courses': (ctx) => {
    const ids = bodyIds(ctx.body);
    if (ids.length > 25) throw new LitmosError(406, 'Please provide maximum 25 users in the xml/json body');
    const rows = ids
      .map((id) => ctx.state.users.get(id))
      .filter((u): u is UserRecord => u !== undefined)
      .map((u) => ({ Id: u.Id, Courses: userCoursesOf(ctx.state, u.Id).map((r) => userCourseRow(ctx.state, r)) }));
    return { status: 200, rows, paged: true };
  },
  'GET /users/{}/learningpaths': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, true);
    const rows = ctx.state.userLearningPaths.filter((r) => r.UserId === user.Id && r.Active).map((r) => userLearningPathRow(ctx.state, r));
    return { status: 200, rows, searchFields: ['Name'] };
  },
  'POST /users/{}/learningpaths': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, false);
    const ids = bodyIds(ctx.body);
    if (ids.length === 0 || ids.some((id) => id === '')) throw new LitmosError(400, "The LearningPath Id can't be null");
    for (const id of ids) findLearningPath(ctx.state, id);
    for (const id of ids) assignLearningPath(ctx.state, user.Id, id, 'direct', ctx.now);
    return { status: 200 };
  },
  'DELETE /users/{}/learningpaths/{}': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, false);
    const pathId = ctx.pathValues[1]!;
    const row = ctx.state.userLearningPaths.find((r) => r.UserId === user.Id && r.LearningPathId === pathId && r.Active);
    if (!row) throw new LitmosError(404, `Learning Path - ${pathId} is not assigned to the user`);
    if (row.via === 'team') throw new LitmosError(406, "The Learning Path can't be removed because it was assigned via a Team");
    deactivate(row, ctx.state, ctx.now);
    row.changed = ctx.now;
    return { status: 200 };
  },
  'GET /users/{}/teams': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, true);
    const rows = ctx.state.teamUsers
      .filter((l) => l.UserId === user.Id && l.Active)
      .map((l) => ctx.state.teams.get(l.TeamId))
      .filter((t) => t?.Active)
      .map((t) => teamRow(t!));
    return { status: 200, rows, searchFields: ['Name'] };
  },
  'POST /users/{}/teams': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, false);
    const ids = bodyIds(ctx.body);
    if (ids.length > 25 || ids.some((id) => !ctx.state.teams.get(id)?.Active)) {
      throw new LitmosError(404, 'Invalid Team Id found in the list or Maximum TeamIds is 25');
    }
    if (ids.some((id) => ctx.state.teamUsers.some((l) => l.TeamId === id && l.UserId === user.Id && l.Active))) {
      throw new LitmosError(409, 'The user already belongs to one or more of the teams');
    }
    for (const id of ids) addTeamMember(ctx.state, id, user.Id, ctx.now);
    return { status: 200 };
  },
  'DELETE /users/{}/teams': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, false);
    for (const link of ctx.state.teamUsers) if (link.UserId === user.Id && link.Active) deactivate(link, ctx.state, ctx.now);
    return { status: 200 };
  },
};
