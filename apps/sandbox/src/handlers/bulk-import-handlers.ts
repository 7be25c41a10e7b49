/**
 * Bulk imports. Litmos queues an import and answers `Waiting`; the
 * sandbox applies it at once (so its people show up in lists and delta calls straight away) and
 * reports it `Completed` from then on. People are matched by `Username`: a known one is updated
 * (fields left out keep their values), an unknown one created; failed rows are listed by
 * `/bulkimports/{id}/usererrors`.
 */

import { BAD_BODY_MESSAGE } from '../api/messages.js';
import { Refusal } from '../api/refusal.js';
import { addUser } from '../state/add-user.js';
import { created, touch } from '../state/audit.js';
import type { BulkImportRecord } from '../state/commerce-records.js';
import { addTeamMember, assignCourse } from '../state/link-changes.js';
import { nextId } from '../state/litmos-id.js';
import type { OrgState } from '../state/org-state.js';
import type { CourseRecord, UserRecord } from '../state/records.js';
import { bodyItems } from './body-items.js';
import type { HandlerContext, HandlerTable } from './handler-types.js';

/** Bulk-import access levels (letters and numbers) as Litmos names them; the number mapping is the sandbox's reading of the SAP reference spec. */
const ACCESS: Record<string, string> = {
  L: 'Learner',
  TL: 'Team_Leader',
  TA: 'Administrator',
  '2': 'Account_Owner',
  '3': 'Administrator',
  '4': 'Team_Leader',
  '5': 'Learner',
};
/** Import columns and the profile fields they fill. */
const COLUMNS: Record<string, keyof UserRecord> = {
  Email: 'Email',
  FirstName: 'FirstName',
  LastName: 'LastName',
  Phone: 'PhoneWork',
  Mobile: 'PhoneMobile',
  Skype: 'Skype',
  Title: 'JobTitle',
  CompanyName: 'CompanyName',
  WebSite: 'Website',
  Twitter: 'Twitter',
  Address1: 'Street1',
  Address2: 'Street2',
  City: 'City',
  State: 'State',
  Zip: 'PostalCode',
  Country: 'Country',
  SalesforceId: 'SalesforceId',
  SalesforceContactId: 'SalesforceContactId',
  SalesforceAccountId: 'SalesforceAccountId',
  Brand: 'Brand',
  Culture: 'Culture',
  JobRole: 'JobRole',
  ExternalEmployeeId: 'ExternalEmployeeId',
  CustomField1: 'CustomField1',
  CustomField2: 'CustomField2',
  CustomField3: 'CustomField3',
  CustomField4: 'CustomField4',
  CustomField5: 'CustomField5',
  CustomField6: 'CustomField6',
  CustomField7: 'CustomField7',
  CustomField8: 'CustomField8',
  CustomField9: 'CustomField9',
  CustomField10: 'CustomField10',
};
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function importRow(b: BulkImportRecord) {
  return {
    Id: b.Id,
    ImportId: b.Id,
    ImportDate: b.ImportDate,
    Status: b.Status,
    TotalRecords: b.TotalRecords,
    TotalUsersCreated: b.Created,
    TotalCoursesCreated: b.Created,
    Failed: b.Failed,
    Duplicate: b.Duplicate,
    InvalidEmail: b.InvalidEmail,
    SendEmails: b.SendEmails,
    SkipFirstLogin: b.SkipFirstLogin,
    IsAPIImport: b.IsAPIImport,
  };
}

function findImport(state: OrgState, id: string): BulkImportRecord {
  const found = state.bulkImports.find((b) => b.Id === id);
  // Litmos answers 400, not 404, for an unknown import.
  if (!found) throw new Refusal(400, `Bulk import - ${id} was not found`);
  return found;
}

/** A new import of `total` rows, recorded as applied (the sandbox applies it at once). */
function newImport(state: OrgState, kind: BulkImportRecord['kind'], total: number, now: number, flags: { SendEmails: boolean; SkipFirstLogin: boolean }) {
  const record: BulkImportRecord = {
    Id: nextId(state),
    kind,
    ImportDate: now,
    Status: 'Completed',
    TotalRecords: total,
    Created: 0,
    Failed: 0,
    Duplicate: 0,
    InvalidEmail: 0,
    ...flags,
    IsAPIImport: true,
    errors: [],
  };
  return record;
}

/** Litmos queues imports; its answer says Waiting even though the sandbox has applied it. */
function queuedAnswer(state: OrgState, record: BulkImportRecord) {
  state.bulkImports.push(record);
  return { status: 200, record: { ...importRow(record), Status: 'Waiting' } };
}

function importUsers(ctx: HandlerContext) {
  const { state, now } = ctx;
  const rows = bodyItems(ctx.body);
  if (rows.length === 0) throw new Refusal(400, BAD_BODY_MESSAGE);
  const record = newImport(state, 'users', rows.length, now, {
    SendEmails: ctx.query('sendmessage')?.toLowerCase() === 'true',
    SkipFirstLogin: ctx.query('skipfirstlogin')?.toLowerCase() === 'true',
  });
  const seen = new Set<string>();
  for (const row of rows) {
    const username = String(row.Username ?? '').trim();
    const problem = rowProblem(row, username, seen);
    if (problem) {
      record.Failed++;
      if (problem === DUPLICATE) record.Duplicate++;
      if (problem === INVALID_EMAIL) record.InvalidEmail++;
      record.errors.push({ Username: username, ImportStatus: problem });
      continue;
    }
    const user = upsertImportedUser(state, row, username, record, now);
    for (const n of [1, 2, 3, 4, 5]) {
      const code = row[`Team${n}`];
      const team = typeof code === 'string' && code ? [...state.teams.values()].find((t) => t.TeamCodeForBulkImport === code && t.Active) : undefined;
      if (team) addTeamMember(state, team.Id, user.Id, now);
    }
    for (const n of [1, 2, 3]) {
      const code = row[`Course${n}`];
      const course = typeof code === 'string' && code ? [...state.courses.values()].find((c) => c.CourseCodeForBulkImport === code && !c.deleted) : undefined;
      if (course) assignCourse(state, user.Id, course.Id, 'direct', now);
    }
  }
  return queuedAnswer(state, record);
}

const DUPLICATE = 'Duplicate username in the import';
const INVALID_EMAIL = 'Invalid email address';

/** Why a row fails, or undefined when it can be imported; remembers the row's username. */
function rowProblem(row: Record<string, unknown>, username: string, seen: Set<string>): string | undefined {
  if (seen.has(username.toLowerCase())) return DUPLICATE;
  seen.add(username.toLowerCase());
  if (username.length <= 3 || !row.FirstName || !row.LastName) return 'Username, FirstName and LastName are required';
  const email = typeof row.Email === 'string' ? row.Email : undefined;
  if ((email && !EMAIL.test(email)) || (!EMAIL.test(username) && !email)) return INVALID_EMAIL;
  return undefined;
}

/** Updates the person with this username (fields left out keep their values) or creates one. */
function upsertImportedUser(state: OrgState, row: Record<string, unknown>, username: string, record: BulkImportRecord, now: number): UserRecord {
  const profile: Partial<UserRecord> = {};
  for (const [column, field] of Object.entries(COLUMNS))
    if (typeof row[column] === 'string' && row[column] !== '') (profile as Record<string, unknown>)[field] = row[column];
  if (typeof row.Active === 'boolean') profile.Active = row.Active;
  if (typeof row.AccessLevel === 'string' && ACCESS[row.AccessLevel]) profile.AccessLevel = ACCESS[row.AccessLevel]!;
  if (typeof row.Manager === 'string' && row.Manager) {
    const manager = state.users.get(row.Manager) ?? state.usersByName.get(row.Manager.toLowerCase());
    if (manager) profile.ManagerId = manager.Id;
  }
  const user = state.usersByName.get(username.toLowerCase());
  if (user) {
    Object.assign(user, profile);
    touch(user, state, now);
    return user;
  }
  record.Created++;
  return addUser(state, { UserName: username, IsCustomUsername: !EMAIL.test(username), SkipFirstLogin: record.SkipFirstLogin, ...profile }, now);
}

function importCourses(ctx: HandlerContext) {
  const { state, now } = ctx;
  const rows = bodyItems(ctx.body);
  if (rows.length === 0 || rows.length > 100) throw new Refusal(400, BAD_BODY_MESSAGE);
  const record = newImport(state, 'courses', rows.length, now, { SendEmails: false, SkipFirstLogin: false });
  for (const row of rows) {
    const title = String(row.CourseTitle ?? '').trim();
    if (!title) {
      record.Failed++;
      continue;
    }
    const course = importedCourse(state, row, title, now);
    state.courses.set(course.Id, course);
    record.Created++;
  }
  return queuedAnswer(state, record);
}

/** A course from an import row; the rest takes Litmos' defaults. */
function importedCourse(state: OrgState, row: Record<string, unknown>, title: string, now: number): CourseRecord {
  const originalId = ++state.counters.course;
  const code = String(row.CourseCode ?? `IMP${originalId}`);
  return {
    Id: nextId(state),
    OriginalId: originalId,
    Code: code,
    Name: title,
    Description: typeof row.Description === 'string' ? row.Description : null,
    Active: row.Active !== false,
    ForSale: false,
    Price: 0,
    EcommerceShortDescription: null,
    EcommerceLongDescription: null,
    CourseCodeForBulkImport: `${originalId}-${code}`,
    AccessTillDate: null,
    AccessTillDays: null,
    CompliantTillDays: null,
    TimeLimitDate: null,
    TimeLimitDays: typeof row.DueDateSpan === 'number' ? row.DueDateSpan : null,
    DisplayOrder: state.courses.size + 1,
    IncludeInLibrary: row.ContentLibrary === true,
    CourseImageURL: null,
    deleted: false,
    ...created(state, now),
  };
}

/** Handlers for bulk imports, by operation shape. */
export const bulkImportHandlers: HandlerTable = {
  'GET /bulkimports': (ctx) => ({ status: 200, rows: ctx.state.bulkImports.filter((b) => b.kind === 'users').map(importRow) }),
  'POST /bulkimports': importUsers,
  'GET /bulkimports/{}': (ctx) => ({ status: 200, record: importRow(findImport(ctx.state, ctx.pathValues[0]!)) }),
  'GET /bulkimports/{}/usererrors': (ctx) => ({ status: 200, rows: findImport(ctx.state, ctx.pathValues[0]!).errors }),
  'POST /bulkimports/courses': importCourses,
};
