/**
 * Teams (some of them sub-teams) with the courses and learning paths assigned to them, the people
 * on them, and managers: a leader of one of the person's teams.
 */
import { newLitmosId } from '../state/litmos-id.js';
import type { CourseRecord, LearningPathRecord, TeamRecord } from '../state/records.js';
import type { Prng } from './create-prng.js';
import { type SeedContext, seededAudit } from './seed-context.js';
import { CITIES, DEPARTMENTS } from './seed-vocabulary.js';

/** Seeds one team per 40 people (at least two), each with its courses and maybe a learning path. */
export function seedTeams(ctx: SeedContext, size: number): void {
  const { state } = ctx;
  const tp = ctx.root.fork('teams');
  const courses = [...state.courses.values()];
  const paths = [...state.learningPaths.values()];
  const teamCount = Math.max(2, Math.round(size / 40));
  for (let i = 0; i < teamCount; i++) {
    const originalId = ++state.counters.team;
    const name = `${tp.pick(DEPARTMENTS)} ${tp.pick(CITIES)[0]} ${i + 1}`;
    const parents = [...state.teams.values()];
    const team: TeamRecord = {
      Id: newLitmosId(ctx.ids, state.usedIds),
      OriginalId: originalId,
      Name: name,
      Description: tp.chance(0.6) ? `People of ${name}.` : null,
      ParentTeamId: parents.length > 0 && tp.chance(0.3) ? tp.pick(parents).Id : '',
      TeamCodeForBulkImport: `${originalId}-${name.replace(/[^A-Za-z0-9]/g, '')}`,
      Active: true,
      ...seededAudit(ctx, tp, ctx.start),
    };
    state.teams.set(team.Id, team);
    assignToTeam(ctx, tp, team, courses, paths);
  }
}

/** One to three courses (some also in the team library) and, for 40 % of teams, a learning path. */
function assignToTeam(ctx: SeedContext, tp: Prng, team: TeamRecord, courses: readonly CourseRecord[], paths: readonly LearningPathRecord[]): void {
  const { state } = ctx;
  for (const course of tp.sample(courses, tp.int(1, 3))) {
    const link = (library: boolean) => ({
      TeamId: team.Id,
      CourseId: course.Id,
      IsInTeamLibrary: library,
      LearningPathAssignment: false,
      Active: true,
      ...seededAudit(ctx, tp, Math.max(team.CreatedDate, course.CreatedDate)),
    });
    state.teamCourses.push(link(false));
    // The same course can also sit in the team library: two rows, which the delta calls report apart.
    if (tp.chance(0.2)) state.teamCourses.push(link(true));
  }
  if (tp.chance(0.4)) {
    const path = tp.pick(paths);
    state.teamLearningPaths.push({
      TeamId: team.Id,
      LearningPathId: path.Id,
      IsInTeamLibrary: false,
      Active: true,
      ...seededAudit(ctx, tp, Math.max(team.CreatedDate, path.CreatedDate)),
    });
  }
}

/**
 * Puts most people on one team and some on two; team leaders and administrators lead their
 * first team. Then gives 70 % of people a manager: the first leader of their first team.
 * @returns the team Ids of each person, in membership order.
 */
export function seedMembership(ctx: SeedContext): Map<string, string[]> {
  const { state } = ctx;
  const mp = ctx.root.fork('members');
  const users = [...state.users.values()];
  const teams = [...state.teams.values()];
  const teamsOfUser = new Map<string, string[]>();
  for (const user of users) {
    if (user.Id === state.ownerId || !mp.chance(0.92)) continue;
    const picked = mp.sample(teams, mp.chance(0.25) ? 2 : 1);
    picked.forEach((team, n) => {
      state.teamUsers.push({
        TeamId: team.Id,
        UserId: user.Id,
        IsTeamLeader: n === 0 && user.AccessLevel === 'Team_Leader',
        IsTeamAdmin: n === 0 && user.AccessLevel === 'Administrator',
        Active: true,
        ...seededAudit(ctx, mp, Math.max(user.CreatedDate, team.CreatedDate)),
      });
    });
    teamsOfUser.set(
      user.Id,
      picked.map((t) => t.Id),
    );
  }
  const leaderOf = new Map<string, string>();
  for (const link of state.teamUsers) if (link.IsTeamLeader && !leaderOf.has(link.TeamId)) leaderOf.set(link.TeamId, link.UserId);
  for (const user of users) {
    const team = teamsOfUser.get(user.Id)?.[0];
    const manager = team ? leaderOf.get(team) : undefined;
    if (manager && manager !== user.Id && mp.chance(0.7)) user.ManagerId = manager;
  }
  return teamsOfUser;
}
