/**
 * State changes shared by the write handlers. Each keeps the link tables consistent the way the
 * delta calls observe them: new links get fresh dates, removed links become `Active: false` with
 * a fresh `UpdatedDate`, and re-adding a removed link reactivates the same row.
 */
import { created, touch } from './audit.js';
import type { AssignedVia, LinkRow, UserCourseRow } from './link-rows.js';
import type { OrgState } from './org-state.js';

/** Deactivates a link row (a removal the delta calls report as `Active: false`). */
export function deactivate(link: LinkRow & { UpdatedDate: number; UpdatedBy: number }, state: OrgState, now: number): void {
  link.Active = false;
  touch(link, state, now);
}

/** Reactivates or creates a link; returns false when an active one already existed (Litmos ignores duplicates). */
export function upsertLink<T extends LinkRow>(list: T[], match: (row: T) => boolean, create: () => T, state: OrgState, now: number): boolean {
  const existing = list.find(match);
  if (existing?.Active) return false;
  if (existing) {
    existing.Active = true;
    touch(existing, state, now);
    return true;
  }
  list.push(create());
  return true;
}

/** Assigns a course to a person (and starts an empty result). */
export function assignCourse(state: OrgState, userId: string, courseId: string, via: AssignedVia, now: number): boolean {
  return upsertLink(
    state.userCourses,
    (r) => r.UserId === userId && r.CourseId === courseId,
    (): UserCourseRow => ({
      UserId: userId,
      CourseId: courseId,
      via,
      ResultId: String(++state.counters.result),
      StartedDate: null,
      Completed: false,
      PercentageComplete: 0,
      CompletedDate: null,
      DueDate: null,
      CompliantTillDate: null,
      LastAttemptDate: null,
      Active: true,
      ...created(state, now),
    }),
    state,
    now,
  );
}

/** Assigns a learning path to a person, and its courses through the path. */
export function assignLearningPath(state: OrgState, userId: string, pathId: string, via: AssignedVia, now: number): boolean {
  const added = upsertLink(
    state.userLearningPaths,
    (r) => r.UserId === userId && r.LearningPathId === pathId,
    () => ({
      UserId: userId,
      LearningPathId: pathId,
      via,
      ResultId: String(++state.counters.result),
      PercentageComplete: 0,
      Completed: false,
      StartDate: null,
      FinishDate: null,
      CompliantTillDate: null,
      changed: null,
      Active: true,
      ...created(state, now),
      UpdatedBy: 0,
    }),
    state,
    now,
  );
  if (added) {
    for (const link of state.learningPathCourses) {
      if (link.LearningPathId === pathId && link.Active) assignCourse(state, userId, link.CourseId, 'learningpath', now);
    }
  }
  return added;
}

/** Adds a person to a team, which also assigns the team's courses and learning paths. */
export function addTeamMember(state: OrgState, teamId: string, userId: string, now: number): boolean {
  const added = upsertLink(
    state.teamUsers,
    (l) => l.TeamId === teamId && l.UserId === userId,
    () => ({ TeamId: teamId, UserId: userId, IsTeamLeader: false, IsTeamAdmin: false, Active: true, ...created(state, now) }),
    state,
    now,
  );
  if (added) {
    for (const link of state.teamCourses)
      if (link.TeamId === teamId && link.Active && !link.IsInTeamLibrary) assignCourse(state, userId, link.CourseId, 'team', now);
    for (const link of state.teamLearningPaths) if (link.TeamId === teamId && link.Active) assignLearningPath(state, userId, link.LearningPathId, 'team', now);
  }
  return added;
}
