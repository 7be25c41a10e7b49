/**
 * The 17 `/org/*` date-range calls. Each lists one kind of record or link whose change time
 * falls in the validated window (see deltaWindow.ts for the rules). Removed links stay in the
 * state as `Active: false` rows, so a removal shows up in the window it happened in.
 */
import { inChangeRange } from '../api/change-range.js';
import type { OrgState } from '../state/org-state.js';
import {
  achievementRow,
  courseResultRow,
  courseRow,
  learningPathRow,
  moduleResultRow,
  moduleRow,
  teamRow,
  userLearningPathRow,
  userRow,
} from '../state/row-views.js';
import type { Handler, HandlerContext, HandlerTable } from './handler-types.js';

/** A source of delta rows: each candidate with the time it last changed. */
type DeltaSource = (state: OrgState) => Iterable<{ changed: number | '' | null; row: () => object }>;

function deltaHandler(source: DeltaSource): Handler {
  return (ctx: HandlerContext) => {
    const window = ctx.range;
    if (!window) throw new Error('delta handler without a validated window');
    const rows: object[] = [];
    for (const candidate of source(ctx.state)) if (inChangeRange(window, candidate.changed)) rows.push(candidate.row());
    return { status: 200, rows };
  };
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Iterable<U> {
  for (const item of items) yield f(item);
}

const orig = (state: OrgState, kind: 'users' | 'teams' | 'courses' | 'modules' | 'learningPaths', id: string): number =>
  (state[kind].get(id) as { OriginalId: number } | undefined)?.OriginalId ?? 0;

/** Handlers for the delta calls, by operation shape. */
export const orgDeltaHandlers: HandlerTable = {
  'GET /org/users/details': deltaHandler((s) => map(s.users.values(), (u) => ({ changed: u.UpdatedDate, row: () => userRow(s, u) }))),
  'GET /org/users/logins': deltaHandler((s) => map(s.users.values(), (u) => ({ changed: u.LastLogin, row: () => userRow(s, u) }))),
  'GET /org/modules': deltaHandler((s) => map(s.modules.values(), (m) => ({ changed: m.UpdatedDate, row: () => moduleRow(m) }))),
  'GET /org/modules/results': deltaHandler((s) => map(s.moduleResults, (r) => ({ changed: r.UpdatedDate, row: () => moduleResultRow(s, r) }))),
  'GET /org/results/details': deltaHandler((s) => map(s.userCourses, (r) => ({ changed: r.UpdatedDate, row: () => courseResultRow(s, r) }))),
  'GET /org/learningpaths': deltaHandler((s) => map(s.learningPaths.values(), (p) => ({ changed: p.UpdatedDate, row: () => learningPathRow(p) }))),
  'GET /org/learningpaths/results': deltaHandler((s) =>
    map(s.userLearningPaths, (r) => ({ changed: r.UpdatedDate, row: () => ({ ...userLearningPathRow(s, r), UpdatedDate: r.UpdatedDate }) })),
  ),
  'GET /org/achievements': deltaHandler((s) => map(s.achievements, (a) => ({ changed: a.UpdatedDate, row: () => achievementRow(s, a) }))),
  'GET /org/courses': deltaHandler((s) => map(s.courses.values(), (c) => ({ changed: c.UpdatedDate, row: () => courseRow(c) }))),
  'GET /org/courses/modules': deltaHandler((s) =>
    map(s.courseModules, (l) => ({
      changed: l.UpdatedDate,
      row: () => ({ ...l, Id: l.ModuleId, OriginalCourseId: orig(s, 'courses', l.CourseId), OriginalModuleId: orig(s, 'modules', l.ModuleId) }),
    })),
  ),
  'GET /org/learningpaths/courses': deltaHandler((s) =>
    map(s.learningPathCourses, (l) => ({
      changed: l.UpdatedDate,
      row: () => ({
        ...l,
        Id: l.CourseId,
        OriginalLearningPathId: orig(s, 'learningPaths', l.LearningPathId),
        OriginalCourseId: orig(s, 'courses', l.CourseId),
      }),
    })),
  ),
  // Direct assignments only: Litmos leaves out courses assigned through a team.
  'GET /org/users/courses': deltaHandler((s) =>
    map(
      s.userCourses.filter((r) => r.via !== 'team'),
      (r) => ({
        changed: r.UpdatedDate,
        row: () => ({ ...r, ID: r.CourseId, Id: r.CourseId, OriginalUserId: orig(s, 'users', r.UserId), OriginalCourseId: orig(s, 'courses', r.CourseId) }),
      }),
    ),
  ),
  'GET /org/learningpaths/users': deltaHandler((s) =>
    map(
      s.userLearningPaths.filter((r) => r.via !== 'team'),
      (r) => ({
        // Never-changed assignments count by their creation; UpdatedDate stays nil for them.
        changed: r.changed ?? r.CreatedDate,
        row: () => ({ ...userLearningPathRow(s, r), Id: r.UserId }),
      }),
    ),
  ),
  'GET /org/teams': deltaHandler((s) => map(s.teams.values(), (t) => ({ changed: t.UpdatedDate, row: () => teamRow(t) }))),
  'GET /org/teams/users': deltaHandler((s) =>
    map(s.teamUsers, (l) => ({
      changed: l.UpdatedDate,
      row: () => ({ ...l, Id: l.UserId, OriginalTeamId: orig(s, 'teams', l.TeamId), OriginalUserId: orig(s, 'users', l.UserId) }),
    })),
  ),
  'GET /org/teams/courses': deltaHandler((s) =>
    map(s.teamCourses, (l) => ({
      changed: l.UpdatedDate,
      row: () => ({ ...l, Id: l.CourseId, OriginalTeamId: orig(s, 'teams', l.TeamId), OriginalCourseId: orig(s, 'courses', l.CourseId) }),
    })),
  ),
  'GET /org/teams/learningpaths': deltaHandler((s) =>
    map(s.teamLearningPaths, (l) => ({
      changed: l.UpdatedDate,
      row: () => ({
        ...l,
        Id: l.LearningPathId,
        OriginalTeamId: orig(s, 'teams', l.TeamId),
        OriginalLearningPathId: orig(s, 'learningPaths', l.LearningPathId),
      }),
    })),
  ),
};
