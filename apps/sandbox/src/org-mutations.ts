/**
 * State changes shared by the write handlers. Each keeps the link tables consistent the way the
 * delta calls observe them: new links get fresh dates, removed links become `Active: false` with
 * a fresh `UpdatedDate`, and re-adding a removed link reactivates the same row.
 */
import { LitmosError } from './litmos-error.js';
import { type AssignedVia, type LinkRow, newLitmosId, type OrgState, type TeamRecord, type UserCourseRow, type UserRecord } from './org-state.js';

/** OriginalId of the key's owner, who is the author of every API write. */
export function actorOf(state: OrgState): number {
  return state.users.get(state.ownerId)?.OriginalId ?? 0;
}

/** Marks a record changed now by the API caller. */
export function touch(record: { UpdatedDate: number; UpdatedBy: number }, state: OrgState, now: number): void {
  record.UpdatedDate = now;
  record.UpdatedBy = actorOf(state);
}

/** Fresh audit fields for a record created now. */
export function created(state: OrgState, now: number): { CreatedDate: number; UpdatedDate: number; CreatedBy: number; UpdatedBy: number } {
  const actor = actorOf(state);
  return { CreatedDate: now, UpdatedDate: now, CreatedBy: actor, UpdatedBy: actor };
}

/**
 * Finds a person by Id or, where Litmos allows it (reads), by username.
 * @throws LitmosError 404 "User - x was not found" (the text B documents for GET /users/{id}).
 */
export function findUser(state: OrgState, idOrName: string, allowUsername: boolean): UserRecord {
  const user = state.users.get(idOrName) ?? (allowUsername ? state.usersByName.get(idOrName.toLowerCase()) : undefined);
  if (!user) throw new LitmosError(404, `User - ${idOrName} was not found`);
  return user;
}

/** Finds a team. @throws LitmosError 404. */
export function findTeam(state: OrgState, id: string): TeamRecord {
  const team = state.teams.get(id);
  if (!team?.Active) throw new LitmosError(404, `Team - ${id} was not found`);
  return team;
}

/** Finds a course that has not been deleted. @throws LitmosError 404. */
export function findCourse(state: OrgState, id: string) {
  const course = state.courses.get(id);
  if (!course || course.deleted) throw new LitmosError(404, `Course - ${id} was not found`);
  return course;
}

/** Finds a learning path that has not been deleted. @throws LitmosError 404. */
export function findLearningPath(state: OrgState, id: string) {
  const path = state.learningPaths.get(id);
  if (!path || path.deleted) throw new LitmosError(404, `Learning Path - ${id} was not found`);
  return path;
}

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

/** The active membership row of a person on a team. @throws LitmosError 404 when not a member. */
export function membership(state: OrgState, teamId: string, userId: string) {
  const link = state.teamUsers.find((l) => l.TeamId === teamId && l.UserId === userId && l.Active);
  if (!link) throw new LitmosError(404, `User - ${userId} is not a member of the team`);
  return link;
}

/** Removes every trace of a person (Litmos' DELETE /users/{id} is a hard delete). */
export function deleteUserEverywhere(state: OrgState, user: UserRecord): void {
  state.users.delete(user.Id);
  state.usersByName.delete(user.UserName.toLowerCase());
  const keep = <T extends { UserId: string }>(list: T[]) => {
    let w = 0;
    for (const row of list) if (row.UserId !== user.Id) list[w++] = row;
    list.length = w;
  };
  keep(state.teamUsers);
  keep(state.userCourses);
  keep(state.moduleResults);
  keep(state.userLearningPaths);
  keep(state.achievements);
  for (const other of state.users.values()) if (other.ManagerId === user.Id) other.ManagerId = null;
}

/** A new opaque Id for a record created through the API. */
export function nextId(state: OrgState): string {
  return newLitmosId(state.prng, state.usedIds);
}
