/**
 * Courses, modules, course and module results, learning paths and achievements
 *.
 */

import { BAD_BODY_MESSAGE } from '../api/messages.js';
import { PERSON_SEARCH_FIELDS } from '../api/page-rows.js';
import { Refusal } from '../api/refusal.js';
import { courseAchievement } from '../state/achievements.js';
import { created, touch } from '../state/audit.js';
import { courseCategory, courseLabels } from '../state/catalogue-labels.js';
import { findCourse, findLearningPath, findUser } from '../state/find-records.js';
import { deactivate } from '../state/link-changes.js';
import type { ModuleResultRow } from '../state/link-rows.js';
import type { OrgState } from '../state/org-state.js';
import { achievementRow, courseRow, learningPathRow, moduleRow, personCourseResultRow } from '../state/row-views.js';
import { parseLooseDateParam } from '../wire/wire-dates.js';
import type { HandlerContext, HandlerTable } from './handler-types.js';

function findModule(state: OrgState, id: string) {
  const mod = state.modules.get(id);
  if (!mod?.Active) throw new Refusal(404, `Module - ${id} was not found`);
  return mod;
}

function courseModules(state: OrgState, courseId: string) {
  return state.courseModules.filter((l) => l.CourseId === courseId && l.Active).map((l) => state.modules.get(l.ModuleId)!);
}

/** The `since` of `/results/details` and `/achievements` (`YYYY-MM-DD`[` HH:MM[:SS]`]). */
function looseSince(ctx: HandlerContext, required: boolean): number {
  const since = ctx.query('since');
  if (since === null && !required) return Number.NEGATIVE_INFINITY;
  const parsed = since === null ? undefined : parseLooseDateParam(since);
  if (parsed === undefined) {
    // Litmos documents 406 here where the operation lists it; otherwise a plain bad request.
    const status = ctx.operation.responses['406'] ? 406 : 400;
    throw new Refusal(status, 'Please provide a valid since query string parameter (yyyy-MM-dd or yyyy-MM-dd HH:mm)');
  }
  return parsed;
}

/**
 * PUT /results/modules/{moduleId}: records one person's result for one module, then updates the
 * course result, completing the course (and adding its achievement) when every module is done.
 */
function putModuleResult(ctx: HandlerContext) {
  const { state, now } = ctx;
  const mod = findModule(state, ctx.pathValues[0]!);
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const courseId = typeof body.CourseId === 'string' ? body.CourseId : '';
  const userId = typeof body.UserId === 'string' ? body.UserId : '';
  if (!courseId || !userId || typeof body.Completed !== 'boolean') throw new Refusal(400, BAD_BODY_MESSAGE);
  const course = findCourse(state, courseId);
  const user = findUser(state, userId, false);
  if (!courseModules(state, course.Id).includes(mod)) throw new Refusal(404, `Module - ${mod.Id} is not part of course ${course.Id}`);
  const row = state.userCourses.find((r) => r.UserId === user.Id && r.CourseId === course.Id && r.Active);
  if (!row) throw new Refusal(404, `Course - ${course.Id} is not assigned to the user`);
  const finishedAt = typeof body.UpdatedAt === 'number' ? body.UpdatedAt : now;
  const score = typeof body.Score === 'number' ? Math.max(0, Math.min(100, Math.trunc(body.Score))) : 0;
  let result = state.moduleResults.find((r) => r.UserId === user.Id && r.ModuleId === mod.Id && r.CourseId === course.Id && r.Active);
  if (!result) {
    result = {
      ModuleResultId: ++state.counters.moduleResult,
      UserId: user.Id,
      CourseId: course.Id,
      ModuleId: mod.Id,
      Score: 0,
      Completed: false,
      AttemptNumber: 0,
      StartedDate: finishedAt,
      FinishedDate: null,
      TimeTaken: '00:00:00',
      Note: null,
      Active: true,
      ...created(state, now),
    } satisfies ModuleResultRow;
    state.moduleResults.push(result);
  }
  result.Score = score;
  result.Completed = body.Completed;
  result.FinishedDate = body.Completed ? finishedAt : null;
  result.AttemptNumber = typeof body.Attempts === 'number' ? body.Attempts : result.AttemptNumber + 1;
  result.Note = typeof body.Note === 'string' ? body.Note : result.Note;
  touch(result, state, now);

  const mods = courseModules(state, course.Id);
  const done = mods.filter((m) => state.moduleResults.some((r) => r.UserId === user.Id && r.ModuleId === m.Id && r.Active && r.Completed)).length;
  const wasComplete = row.Completed;
  row.PercentageComplete = mods.length ? Math.round((done / mods.length) * 100) : 0;
  row.StartedDate ??= finishedAt;
  row.LastAttemptDate = finishedAt;
  row.Completed = mods.length > 0 && done === mods.length;
  row.CompletedDate = row.Completed ? (wasComplete ? row.CompletedDate : finishedAt) : null;
  touch(row, state, now);
  if (row.Completed && !wasComplete) {
    const achievement = courseAchievement(state, user, course, row, state.prng);
    // The achievement is dated by the completion but recorded (and reported by /org) now.
    achievement.CreatedDate = now;
    achievement.UpdatedDate = now;
    state.achievements.push(achievement);
  }
  return { status: 200 };
}

/** Handlers for courses, modules, results, learning paths and achievements, by operation shape. */
export const courseHandlers: HandlerTable = {
  'GET /courses': (ctx) => ({
    status: 200,
    rows: [...ctx.state.courses.values()].filter((c) => !c.deleted).map(courseRow),
    searchFields: ['Name', 'Code'],
  }),
  'GET /courses/{}': (ctx) => {
    const course = findCourse(ctx.state, ctx.pathValues[0]!);
    // Only this call carries Tags (and, in JSON, Categories); the lists leave them out.
    return { status: 200, record: { ...courseRow(course), Tags: courseLabels(course).Tags, Categories: courseCategory(course) } };
  },
  'GET /courses/{}/details': (ctx) => ({ status: 200, record: courseRow(findCourse(ctx.state, ctx.pathValues[0]!)) }),
  'DELETE /courses/{}': (ctx) => {
    const course = findCourse(ctx.state, ctx.pathValues[0]!);
    course.deleted = true;
    course.Active = false;
    touch(course, ctx.state, ctx.now);
    for (const l of ctx.state.teamCourses) if (l.CourseId === course.Id && l.Active) deactivate(l, ctx.state, ctx.now);
    for (const l of ctx.state.learningPathCourses) if (l.CourseId === course.Id && l.Active) deactivate(l, ctx.state, ctx.now);
    return { status: 200 };
  },
  'GET /courses/{}/users': (ctx) => {
    const course = findCourse(ctx.state, ctx.pathValues[0]!);
    const rows = ctx.state.userCourses.filter((r) => r.CourseId === course.Id && r.Active).map((r) => personCourseResultRow(ctx.state, r));
    return { status: 200, rows, searchFields: PERSON_SEARCH_FIELDS };
  },
  'GET /courses/{}/modules': (ctx) => {
    const course = findCourse(ctx.state, ctx.pathValues[0]!);
    return { status: 200, rows: courseModules(ctx.state, course.Id).map(moduleRow), searchFields: ['Name', 'Code'] };
  },
  'DELETE /courses/{}/modules/{}': (ctx) => {
    const course = findCourse(ctx.state, ctx.pathValues[0]!);
    const link = ctx.state.courseModules.find((l) => l.CourseId === course.Id && l.ModuleId === ctx.pathValues[1] && l.Active);
    if (!link) throw new Refusal(404, `Module - ${ctx.pathValues[1]!} was not found in the course`);
    deactivate(link, ctx.state, ctx.now);
    return { status: 200 };
  },
  'GET /results/details': (ctx) => {
    const since = looseSince(ctx, true);
    const toText = ctx.query('to');
    const to = toText === null ? Number.POSITIVE_INFINITY : parseLooseDateParam(toText);
    if (to === undefined) throw new Refusal(ctx.operation.responses['406'] ? 406 : 400, 'Please provide a valid to query string parameter');
    const rows = ctx.state.userCourses.filter((r) => r.UpdatedDate >= since && r.UpdatedDate < to).map((r) => personCourseResultRow(ctx.state, r));
    return { status: 200, rows, searchFields: PERSON_SEARCH_FIELDS };
  },
  'PUT /results/modules/{}': putModuleResult,
  'GET /learningpaths': (ctx) => ({
    status: 200,
    rows: [...ctx.state.learningPaths.values()].filter((p) => !p.deleted).map(learningPathRow),
    searchFields: ['Name'],
  }),
  'GET /learningpaths/{}': (ctx) => ({ status: 200, record: learningPathRow(findLearningPath(ctx.state, ctx.pathValues[0]!)) }),
  'DELETE /learningpaths/{}': (ctx) => {
    const path = findLearningPath(ctx.state, ctx.pathValues[0]!);
    path.deleted = true;
    path.Active = false;
    touch(path, ctx.state, ctx.now);
    for (const l of ctx.state.teamLearningPaths) if (l.LearningPathId === path.Id && l.Active) deactivate(l, ctx.state, ctx.now);
    return { status: 200 };
  },
  'GET /learningpaths/{}/courses': (ctx) => {
    const path = findLearningPath(ctx.state, ctx.pathValues[0]!);
    const rows = ctx.state.learningPathCourses
      .filter((l) => l.LearningPathId === path.Id && l.Active)
      .map((l) => ({ ...courseRow(ctx.state.courses.get(l.CourseId)!), EquivalencyId: null, EquivalencyGroupName: null }));
    return { status: 200, rows, searchFields: ['Name', 'Code'] };
  },
  'GET /learningpaths/{}/users': (ctx) => {
    const path = findLearningPath(ctx.state, ctx.pathValues[0]!);
    const rows = ctx.state.userLearningPaths
      .filter((r) => r.LearningPathId === path.Id && r.Active)
      .map((r) => {
        const u = ctx.state.users.get(r.UserId)!;
        return {
          Id: u.Id,
          UserName: u.UserName,
          FirstName: u.FirstName,
          LastName: u.LastName,
          Email: u.Email,
          Completed: r.Completed,
          PercentageComplete: r.PercentageComplete,
        };
      });
    return { status: 200, rows, searchFields: PERSON_SEARCH_FIELDS };
  },
  'GET /achievements': (ctx) => {
    const since = looseSince(ctx, false);
    const who = ctx.query('userid');
    const userId = who ? ((ctx.state.users.get(who) ?? ctx.state.usersByName.get(who.toLowerCase()))?.Id ?? '\u0000') : undefined;
    // Newest first, as Litmos documents; ties by record order keep paging stable.
    const rows = ctx.state.achievements
      .map((a, i) => ({ a, i }))
      .filter(({ a }) => a.AchievementDate >= since && (userId === undefined || a.UserId === userId))
      .sort((x, y) => y.a.AchievementDate - x.a.AchievementDate || x.i - y.i)
      .map(({ a }) => achievementRow(ctx.state, a));
    return { status: 200, rows, searchFields: ['Title', 'FirstName', 'LastName'] };
  },
};
