/**
 * Instructor-led training: ILT modules of courses, their sessions and
 * session days, instructors, registration, roll call and attendance, and the `/sessions/future`
 * and `/sessions/past` trees (optional since/to with the delta rules). Sessions are "future" when
 * their first day starts after now, "past" when their last day ended before now.
 */
import { inChangeRange, readChangeRange } from '../api/change-range.js';
import { BAD_BODY_MESSAGE } from '../api/messages.js';
import { PERSON_SEARCH_FIELDS, pageRows } from '../api/page-rows.js';
import { Refusal } from '../api/refusal.js';
import { created, touch } from '../state/audit.js';
import { findCourse, findUser } from '../state/find-records.js';
import type { IltModuleRecord, SessionDayRecord, SessionRecord } from '../state/ilt-records.js';
import { nextId } from '../state/litmos-id.js';
import { userRow } from '../state/row-views.js';
import { parseXmlDateTime } from '../wire/wire-dates.js';
import { bodyItems } from './body-items.js';
import type { HandlerContext, HandlerTable } from './handler-types.js';
import { findIltModule, findSession, firstDay, lastDay, sessionRow, sessionTree } from './ilt-views.js';

function sessionsList(ctx: HandlerContext, when: 'future' | 'past') {
  // since/to are optional here but go together and follow the delta rules (406); the pipeline
  // validates them when the spec marks the call as a delta call, this handler when it does not.
  const since = ctx.query('since');
  const to = ctx.query('to');
  const window = ctx.range ?? (since !== null || to !== null ? readChangeRange(since, to, ctx.now) : undefined);
  const search = ctx.list.search?.toLowerCase();
  const sessions = [...ctx.state.sessions.values()].filter(
    (s) =>
      (when === 'future' ? firstDay(s) > ctx.now : lastDay(s) < ctx.now) &&
      (!window || inChangeRange(window, s.UpdatedDate)) &&
      (!search || s.Name.toLowerCase().includes(search)),
  );
  // Search was applied to session names above; page the course rows without it.
  const { search: _applied, ...list } = ctx.list;
  const { page } = pageRows(sessionTree(ctx.state, sessions), { ...list, sort: ctx.list.sort ?? 'StartDate' });
  return { status: 200, rows: page, paged: true };
}

function readDays(body: Record<string, unknown>, now: number): SessionDayRecord[] {
  const days = bodyItems({ Days: body.Days });
  if (days.length === 0) throw new Refusal(400, BAD_BODY_MESSAGE);
  return days.map((d) => {
    const start = typeof d.StartDate === 'number' ? d.StartDate : parseXmlDateTime(String(d.StartDate ?? ''));
    const end = typeof d.EndDate === 'number' ? d.EndDate : parseXmlDateTime(String(d.EndDate ?? ''));
    if (start === undefined || end === undefined || typeof d.StartTime !== 'string' || typeof d.EndTime !== 'string') throw new Refusal(400, BAD_BODY_MESSAGE);
    return {
      Id: typeof d.Id === 'string' && d.Id ? d.Id : '',
      StartDate: start,
      EndDate: end,
      StartTime: d.StartTime,
      EndTime: d.EndTime,
      SendReminder: d.SendReminder === true,
      ReminderValue: typeof d.ReminderValue === 'number' ? d.ReminderValue : 1,
      ReminderMetric: typeof d.ReminderMetric === 'string' ? d.ReminderMetric : 'days',
      CreatedDate: now,
    };
  });
}

function sessionFields(ctx: HandlerContext) {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const name = typeof body.Name === 'string' ? body.Name.trim() : '';
  if (!name || typeof body.SessionType !== 'number') throw new Refusal(400, BAD_BODY_MESSAGE);
  const instructor = ctx.state.users.get(String(body.InstructorUserId ?? ''));
  if (!instructor || instructor.AccessLevel === 'Learner') throw new Refusal(403, 'Instructor is not valid. Please check the InstructorUserId');
  const days = readDays(body, ctx.now).map((d) => ({ ...d, Id: d.Id || nextId(ctx.state) }));
  return {
    Name: name,
    InstructorUserId: instructor.Id,
    SessionType: body.SessionType,
    Days: days,
    TimeZone: typeof body.TimeZone === 'string' && body.TimeZone ? body.TimeZone : 'UTC',
    Location: typeof body.Location === 'string' ? body.Location : null,
    LocationId: typeof body.LocationId === 'number' ? body.LocationId : 0,
    Slots: typeof body.Slots === 'number' ? body.Slots : null,
    EnableWaitList: body.EnableWaitList === true,
  };
}

/** Handlers for instructor-led training, by operation shape. */
export const iltHandlers: HandlerTable = {
  'GET /sessions/future': (ctx) => sessionsList(ctx, 'future'),
  'GET /sessions/past': (ctx) => sessionsList(ctx, 'past'),
  'GET /courses/{}/modules/ilt': (ctx) => {
    const course = findCourse(ctx.state, ctx.pathValues[0]!);
    return { status: 200, rows: [...ctx.state.iltModules.values()].filter((m) => m.CourseId === course.Id), searchFields: ['Name', 'Code'] };
  },
  'POST /courses/{}/events': (ctx) => {
    const course = findCourse(ctx.state, ctx.pathValues[0]!);
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    const name = typeof body.Name === 'string' ? body.Name.trim() : '';
    if (!name) throw new Refusal(400, BAD_BODY_MESSAGE);
    const mod: IltModuleRecord = {
      Id: nextId(ctx.state),
      CourseId: course.Id,
      Code: typeof body.Code === 'string' ? body.Code : '',
      Name: name,
      Description: typeof body.Description === 'string' ? body.Description : null,
      ...created(ctx.state, ctx.now),
    };
    ctx.state.iltModules.set(mod.Id, mod);
    return { status: 201 };
  },
  'POST /courses/{}/events/{}': (ctx) => {
    const mod = findIltModule(ctx.state, ctx.pathValues[0]!, ctx.pathValues[1]!);
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    if (typeof body.Name === 'string' && body.Name.trim()) mod.Name = body.Name.trim();
    if (typeof body.Code === 'string') mod.Code = body.Code;
    if (typeof body.Description === 'string') mod.Description = body.Description;
    touch(mod, ctx.state, ctx.now);
    return { status: 200 };
  },
  'DELETE /courses/{}/events/{}': (ctx) => {
    const mod = findIltModule(ctx.state, ctx.pathValues[0]!, ctx.pathValues[1]!);
    ctx.state.iltModules.delete(mod.Id);
    for (const s of [...ctx.state.sessions.values()]) if (s.ModuleId === mod.Id) ctx.state.sessions.delete(s.Id);
    return { status: 200 };
  },
  'GET /courses/{}/modules/{}/sessions': (ctx) => {
    const mod = findIltModule(ctx.state, ctx.pathValues[0]!, ctx.pathValues[1]!);
    return { status: 200, rows: [...ctx.state.sessions.values()].filter((s) => s.ModuleId === mod.Id).map((s) => sessionRow(ctx.state, s)) };
  },
  'POST /courses/{}/modules/{}/sessions': (ctx) => {
    const mod = findIltModule(ctx.state, ctx.pathValues[0]!, ctx.pathValues[1]!);
    const session: SessionRecord = {
      Id: nextId(ctx.state),
      ModuleId: mod.Id,
      CourseId: mod.CourseId,
      ...sessionFields(ctx),
      registrations: new Map(),
      ...created(ctx.state, ctx.now),
    };
    ctx.state.sessions.set(session.Id, session);
    return { status: 201 };
  },
  'GET /courses/{}/modules/{}/sessions/{}': (ctx) => ({ status: 200, record: sessionRow(ctx.state, findSession(ctx)) }),
  'PUT /courses/{}/modules/{}/sessions/{}': (ctx) => {
    const session = findSession(ctx);
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    if (typeof body.Id === 'string' && body.Id !== session.Id) throw new Refusal(409, 'The session Id in the body does not match the Id in the URL');
    Object.assign(session, sessionFields(ctx));
    touch(session, ctx.state, ctx.now);
    return { status: 200 };
  },
  'DELETE /courses/{}/modules/{}/sessions/{}': (ctx) => {
    ctx.state.sessions.delete(findSession(ctx).Id);
    return { status: 200 };
  },
  'GET /instructors': (ctx) => {
    const ids = new Set([...ctx.state.sessions.values()].map((s) => s.InstructorUserId));
    const rows = [...ctx.state.users.values()].filter((u) => ids.has(u.Id) || u.AccessLevel === 'Administrator').map((u) => userRow(ctx.state, u));
    return { status: 200, rows, searchFields: PERSON_SEARCH_FIELDS };
  },
  'GET /instructors/{}/sessions': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, false);
    return { status: 200, rows: [...ctx.state.sessions.values()].filter((s) => s.InstructorUserId === user.Id).map((s) => sessionRow(ctx.state, s)) };
  },
};

/** `/org/ecommerce/coursesessions`: future sessions of courses sold in the shop, changed in the window. */
export const iltEcommerceHandlers: HandlerTable = {
  'GET /org/ecommerce/coursesessions': (ctx) => {
    const window = ctx.range!;
    const sessions = [...ctx.state.sessions.values()].filter(
      (s) => ctx.state.courses.get(s.CourseId)?.ForSale && firstDay(s) > ctx.now && inChangeRange(window, s.UpdatedDate),
    );
    return { status: 200, rows: sessionTree(ctx.state, sessions), searchFields: ['Name'] };
  },
};
