/**
 * The achievements Litmos records when a person completes a course or a learning path. Seeding
 * and the module-result write both create them, so both go through here.
 */
import type { Prng } from '../seed/create-prng.js';
import { actorOf } from './audit.js';
import type { UserCourseRow } from './link-rows.js';
import { newLitmosId } from './litmos-id.js';
import type { OrgState } from './org-state.js';
import type { AchievementRecord, CourseRecord, LearningPathRecord, UserRecord } from './records.js';

/** The achievement Litmos records when a person completes a course. */
export function courseAchievement(state: OrgState, user: UserRecord, course: CourseRecord, row: UserCourseRow, prng: Prng): AchievementRecord {
  const when = row.CompletedDate ?? row.UpdatedDate;
  return {
    Id: newLitmosId(prng, state.usedIds),
    AchievementId: ++state.counters.achievement,
    UserId: user.Id,
    CourseId: course.Id,
    LearningPathId: null,
    Title: course.Name,
    Description: `Completed the course ${course.Name}`,
    AchievementDate: when,
    CompliantTillDate: row.CompliantTillDate,
    Score: String(prng.int(70, 100)),
    Result: 'Completed',
    Type: 'Course Completed',
    CertificateId: prng.chance(0.5) ? 600000 + state.counters.achievement : null,
    CreatedDate: when,
    UpdatedDate: when,
    CreatedBy: actorOf(state),
    UpdatedBy: actorOf(state),
  };
}

/** The achievement Litmos records when a person completes a learning path (finished at `when`). */
export function learningPathAchievement(state: OrgState, userId: string, path: LearningPathRecord, when: number): AchievementRecord {
  const owner = actorOf(state);
  return {
    Id: newLitmosId(state.prng, state.usedIds),
    AchievementId: ++state.counters.achievement,
    UserId: userId,
    CourseId: null,
    LearningPathId: path.Id,
    Title: path.Name,
    Description: `Completed the learning path ${path.Name}`,
    AchievementDate: when,
    CompliantTillDate: null,
    Score: null,
    Result: 'Completed',
    Type: 'Learning Path Completed',
    CertificateId: null,
    CreatedDate: when,
    UpdatedDate: when,
    CreatedBy: owner,
    UpdatedBy: owner,
  };
}
