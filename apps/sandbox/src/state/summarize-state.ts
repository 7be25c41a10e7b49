/** Counts of the records in an organisation, for the control API and the CLI banner. */
import type { OrgState } from './org-state.js';

/** What `GET /__sandbox/state` reports (plus clock, limiter and fault settings). */
export interface StateSummary {
  readonly seed: number;
  readonly size: number;
  readonly users: number;
  readonly teams: number;
  readonly courses: number;
  readonly modules: number;
  readonly learningPaths: number;
  readonly teamMemberships: number;
  readonly courseAssignments: number;
  readonly moduleResults: number;
  readonly learningPathAssignments: number;
  readonly achievements: number;
  readonly [extra: string]: unknown;
}

/** Summarises an organisation. */
export function summarizeState(state: OrgState): StateSummary {
  return {
    seed: state.seed,
    size: state.size,
    users: state.users.size,
    teams: state.teams.size,
    courses: state.courses.size,
    modules: state.modules.size,
    learningPaths: state.learningPaths.size,
    teamMemberships: state.teamUsers.length,
    courseAssignments: state.userCourses.length,
    moduleResults: state.moduleResults.length,
    learningPathAssignments: state.userLearningPaths.length,
    achievements: state.achievements.length,
  };
}
