/**
 * Bulk imports (litmos-api.md §2.11, §3.10). Litmos queues an import and answers `Waiting`; the
 * sandbox applies it at once (so its people show up in lists and delta calls straight away) and
 * reports it `Completed` from then on. People are matched by `Username`: a known one is updated
 * (fields left out keep their values), an unknown one created; failed rows are listed by
 * `/bulkimports/{id}/usererrors`.
 */

import type { HandlerContext, HandlerTable } from '../handler-types.js';
import { LitmosError } from '../litmos-error.js';
import { addTeamMember, assignCourse, created, nextId, touch } from '../org-mutations.js';
import type { BulkImportRecord, CourseRecord, OrgState, UserRecord } from '../org-state.js';
import { bodyItems } from './body-ids.js';
import { addUser } from './user-handlers.js';

/** Bulk-import access levels (letters and numbers) as Litmos names them; the number mapping is the sandbox's reading of B. */
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
  if (!found) throw new LitmosError(400, `Bulk import - ${id} was not found`);
  return found;
}

function importUsers(ctx: HandlerContext) {
  const { state, now } = ctx;
  const rows = bodyItems(ctx.body);
  if (rows.length === 0) throw new LitmosError(400, 'Please check the xml/json in the body of the request');
  const record: BulkImportRecord = {
    Id: nextId(state),
    kind: 'users',
    ImportDate: now,
    Status: 'Completed',
    TotalRecords: rows.length,
    Created: 0,
    Failed: 0,
    Duplicate: 0,
    InvalidEmail: 0,
    SendEmails: ctx.query('sendmessage')?.toLowerCase() === 'true',
    SkipFirstLogin: ctx.query('skipfirstlogin')?.toLowerCase() === 'true',
    IsAPIImport: true,
    errors: [],
  };
  const seen = new Set<string>();
  for (const row of rows) {
    const username = String(row.Username ?? '').trim();
    const fail = (reason: string) => {
      record.Failed++;
      record.errors.push({ Username: username, ImportStatus: reason });
    };
    if (seen.has(username.toLowerCase())) {
      record.Duplicate++;
      fail('Duplicate username in the import');
      continue;
    }
    seen.add(username.toLowerCase());
    if (username.length <= 3 || !row.FirstName || !row.LastName) {
      fail('Username, FirstName and LastName are required');
      continue;
    }
    const email = typeof row.Email === 'string' ? row.Email : undefined;
    if ((email && !EMAIL.test(email)) || (!EMAIL.test(username) && !email)) {
      record.InvalidEmail++;
      fail('Invalid email address');
      continue;
    }
    const profile: Partial<UserRecord> = {};
    for (const [column, field] of Object.entries(COLUMNS))
      if (typeof row[column] === 'string' && row[column] !== '') (profile as Record<string, unknown>)[field] = row[column];
    if (typeof row.Active === 'boolean') profile.Active = row.Active;
    if (typeof row.AccessLevel === 'string' && ACCESS[row.AccessLevel]) profile.AccessLevel = ACCESS[row.AccessLevel]!;
    if (typeof row.Manager === 'string' && row.Manager) {
      const manager = state.users.get(row.Manager) ?? state.usersByName.get(row.Manager.toLowerCase());
      if (manager) profile.ManagerId = manager.Id;
    }
    let user = state.usersByName.get(username.toLowerCase());
    if (user) {
      Object.assign(user, profile);
      touch(user, state, now);
    } else {
      user = addUser(state, { UserName: username, IsCustomUsername: !EMAIL.test(username), SkipFirstLogin: record.SkipFirstLogin, ...profile }, now);
      record.Created++;
    }
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
  state.bulkImports.push(record);
  // Litmos queues imports; its answer says Waiting even though the sandbox has applied it.
  return { status: 200, record: { ...importRow(record), Status: 'Waiting' } };
}

function importCourses(ctx: HandlerContext) {
  const { state, now } = ctx;
  const rows = bodyItems(ctx.body);
  if (rows.length === 0 || rows.length > 100) throw new LitmosError(400, 'Please check the xml/json in the body of the request');
  const record: BulkImportRecord = {
    Id: nextId(state),
    kind: 'courses',
    ImportDate: now,
    Status: 'Completed',
    TotalRecords: rows.length,
    Created: 0,
    Failed: 0,
    Duplicate: 0,
    InvalidEmail: 0,
    SendEmails: false,
    SkipFirstLogin: false,
    IsAPIImport: true,
    errors: [],
  };
  for (const row of rows) {
    const title = String(row.CourseTitle ?? '').trim();
    if (!title) {
      record.Failed++;
      continue;
    }
    const originalId = ++state.counters.course;
    const code = String(row.CourseCode ?? `IMP${originalId}`);
    const course: CourseRecord = {
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
    state.courses.set(course.Id, course);
    record.Created++;
  }
  state.bulkImports.push(record);
  return { status: 200, record: { ...importRow(record), Status: 'Waiting' } };
}

/** Handlers for bulk imports, by operation shape. */
export const bulkImportHandlers: HandlerTable = {
  'GET /bulkimports': (ctx) => ({ status: 200, rows: ctx.state.bulkImports.filter((b) => b.kind === 'users').map(importRow) }),
  'POST /bulkimports': importUsers,
  'GET /bulkimports/{}': (ctx) => ({ status: 200, record: importRow(findImport(ctx.state, ctx.pathValues[0]!)) }),
  'GET /bulkimports/{}/usererrors': (ctx) => ({ status: 200, rows: findImport(ctx.state, ctx.pathValues[0]!).errors }),
  'POST /bulkimports/courses': importCourses,
};
