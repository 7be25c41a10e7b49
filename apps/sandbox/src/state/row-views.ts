/**
 * Views of the state as wire rows. One view serves several schemas: it carries every field name
 * any schema for that kind of row uses (`OriginalId` and `OriginalCourseId`, say), and the
 * spec-driven writers keep only the ones the operation's schema lists, in its order.
 */

import type { ModuleResultRow, UserCourseRow, UserLearningPathRow } from './link-rows.js';
import type { OrgState } from './org-state.js';
import type { AchievementRecord, CourseRecord, LearningPathRecord, ModuleRecord, TeamRecord, UserRecord } from './records.js';

/** A person, for `UserSummary`, `UserDetail`, `OrgUser` and friends. */
export function userRow(state: OrgState, user: UserRecord): Record<string, unknown> {
  const manager = user.ManagerId ? state.users.get(user.ManagerId) : undefined;
  const { customFields: _fields, ...wire } = user;
  return {
    ...wire,
    FullName: `${user.FirstName} ${user.LastName}`,
    // Litmos never returns a password; its examples show an empty element.
    Password: '',
    ManagerName: manager ? `${manager.FirstName} ${manager.LastName}` : null,
    // Some list schemas name the person's login `Username`.
    Username: user.UserName,
  };
}

/** A team. */
export function teamRow(team: TeamRecord): Record<string, unknown> {
  return { ...team, OriginalTeamId: team.OriginalId };
}

/** A course. */
export function courseRow(course: CourseRecord): Record<string, unknown> {
  const { deleted: _d, ...wire } = course;
  return {
    ...wire,
    OriginalCourseId: course.OriginalId,
    // `/courses/{id}/details` names the bulk-import code and the time limits differently.
    CourseCode: course.CourseCodeForBulkImport,
    DueDate: course.TimeLimitDate,
    DueDateSpan: course.TimeLimitDays,
    ComplianceDateSpan: course.CompliantTillDays,
  };
}

/** A module. */
export function moduleRow(mod: ModuleRecord): Record<string, unknown> {
  return { ...mod, OriginalModuleId: mod.OriginalId };
}

/** A learning path. */
export function learningPathRow(path: LearningPathRecord): Record<string, unknown> {
  const { deleted: _d, ...wire } = path;
  return { ...wire, OriginalLearningPathId: path.OriginalId, LearningPathTeamLibrary: false };
}

/** A person's course assignment and result, for `/users/{id}/courses` (Id = the course). */
export function userCourseRow(state: OrgState, row: UserCourseRow): Record<string, unknown> {
  const course = state.courses.get(row.CourseId);
  const user = state.users.get(row.UserId);
  const creator = state.users.get(state.ownerId);
  return {
    Id: row.CourseId,
    Code: course?.Code ?? null,
    Name: course?.Name ?? '',
    Active: course?.Active ?? false,
    Complete: row.Completed,
    Completed: row.Completed,
    PercentageComplete: row.PercentageComplete,
    AssignedDate: row.CreatedDate,
    StartDate: row.StartedDate,
    StartedDate: row.StartedDate,
    DateCompleted: row.CompletedDate,
    CompletedDate: row.CompletedDate,
    UpToDate: row.Completed && (row.CompliantTillDate === null || row.CompliantTillDate > row.UpdatedDate),
    Overdue: !row.Completed && row.DueDate !== null && row.DueDate < row.UpdatedDate,
    CompliantTill: row.CompliantTillDate,
    CompliantTillDate: row.CompliantTillDate,
    CourseDueDate: row.DueDate,
    DueDate: row.DueDate,
    IsLearningPath: row.via === 'learningpath',
    CourseCreatedDate: course?.CreatedDate ?? null,
    CourseCreator: creator?.UserName ?? null,
    OriginalId: course?.OriginalId ?? 0,
    OriginalCourseId: course?.OriginalId ?? 0,
    CourseOriginalId: course?.OriginalId ?? 0,
    ResultId: row.ResultId,
    AccessTillDate: course?.AccessTillDate ?? null,
    UserId: row.UserId,
    OriginalUserId: user?.OriginalId ?? 0,
    UserName: user?.UserName ?? '',
    Username: user?.UserName ?? '',
    CourseId: row.CourseId,
    CourseName: course?.Name ?? '',
    LastAttemptDate: row.LastAttemptDate,
    CreatedDate: row.CreatedDate,
    UpdatedDate: row.UpdatedDate,
    CreatedBy: row.CreatedBy,
    UpdatedBy: row.UpdatedBy,
  };
}

/** A course result as the delta `/org/results/details` lists it (Id = the course). */
export function courseResultRow(state: OrgState, row: UserCourseRow): Record<string, unknown> {
  return { ...userCourseRow(state, row), Active: row.Active };
}

/** A course result as `/results/details` and `/courses/{id}/users` list it (Id = the person). */
export function personCourseResultRow(state: OrgState, row: UserCourseRow): Record<string, unknown> {
  const user = state.users.get(row.UserId);
  const base = userCourseRow(state, row);
  return {
    ...base,
    ...(user ? userRow(state, user) : {}),
    Id: row.UserId,
    UserOriginalId: user?.OriginalId ?? 0,
    Complete: row.Completed,
    Completed: row.Completed,
    PercentageComplete: row.PercentageComplete,
    UpdatedDate: row.UpdatedDate,
    CreatedDate: row.CreatedDate,
  };
}

/** A module result (`/org/modules/results`; Id = the module). */
export function moduleResultRow(state: OrgState, row: ModuleResultRow): Record<string, unknown> {
  const mod = state.modules.get(row.ModuleId);
  const user = state.users.get(row.UserId);
  return {
    ...row,
    Id: row.ModuleId,
    OrginalModuleId: mod?.OriginalId ?? 0,
    OriginalModuleId: mod?.OriginalId ?? 0,
    OriginalUserId: user?.OriginalId ?? 0,
    Name: mod?.Name ?? '',
    Code: mod?.Code ?? '',
    Passmark: mod?.Passmark ?? null,
    UserName: user?.UserName ?? '',
    LastUpdated: row.UpdatedDate,
    Attempt: row.AttemptNumber,
    OriginalId: mod?.OriginalId ?? 0,
    ResultId: String(row.ModuleResultId),
  };
}

/** A person's learning path and result (Id = the learning path). */
export function userLearningPathRow(state: OrgState, row: UserLearningPathRow): Record<string, unknown> {
  const path = state.learningPaths.get(row.LearningPathId);
  const user = state.users.get(row.UserId);
  return {
    Id: row.LearningPathId,
    UserId: row.UserId,
    LearningPathId: row.LearningPathId,
    OriginalLearningPathId: path?.OriginalId ?? 0,
    OriginalUserId: user?.OriginalId ?? 0,
    OriginalId: path?.OriginalId ?? 0,
    Name: path?.Name ?? '',
    Active: row.Active,
    Complete: row.Completed,
    Completed: row.Completed,
    PercentageComplete: row.PercentageComplete,
    AssignedDate: row.CreatedDate,
    StartDate: row.StartDate,
    DateCompleted: row.FinishDate,
    FinishDate: row.FinishDate,
    CompliantTillDate: row.CompliantTillDate,
    ResultId: row.ResultId,
    AccessTillDate: path?.AccessTillDate ?? null,
    CreatedDate: row.CreatedDate,
    UpdatedDate: row.changed,
    CreatedBy: row.CreatedBy,
    UpdatedBy: row.UpdatedBy,
  };
}

/** An achievement, for `/achievements` (`Achievement`) and `/org/achievements` (`OrgAchievement`). */
export function achievementRow(state: OrgState, a: AchievementRecord): Record<string, unknown> {
  const user = state.users.get(a.UserId);
  const course = a.CourseId ? state.courses.get(a.CourseId) : undefined;
  const path = a.LearningPathId ? state.learningPaths.get(a.LearningPathId) : undefined;
  return {
    ...a,
    // `/achievements` writes an empty CourseId for non-course achievements.
    CourseId: a.CourseId ?? '',
    FirstName: user?.FirstName ?? '',
    LastName: user?.LastName ?? '',
    OriginalAchievementId: a.AchievementId,
    OriginalUserId: user?.OriginalId ?? 0,
    OriginalCourseId: course?.OriginalId ?? null,
    OriginalLearningPathId: path?.OriginalId ?? null,
    CertificateId: a.CertificateId,
  };
}
