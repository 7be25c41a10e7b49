/**
 * Lookups the handlers share, each refusing with Litmos' 404 text when the record is missing
 * (or deleted, or not active where Litmos hides inactive records).
 */
import { Refusal } from '../api/refusal.js';
import type { OrgState } from './org-state.js';
import type { CourseRecord, LearningPathRecord, TeamRecord, UserRecord } from './records.js';

/**
 * Finds a person by Id or, where Litmos allows it (reads), by username.
 * @throws Refusal 404 "User - x was not found".
 */
export function findUser(state: OrgState, idOrName: string, allowUsername: boolean): UserRecord {
  const user = state.users.get(idOrName) ?? (allowUsername ? state.usersByName.get(idOrName.toLowerCase()) : undefined);
  if (!user) throw new Refusal(404, `User - ${idOrName} was not found`);
  return user;
}

/** Finds a team. @throws Refusal 404. */
export function findTeam(state: OrgState, id: string): TeamRecord {
  const team = state.teams.get(id);
  if (!team?.Active) throw new Refusal(404, `Team - ${id} was not found`);
  return team;
}

/** Finds a course that has not been deleted. @throws Refusal 404. */
export function findCourse(state: OrgState, id: string): CourseRecord {
  const course = state.courses.get(id);
  if (!course || course.deleted) throw new Refusal(404, `Course - ${id} was not found`);
  return course;
}

/** Finds a learning path that has not been deleted. @throws Refusal 404. */
export function findLearningPath(state: OrgState, id: string): LearningPathRecord {
  const path = state.learningPaths.get(id);
  if (!path || path.deleted) throw new Refusal(404, `Learning Path - ${id} was not found`);
  return path;
}

/** The active membership row of a person on a team. @throws Refusal 404 when not a member. */
export function membership(state: OrgState, teamId: string, userId: string) {
  const link = state.teamUsers.find((l) => l.TeamId === teamId && l.UserId === userId && l.Active);
  if (!link) throw new Refusal(404, `User - ${userId} is not a member of the team`);
  return link;
}
