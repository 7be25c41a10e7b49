/**
 * Gamification: points and badges derived from course completions, so they
 * move when a course is completed through the API; a reset zeroes the points and forgets the
 * completions before it.
 */

import { findTeam, findUser } from '../state/find-records.js';
import type { OrgState } from '../state/org-state.js';
import type { UserRecord } from '../state/records.js';
import type { HandlerContext, HandlerTable } from './handler-types.js';

/** Points a course completion earns in the sandbox. */
export const POINTS_PER_COMPLETION = 10;

/** Badges and the number of completions that earns each. */
const BADGES = [
  { ID: 'B-FIRST', Title: 'First Steps', Description: 'Completed a first course', needs: 1, color: '#2E86DE' },
  { ID: 'B-FIVE', Title: 'Fast Learner', Description: 'Completed five courses', needs: 5, color: '#10AC84' },
  { ID: 'B-TEN', Title: 'Scholar', Description: 'Completed ten courses', needs: 10, color: '#EE5253' },
];

function completions(state: OrgState, user: UserRecord) {
  return state.achievements.filter((a) => a.UserId === user.Id && a.CourseId !== null && a.AchievementDate >= (user.gamificationResetAt ?? 0));
}

function badgesOf(state: OrgState, user: UserRecord) {
  const n = completions(state, user).length;
  return BADGES.filter((b) => n >= b.needs).map((b) => ({
    ID: b.ID,
    Title: b.Title,
    Description: b.Description,
    Icon: `https://cdn.sandbox-org.example/badges/${b.ID.toLowerCase()}.png`,
    IconBgColor: b.color,
    IconDisplayUrl: `https://cdn.sandbox-org.example/badges/${b.ID.toLowerCase()}.png`,
  }));
}

function itemsOf(state: OrgState, user: UserRecord) {
  return completions(state, user).map((a) => ({
    ID: String(a.AchievementId),
    ItemID: a.CourseId ?? '',
    ItemName: a.Title,
    EarnedPoint: POINTS_PER_COMPLETION,
    EarnedBadgeID: null,
    DateCompleted: a.AchievementDate,
    Badge: null,
    GamificationLearningPathItemList: null,
    GamificationCourseItemList: [{ ID: String(a.AchievementId), CourseID: a.CourseId ?? '', CourseName: a.Title }],
  }));
}

const user = (ctx: HandlerContext) => findUser(ctx.state, ctx.pathValues[0]!, true);

/** Handlers for gamification, by operation shape. */
export const gamificationHandlers: HandlerTable = {
  'GET /users/{}/gamificationsummary': (ctx) => {
    const u = user(ctx);
    return {
      status: 200,
      record: { TotalBadgeEarned: badgesOf(ctx.state, u).length, TotalPointEarned: completions(ctx.state, u).length * POINTS_PER_COMPLETION },
    };
  },
  'GET /users/{}/badges': (ctx) => ({ status: 200, rows: badgesOf(ctx.state, user(ctx)) }),
  'GET /users/{}/gamificationdetails': (ctx) => ({ status: 200, rows: itemsOf(ctx.state, user(ctx)) }),
  'GET /teams/{}/gamificationdetails': (ctx) => {
    const team = findTeam(ctx.state, ctx.pathValues[0]!);
    const rows = ctx.state.teamUsers
      .filter((l) => l.TeamId === team.Id && l.Active)
      .map((l) => ctx.state.users.get(l.UserId))
      .filter((u): u is UserRecord => u?.Active === true)
      .map((u) => ({ Id: u.Id, FirstName: u.FirstName, LastName: u.LastName, GamificationAchievedItems: itemsOf(ctx.state, u) }));
    return { status: 200, rows };
  },
  'PUT /users/{}/gamificationreset': (ctx) => {
    const u = findUser(ctx.state, ctx.pathValues[0]!, false);
    u.gamificationResetAt = ctx.now + 1000;
    u.Points = 0;
    return { status: 200 };
  },
};
