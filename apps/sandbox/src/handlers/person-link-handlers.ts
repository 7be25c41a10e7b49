/**
 * A person's courses (list, one with its modules, assign, reset, unassign, and several people's
 * at once), learning paths and teams.
 */
import { Refusal } from '../api/refusal.js';
import { touch } from '../state/audit.js';
import { findLearningPath, findUser } from '../state/find-records.js';
import { addTeamMember, assignCourse, assignLearningPath, deactivate } from '../state/link-changes.js';
import type { OrgState } from '../state/org-state.js';
import type { UserRecord } from '../state/records.js';
import { teamRow, userCourseRow, userLearningPathRow } from '../state/row-views.js';
import { bodyIds } from './body-items.js';
import type { HandlerTable } from './handler-types.js';

function userCoursesOf(state: OrgState, userId: string) {
  return state.userCourses.filter((r) => r.UserId === userId && r.Active);
}

/** Handlers for a person's courses, learning paths and teams, by operation shape. */
export const personLinkHandlers: HandlerTable = {
  'GET /users/{}/courses': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, true);
    return { status: 200, rows: userCoursesOf(ctx.state, user.Id).map((r) => userCourseRow(ctx.state, r)), searchFields: ['Name', 'Code'] };
  },
  'GET /users/{}/courses/{}': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, true);
    const courseId = ctx.pathValues[1]!;
    const row = userCoursesOf(ctx.state, user.Id).find((r) => r.CourseId === courseId);
    if (!row) throw new Refusal(404, `Course - ${courseId} is not assigned to the user`);
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
    if (!row) throw new Refusal(404, `Course - ${courseId} is not assigned to the user`);
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
    if (!row) throw new Refusal(404, `Course - ${courseId} is not assigned to the user`);
    if (row.via === 'learningpath') {
      throw new Refusal(406, `The course - ${courseId} can't be removed from ${user.UserName} because it is part of a learning path`);
    }
    deactivate(row, ctx.state, ctx.now);
    return { status: 200 };
  },
  'POST /users/courses': (ctx) => {
    const ids = bodyIds(ctx.body);
    if (ids.length > 25) throw new Refusal(406, 'Please provide maximum 25 users in the xml/json body');
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
    if (ids.length === 0 || ids.some((id) => id === '')) throw new Refusal(400, "The LearningPath Id can't be null");
    for (const id of ids) findLearningPath(ctx.state, id);
    for (const id of ids) assignLearningPath(ctx.state, user.Id, id, 'direct', ctx.now);
    return { status: 200 };
  },
  'DELETE /users/{}/learningpaths/{}': (ctx) => {
    const user = findUser(ctx.state, ctx.pathValues[0]!, false);
    const pathId = ctx.pathValues[1]!;
    const row = ctx.state.userLearningPaths.find((r) => r.UserId === user.Id && r.LearningPathId === pathId && r.Active);
    if (!row) throw new Refusal(404, `Learning Path - ${pathId} is not assigned to the user`);
    if (row.via === 'team') throw new Refusal(406, "The Learning Path can't be removed because it was assigned via a Team");
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
      throw new Refusal(404, 'Invalid Team Id found in the list or Maximum TeamIds is 25');
    }
    if (ids.some((id) => ctx.state.teamUsers.some((l) => l.TeamId === id && l.UserId === user.Id && l.Active))) {
      throw new Refusal(409, 'The user already belongs to one or more of the teams');
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
