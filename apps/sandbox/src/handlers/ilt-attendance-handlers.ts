/**
 * Registration, roll call and attendance of ILT sessions: register one person or several, read
 * and record the roll call, and mark attendance per session day.
 */
import { Refusal } from '../api/refusal.js';
import { touch } from '../state/audit.js';
import { findUser } from '../state/find-records.js';
import type { SessionRecord } from '../state/ilt-records.js';
import type { OrgState } from '../state/org-state.js';
import type { UserRecord } from '../state/records.js';
import { bodyIds, bodyItems } from './body-items.js';
import type { HandlerContext, HandlerTable } from './handler-types.js';
import { eventUsers, findIltModule, findSession } from './ilt-views.js';

/** Registers one person; returns an error message instead of throwing, for the bulk form. */
function register(state: OrgState, s: SessionRecord, user: UserRecord): string | undefined {
  if (s.registrations.has(user.Id)) return undefined;
  if (!state.userCourses.some((r) => r.UserId === user.Id && r.CourseId === s.CourseId && r.Active)) return 'The user is not assigned to the course';
  if (s.SessionType >= 2 && !user.Email) return 'The email is required to register at GoToTraining/Webex/Zoom';
  const accepted = [...s.registrations.values()].filter((r) => r.EventStatus === 1).length;
  const full = s.Slots !== null && accepted >= s.Slots;
  if (full && !s.EnableWaitList) return 'The session is full';
  s.registrations.set(user.Id, { EventStatus: full ? 2 : 1, Score: 0, Completed: false, attended: {} });
  return undefined;
}

/** Handlers for ILT registration, roll call and attendance, by operation shape. */
export const iltAttendanceHandlers: HandlerTable = {
  'GET /courses/{}/modules/{}/sessions/{}/rollcall': (ctx) => ({ status: 200, rows: eventUsers(ctx.state, findSession(ctx)) }),
  'GET /courses/{}/modules/{}/sessions/{}/attendance': (ctx) => ({ status: 200, rows: eventUsers(ctx.state, findSession(ctx)) }),
  'POST /courses/{}/modules/{}/sessions/{}/rollcall': (ctx) => {
    const session = findSession(ctx);
    for (const item of bodyItems(ctx.body)) {
      const reg = session.registrations.get(String(item.Id ?? ''));
      if (!reg) continue; // people not registered are ignored
      if (typeof item.Score === 'number') reg.Score = Math.max(0, Math.min(100, item.Score));
      if (typeof item.Completed === 'boolean') reg.Completed = item.Completed;
    }
    touch(session, ctx.state, ctx.now);
    return { status: 200 };
  },
  'GET /courses/{}/modules/{}/registration': (ctx) => {
    const mod = findIltModule(ctx.state, ctx.pathValues[0]!, ctx.pathValues[1]!);
    const rows = [...ctx.state.sessions.values()].filter((s) => s.ModuleId === mod.Id).flatMap((s) => eventUsers(ctx.state, s));
    return { status: 200, rows };
  },
  'POST /courses/{}/modules/{}/sessions/{}/users/{}/register': (ctx) => {
    const session = findSession(ctx);
    const problem = register(ctx.state, session, findUser(ctx.state, ctx.pathValues[3]!, false));
    if (problem) throw new Refusal(409, problem);
    touch(session, ctx.state, ctx.now);
    return { status: 200 };
  },
  'POST /courses/{}/modules/{}/sessions/{}/users/register': (ctx) => {
    const session = findSession(ctx);
    let registered = 0;
    let failed = 0;
    for (const id of bodyIds(ctx.body)) {
      const user = ctx.state.users.get(id);
      if (user && !register(ctx.state, session, user)) registered++;
      else failed++;
    }
    touch(session, ctx.state, ctx.now);
    return { status: 200, record: { TotalUsersRegistered: registered, Failed: failed } };
  },
  'POST /courses/{}/modules/{}/sessiondays/{}/users/{}/attended/{}': (ctx) => {
    findIltModule(ctx.state, ctx.pathValues[0]!, ctx.pathValues[1]!);
    const user = findUser(ctx.state, ctx.pathValues[3]!, false);
    markAttendance(ctx, [user.Id], true);
    return { status: 200 };
  },
  'POST /courses/{}/modules/{}/sessiondays/{}/attended/{}': (ctx) => {
    findIltModule(ctx.state, ctx.pathValues[0]!, ctx.pathValues[1]!);
    markAttendance(ctx, bodyIds(ctx.body), false);
    return { status: 200 };
  },
};

/** Records attendance of a session day; the last path value is `true` or `false`. */
function markAttendance(ctx: HandlerContext, userIds: string[], strict: boolean): void {
  const dayId = ctx.pathValues[2]!;
  const attended = ctx.pathValues[ctx.pathValues.length - 1]!.toLowerCase();
  if (attended !== 'true' && attended !== 'false') throw new Refusal(400, 'attended must be true or false');
  const session = [...ctx.state.sessions.values()].find((s) => s.ModuleId === ctx.pathValues[1] && s.Days.some((d) => d.Id === dayId));
  if (!session) throw new Refusal(404, `Session day - ${dayId} was not found`);
  for (const id of userIds) {
    const reg = session.registrations.get(id);
    if (!reg) {
      if (strict) throw new Refusal(404, `User - ${id} is not registered to the session`);
      continue;
    }
    reg.attended[dayId] = attended === 'true';
  }
  touch(session, ctx.state, ctx.now);
}
