/**
 * The link tables the delta calls report: team members, team and person assignments, results.
 * Link rows are soft-deleted (`Active: false`, fresh `UpdatedDate`), because the delta calls
 * report removed links that way.
 */
import type { Audited } from './records.js';

/** A soft-deletable link row (`Active: false` once removed). */
export interface LinkRow extends Audited {
  Active: boolean;
}

/** A module in a course. */
export interface CourseModuleLink extends LinkRow {
  CourseId: string;
  ModuleId: string;
}

/** A course in a learning path (in path order). */
export interface LearningPathCourseLink extends LinkRow {
  LearningPathId: string;
  CourseId: string;
}

/** A person on a team. */
export interface TeamUserLink extends LinkRow {
  TeamId: string;
  UserId: string;
  IsTeamLeader: boolean;
  IsTeamAdmin: boolean;
}

/** A course assigned to a team, directly (IsInTeamLibrary false) or in its library (true). */
export interface TeamCourseLink extends LinkRow {
  TeamId: string;
  CourseId: string;
  IsInTeamLibrary: boolean;
  LearningPathAssignment: boolean;
}

/** A learning path assigned to a team. */
export interface TeamLearningPathLink extends LinkRow {
  TeamId: string;
  LearningPathId: string;
  IsInTeamLibrary: boolean;
}

/** How a course or learning path reached a person. */
export type AssignedVia = 'direct' | 'team' | 'learningpath';

/** A course assigned to a person, with the person's result. */
export interface UserCourseRow extends LinkRow {
  UserId: string;
  CourseId: string;
  via: AssignedVia;
  ResultId: string;
  StartedDate: number | null;
  Completed: boolean;
  PercentageComplete: number;
  CompletedDate: number | null;
  DueDate: number | null;
  CompliantTillDate: number | null;
  LastAttemptDate: number | null;
}

/** A person's result for one module. */
export interface ModuleResultRow extends LinkRow {
  ModuleResultId: number;
  UserId: string;
  CourseId: string;
  ModuleId: string;
  Score: number;
  Completed: boolean;
  AttemptNumber: number;
  StartedDate: number;
  FinishedDate: number | null;
  TimeTaken: string;
  Note: string | null;
}

/** A learning path assigned to a person, with the person's result. */
export interface UserLearningPathRow extends LinkRow {
  UserId: string;
  LearningPathId: string;
  via: AssignedVia;
  ResultId: string;
  PercentageComplete: number;
  Completed: boolean;
  StartDate: number | null;
  FinishDate: number | null;
  CompliantTillDate: number | null;
  /** Null until the assignment is first changed (Litmos writes `i:nil` then). */
  changed: number | null;
}
