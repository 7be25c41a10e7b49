/**
 * Lookups and wire rows of instructor-led training shared by the ILT handlers: sessions, the
 * course → module → session tree, and the people registered to a session.
 */
import { Refusal } from '../api/refusal.js';
import { findCourse } from '../state/find-records.js';
import type { IltModuleRecord, SessionRecord } from '../state/ilt-records.js';
import type { OrgState } from '../state/org-state.js';
import type { HandlerContext } from './handler-types.js';

/** Start of a session's first day. */
export const firstDay = (s: SessionRecord) => Math.min(...s.Days.map((d) => d.StartDate));
/** End of a session's last day. */
export const lastDay = (s: SessionRecord) => Math.max(...s.Days.map((d) => d.EndDate));

/** An ILT module of a course. @throws Refusal 404 when the course or the module is not found. */
export function findIltModule(state: OrgState, courseId: string, moduleId: string): IltModuleRecord {
  findCourse(state, courseId);
  const mod = state.iltModules.get(moduleId);
  if (!mod || mod.CourseId !== courseId) throw new Refusal(404, `Module - ${moduleId} was not found in the course`);
  return mod;
}

/** The session the path names (course, module, session). @throws Refusal 404. */
export function findSession(ctx: HandlerContext): SessionRecord {
  const mod = findIltModule(ctx.state, ctx.pathValues[0]!, ctx.pathValues[1]!);
  const session = ctx.state.sessions.get(ctx.pathValues[2]!);
  if (!session || session.ModuleId !== mod.Id) throw new Refusal(404, `Session - ${ctx.pathValues[2]!} was not found`);
  return session;
}

/** A session as Litmos lists it. */
export function sessionRow(state: OrgState, s: SessionRecord) {
  const instructor = state.users.get(s.InstructorUserId);
  return {
    Id: s.Id,
    Name: s.Name,
    InstructorUserId: s.InstructorUserId,
    InstructorName: instructor ? `${instructor.FirstName} ${instructor.LastName}` : null,
    SessionType: s.SessionType,
    Days: s.Days.map((d) => ({ ...d })),
    TimeZone: s.TimeZone,
    Location: s.Location,
    LocationId: s.LocationId,
    ResourceId: null,
    Resources: null,
    StartDate: firstDay(s),
    EndDate: lastDay(s),
    CourseName: state.courses.get(s.CourseId)?.Name ?? '',
    ModuleName: state.iltModules.get(s.ModuleId)?.Name ?? '',
    Slots: s.Slots,
    Accepted: [...s.registrations.values()].filter((r) => r.EventStatus === 1).length,
    EnableWaitList: s.EnableWaitList,
    Details: null,
  };
}

/** Courses → ILT modules → sessions, as `/sessions/*` and `/org/ecommerce/coursesessions` answer. */
export function sessionTree(state: OrgState, sessions: SessionRecord[]) {
  const byCourse = new Map<string, Map<string, SessionRecord[]>>();
  for (const s of sessions.sort((a, b) => firstDay(a) - firstDay(b))) {
    const modules = byCourse.get(s.CourseId) ?? new Map<string, SessionRecord[]>();
    modules.set(s.ModuleId, [...(modules.get(s.ModuleId) ?? []), s]);
    byCourse.set(s.CourseId, modules);
  }
  return [...byCourse].map(([courseId, modules]) => {
    const c = state.courses.get(courseId)!;
    return {
      Id: c.Id,
      Code: c.Code,
      Name: c.Name,
      Description: c.Description,
      Active: c.Active,
      ForSale: c.ForSale,
      OriginalId: c.OriginalId,
      Price: c.Price,
      // Not a wire field: lets `sort=StartDate` order the courses by their first session.
      StartDate: Math.min(...[...modules.values()].flat().map(firstDay)),
      Modules: [...modules].map(([moduleId, list]) => {
        const m = state.iltModules.get(moduleId)!;
        return { Id: m.Id, Code: m.Code, Name: m.Name, Description: m.Description, Sessions: list.map((s) => sessionRow(state, s)) };
      }),
    };
  });
}

/** The people registered to a session, with their status, score and completion. */
export function eventUsers(state: OrgState, s: SessionRecord) {
  return [...s.registrations].map(([userId, r]) => {
    const u = state.users.get(userId);
    return {
      Id: userId,
      EventStatus: r.EventStatus,
      FirstName: u?.FirstName ?? '',
      LastName: u?.LastName ?? '',
      Email: u?.Email ?? null,
      CompanyName: u?.CompanyName ?? null,
      Score: r.Score,
      Completed: r.Completed,
    };
  });
}
