/**
 * Assignments and results: each person gets a few courses directly, those of their teams, and
 * the courses of their learning paths; 65 % of assignments are started and 60 % of those
 * completed, with module results, achievements and learning-path progress to match.
 */
import { courseAchievement, learningPathAchievement } from '../state/achievements.js';
import type { AssignedVia, TeamCourseLink, TeamLearningPathLink, UserCourseRow } from '../state/link-rows.js';
import type { CourseRecord, LearningPathRecord, ModuleRecord, UserRecord } from '../state/records.js';
import type { Prng } from './create-prng.js';
import { coursesByPath, modulesByCourse } from './seed-catalogue.js';
import { between, DAY, type SeedContext } from './seed-context.js';

/** The catalogue and team links, indexed once: 5,000 people × every link would be slow. */
interface ResultSources {
  readonly teamsOfUser: ReadonlyMap<string, readonly string[]>;
  readonly teamCoursesOf: ReadonlyMap<string, TeamCourseLink[]>;
  readonly teamPathsOf: ReadonlyMap<string, TeamLearningPathLink[]>;
  readonly modulesOf: ReadonlyMap<string, ModuleRecord[]>;
  readonly coursesOfPath: ReadonlyMap<string, string[]>;
  readonly courses: readonly CourseRecord[];
  readonly paths: readonly LearningPathRecord[];
}

/** Seeds every person's assignments and results. `teamsOfUser` lists each person's teams. */
export function seedResults(ctx: SeedContext, teamsOfUser: ReadonlyMap<string, readonly string[]>): void {
  const { state } = ctx;
  const rp = ctx.root.fork('results');
  const src: ResultSources = {
    teamsOfUser,
    teamCoursesOf: groupByTeam(state.teamCourses),
    teamPathsOf: groupByTeam(state.teamLearningPaths),
    modulesOf: modulesByCourse(state),
    coursesOfPath: coursesByPath(state),
    courses: [...state.courses.values()],
    paths: [...state.learningPaths.values()],
  };
  for (const user of state.users.values()) {
    if (user.Id === state.ownerId) continue;
    const { courses, paths } = assignmentsOf(rp, user, src);
    const rowsByCourse = new Map<string, UserCourseRow>();
    for (const [courseId, via] of courses) rowsByCourse.set(courseId, seedCourseResult(ctx, rp, user, state.courses.get(courseId)!, via, src));
    for (const [pathId, via] of paths) seedPathResult(ctx, rp, user, state.learningPaths.get(pathId)!, via, rowsByCourse, src);
  }
}

function groupByTeam<T extends { TeamId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.TeamId, [...(map.get(row.TeamId) ?? []), row]);
  return map;
}

/** What a person is assigned and how: up to two courses and maybe a path directly, then through teams and paths. */
function assignmentsOf(rp: Prng, user: UserRecord, src: ResultSources) {
  const teams = src.teamsOfUser.get(user.Id) ?? [];
  const courses = new Map<string, AssignedVia>();
  for (const course of rp.sample(src.courses, rp.int(0, 2))) courses.set(course.Id, 'direct');
  for (const teamId of teams) {
    for (const link of src.teamCoursesOf.get(teamId) ?? []) if (!link.IsInTeamLibrary && !courses.has(link.CourseId)) courses.set(link.CourseId, 'team');
  }
  const paths = new Map<string, AssignedVia>();
  if (rp.chance(0.2)) paths.set(rp.pick(src.paths).Id, 'direct');
  for (const teamId of teams) {
    for (const link of src.teamPathsOf.get(teamId) ?? []) if (!paths.has(link.LearningPathId)) paths.set(link.LearningPathId, 'team');
  }
  for (const pathId of paths.keys()) {
    for (const courseId of src.coursesOfPath.get(pathId) ?? []) if (!courses.has(courseId)) courses.set(courseId, 'learningpath');
  }
  return { courses, paths };
}

/** One course result, its module results and, when completed, its achievement. */
function seedCourseResult(ctx: SeedContext, rp: Prng, user: UserRecord, course: CourseRecord, via: AssignedVia, src: ResultSources): UserCourseRow {
  const { state } = ctx;
  const assignedAt = between(ctx, rp, Math.max(user.CreatedDate, course.CreatedDate));
  const started = rp.chance(0.65) ? between(ctx, rp, assignedAt) : null;
  const completed = started !== null && rp.chance(0.6);
  const completedAt = completed ? between(ctx, rp, started) : null;
  const percentage = completed ? 100 : started !== null ? rp.int(0, 9) * 10 : 0;
  const lastTouch = completedAt ?? started ?? assignedAt;
  const row: UserCourseRow = {
    UserId: user.Id,
    CourseId: course.Id,
    via,
    ResultId: String(++state.counters.result),
    StartedDate: started,
    Completed: completed,
    PercentageComplete: percentage,
    CompletedDate: completedAt,
    DueDate: course.TimeLimitDays ? assignedAt + course.TimeLimitDays * DAY : null,
    CompliantTillDate: completedAt !== null && course.CompliantTillDays ? completedAt + course.CompliantTillDays * DAY : null,
    LastAttemptDate: started !== null ? lastTouch : null,
    Active: true,
    CreatedDate: assignedAt,
    UpdatedDate: lastTouch,
    CreatedBy: ctx.ownerOriginalId,
    UpdatedBy: ctx.ownerOriginalId,
  };
  state.userCourses.push(row);
  if (started !== null) seedModuleResults(ctx, rp, user, row, started, src.modulesOf.get(course.Id) ?? []);
  if (completedAt !== null) state.achievements.push(courseAchievement(state, user, course, row, rp));
  return row;
}

/** Results for the modules done so far (at least the first one once a course is started). */
function seedModuleResults(ctx: SeedContext, rp: Prng, user: UserRecord, row: UserCourseRow, started: number, mods: readonly ModuleRecord[]): void {
  const done = row.Completed ? mods.length : Math.floor((mods.length * row.PercentageComplete) / 100);
  mods.slice(0, Math.max(1, done)).forEach((mod, n) => {
    const finished = n < done ? between(ctx, rp, started) : null;
    const taken = rp.int(60, 3600);
    ctx.state.moduleResults.push({
      ModuleResultId: ++ctx.state.counters.moduleResult,
      UserId: user.Id,
      CourseId: row.CourseId,
      ModuleId: mod.Id,
      Score: mod.Passmark !== null ? rp.int(finished !== null ? mod.Passmark : 0, 100) : finished !== null ? 100 : 0,
      Completed: finished !== null,
      AttemptNumber: rp.int(1, 2),
      StartedDate: started,
      FinishedDate: finished,
      TimeTaken: `${pad2(Math.floor(taken / 3600))}:${pad2(Math.floor(taken / 60) % 60)}:${pad2(taken % 60)}`,
      Note: null,
      Active: true,
      CreatedDate: started,
      UpdatedDate: finished ?? started,
      CreatedBy: user.OriginalId,
      UpdatedBy: user.OriginalId,
    });
  });
}

/** A learning-path result derived from its course results, and its achievement when all are complete. */
function seedPathResult(
  ctx: SeedContext,
  rp: Prng,
  user: UserRecord,
  path: LearningPathRecord,
  via: AssignedVia,
  rowsByCourse: ReadonlyMap<string, UserCourseRow>,
  src: ResultSources,
): void {
  const { state } = ctx;
  const rows = (src.coursesOfPath.get(path.Id) ?? []).map((id) => rowsByCourse.get(id)).filter((r): r is UserCourseRow => r !== undefined);
  const percentage = rows.length ? Math.round(rows.reduce((sum, r) => sum + r.PercentageComplete, 0) / rows.length) : 0;
  const completed = rows.length > 0 && rows.every((r) => r.Completed);
  const startedDates = rows.map((r) => r.StartedDate).filter((d): d is number => d !== null);
  const assignedAt = between(ctx, rp, Math.max(user.CreatedDate, path.CreatedDate));
  const finish = completed ? Math.max(...rows.map((r) => r.CompletedDate ?? 0)) : null;
  const changed = rp.chance(0.5) ? between(ctx, rp, assignedAt) : null;
  state.userLearningPaths.push({
    UserId: user.Id,
    LearningPathId: path.Id,
    via,
    ResultId: String(++state.counters.result),
    PercentageComplete: percentage,
    Completed: completed,
    StartDate: startedDates.length ? Math.min(...startedDates) : null,
    FinishDate: finish,
    // A completed path stays compliant until the first of its courses' compliance runs out.
    CompliantTillDate: completed ? earliest(rows.map((r) => r.CompliantTillDate)) : null,
    changed,
    Active: true,
    CreatedDate: assignedAt,
    UpdatedDate: Math.max(assignedAt, finish ?? 0, changed ?? 0),
    CreatedBy: ctx.ownerOriginalId,
    UpdatedBy: changed !== null ? ctx.ownerOriginalId : 0,
  });
  if (finish !== null) state.achievements.push(learningPathAchievement(state, user.Id, path, finish));
}

/** The earliest of the dates given, or null when there is none. */
function earliest(dates: readonly (number | null)[]): number | null {
  const known = dates.filter((d): d is number => d !== null);
  return known.length > 0 ? Math.min(...known) : null;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
