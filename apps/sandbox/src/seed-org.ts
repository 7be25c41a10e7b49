/**
 * Builds a deterministic organisation from a seed number and a size (number of people): teams,
 * courses, modules, learning paths, assignments, results and achievements, with timestamps spread
 * over the 90 days before `now`. The same (seed, size, now) always gives the same state, byte for
 * byte: every random draw comes from a seeded generator, forked per kind of record so that the
 * people do not change when, say, the course generator draws one more number.
 */
import { createPrng, type Prng } from './create-prng.js';
import {
  type AchievementRecord,
  type AssignedVia,
  type CourseRecord,
  type LearningPathRecord,
  type ModuleRecord,
  newLitmosId,
  type OrgState,
  type SessionRecord,
  type TeamRecord,
  type UserCourseRow,
  type UserRecord,
} from './org-state.js';

/** What to seed. */
export interface SeedOptions {
  /** Seed of the generator. */
  readonly seed: number;
  /** Number of people, the Account Owner included (at least 1). */
  readonly users: number;
  /** "Now" in epoch ms; seeded timestamps lie in the 90 days before it. */
  readonly now: number;
}

const DAY = 86_400_000;
/** How far back seeded timestamps reach. */
export const SEED_SPAN_DAYS = 90;

const FIRST = [
  'Ana',
  'Ben',
  'Chloe',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Liam',
  'Maya',
  'Noah',
  'Olga',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tariq',
  'Uma',
  'Victor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
];
const LAST = [
  'Souza',
  'Okafor',
  'Martin',
  'Patel',
  'Rossi',
  'Haddad',
  'Kim',
  'Tanaka',
  'Garcia',
  'Berg',
  'Adeyemi',
  'Murphy',
  'Cohen',
  'Novak',
  'Ivanova',
  'Sharma',
  'Walsh',
  'Lopez',
  'Fischer',
  'Aziz',
  'Nair',
  'Dubois',
  'Li',
  'Ortega',
  'Demir',
  'Smith',
];
const CITIES: ReadonlyArray<[string, string, string]> = [
  ['Bristol', 'United Kingdom', 'GMT Standard Time'],
  ['Dublin', 'Ireland', 'GMT Standard Time'],
  ['Chicago', 'United States', 'Central Standard Time'],
  ['Austin', 'United States', 'Central Standard Time'],
  ['Seattle', 'United States', 'Pacific Standard Time'],
  ['Berlin', 'Germany', 'W. Europe Standard Time'],
  ['Sydney', 'Australia', 'AUS Eastern Standard Time'],
  ['Toronto', 'Canada', 'Eastern Standard Time'],
];
const CULTURES = ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'es-ES', 'en-AU'];
const DEPARTMENTS = ['Field Operations', 'Sales', 'Support', 'Engineering', 'Finance', 'People', 'Logistics', 'Marketing'];
const JOB_TITLES = ['Technician', 'Engineer', 'Analyst', 'Coordinator', 'Manager', 'Specialist', 'Associate'];
const TOPICS = [
  'Workplace Safety',
  'Data Privacy',
  'Customer Care',
  'Fire Awareness',
  'Code of Conduct',
  'Cyber Security',
  'Manual Handling',
  'First Aid',
  'Leadership',
  'Product Knowledge',
  'Negotiation',
  'Time Management',
  'Accessibility',
  'Anti-Bribery',
  'Diversity & Inclusion',
  'Incident Reporting',
];
const LEVELS = ['Basics', 'Essentials', 'Advanced', 'Refresher', 'in Practice'];
const MODULE_TYPES = ['Video', 'Quiz', 'Content', 'Assessment', 'SCORM'];
/** The organisation's user custom fields (`/users/{id}/usercustomfields`). */
export const USER_CUSTOM_FIELDS = ['Department', 'Cost Centre', 'Start Date'];

const sec = (ms: number): number => Math.floor(ms / 1000) * 1000;

/** Seeds an organisation. */
export function seedOrg(options: SeedOptions): OrgState {
  const size = Math.max(1, Math.floor(options.users));
  const now = sec(options.now);
  const root = createPrng(options.seed);
  const usedIds = new Set<string>();
  const start = now - SEED_SPAN_DAYS * DAY;
  /** A time in [from, now), at least a second before now. */
  const between = (p: Prng, from: number): number => sec(from + p.next() * Math.max(0, now - 1000 - from));

  const state: OrgState = {
    ownerId: '',
    seed: options.seed,
    size,
    prng: root.fork('writes'),
    counters: {
      user: 4100000,
      team: 404000,
      course: 590000,
      module: 880000,
      learningPath: 77000,
      result: 7730000,
      moduleResult: 9100000,
      achievement: 5100000,
    },
    usedIds,
    userCustomFieldNames: USER_CUSTOM_FIELDS,
    users: new Map(),
    usersByName: new Map(),
    teams: new Map(),
    courses: new Map(),
    modules: new Map(),
    learningPaths: new Map(),
    courseModules: [],
    learningPathCourses: [],
    teamUsers: [],
    teamCourses: [],
    teamLearningPaths: [],
    userCourses: [],
    moduleResults: [],
    userLearningPaths: [],
    achievements: [],
    collections: new Map(),
    listings: new Map(),
    tokens: new Map(),
    bulkImports: [],
    iltModules: new Map(),
    sessions: new Map(),
    settingsLog: [],
  };
  const c = state.counters;

  // People. The first is the Account Owner, who created everything else.
  const up = root.fork('users');
  const idp = root.fork('ids');
  const ownerOriginalId = c.user + 1;
  for (let i = 0; i < size; i++) {
    const originalId = ++c.user;
    const first = up.pick(FIRST);
    const last = up.pick(LAST);
    const isOwner = i === 0;
    const custom = !isOwner && up.chance(0.08);
    const email = `${first}.${last}.${originalId}@sandbox-org.example`.toLowerCase();
    const created = isOwner ? start : between(up, start);
    const updated = up.chance(0.5) ? created : between(up, created);
    const lastLogin = isOwner || up.chance(0.8) ? between(up, created) : '';
    const [city, country, zone] = up.pick(CITIES);
    const roll = up.next();
    const level = isOwner ? 'Account_Owner' : roll < 0.9 ? 'Learner' : roll < 0.96 ? 'Team_Leader' : 'Administrator';
    const department = up.pick(DEPARTMENTS);
    const user: UserRecord = {
      Id: newLitmosId(idp, usedIds),
      OriginalId: originalId,
      UserName: custom ? `${first}.${last}${originalId}`.toLowerCase() : email,
      FirstName: first,
      LastName: last,
      Email: custom && up.chance(0.5) ? null : email,
      AccessLevel: level,
      DisableMessages: up.chance(0.1),
      Active: isOwner || up.chance(0.93),
      Skype: up.chance(0.1) ? `${first}.${last}`.toLowerCase() : null,
      PhoneWork: up.chance(0.6) ? `+1555${String(up.int(1000000, 9999999))}` : null,
      PhoneMobile: up.chance(0.3) ? `+1555${String(up.int(1000000, 9999999))}` : null,
      LastLogin: lastLogin,
      LoginKey: `https://sandbox.litmos.example/login.aspx?loginkey=${hex(up, 8)}-${hex(up, 4)}-4${hex(up, 3)}-8${hex(up, 3)}-${hex(up, 12)}`,
      IsCustomUsername: custom,
      Password: null,
      SkipFirstLogin: up.chance(0.3),
      TimeZone: zone,
      SalesforceId: null,
      Street1: up.chance(0.7) ? `${up.int(1, 220)} ${up.pick(['Harbour Road', 'Main Street', 'Elm Avenue', 'Station Lane', 'King Street'])}` : null,
      Street2: up.chance(0.2) ? `Unit ${up.int(1, 40)}` : up.chance(0.5) ? '' : null,
      City: city,
      State: null,
      PostalCode: up.chance(0.8) ? String(up.int(10000, 99999)) : null,
      Country: country,
      CompanyName: 'Sandbox Learning',
      JobTitle: `${department === 'Field Operations' ? 'Field' : department} ${up.pick(JOB_TITLES)}`,
      CustomField1: department,
      CustomField2: up.chance(0.3) ? '' : null,
      CustomField3: null,
      Culture: up.pick(CULTURES),
      CustomField4: null,
      CustomField5: null,
      CustomField6: null,
      CustomField7: null,
      CustomField8: null,
      CustomField9: null,
      CustomField10: null,
      SalesforceContactId: null,
      SalesforceAccountId: null,
      Points: up.int(0, 500),
      Brand: 'Default',
      ManagerId: null,
      EnableTextNotification: false,
      Website: null,
      Twitter: null,
      ExpirationDate: up.chance(0.03) ? sec(now + up.int(30, 365) * DAY) : null,
      JobRole: null,
      ExternalEmployeeId: `SB-${String(originalId).slice(-5)}`,
      ProfileType: 'Internal',
      customFields: { Department: department, 'Cost Centre': `CC-${up.int(100, 999)}`, 'Start Date': null },
      CreatedDate: created,
      UpdatedDate: updated,
      CreatedBy: ownerOriginalId,
      UpdatedBy: ownerOriginalId,
    };
    if (isOwner) state.ownerId = user.Id;
    state.users.set(user.Id, user);
    state.usersByName.set(user.UserName.toLowerCase(), user);
  }
  const users = [...state.users.values()];
  const audit = (p: Prng, from: number) => {
    const created = between(p, from);
    return { CreatedDate: created, UpdatedDate: p.chance(0.4) ? created : between(p, created), CreatedBy: ownerOriginalId, UpdatedBy: ownerOriginalId };
  };

  // Courses and their modules.
  const cp = root.fork('courses');
  const courseCount = Math.min(300, Math.max(4, Math.round(size / 50)));
  for (let i = 0; i < courseCount; i++) {
    const originalId = ++c.course;
    const code = `C${String(i + 1).padStart(3, '0')}`;
    // Some courses are sold in the shop; the fourth always is, so even a small org has one.
    const forSale = i % 7 === 3 || cp.chance(0.1);
    const course: CourseRecord = {
      Id: newLitmosId(idp, usedIds),
      OriginalId: originalId,
      Code: code,
      Name: `${cp.pick(TOPICS)} ${cp.pick(LEVELS)} ${i + 1}`,
      Description: cp.chance(0.9) ? 'A short course for every team member.' : null,
      Active: cp.chance(0.95),
      ForSale: forSale,
      Price: forSale ? cp.int(5, 99) + 0.99 : 0,
      EcommerceShortDescription: forSale ? 'Learn it in twenty minutes' : null,
      EcommerceLongDescription: null,
      CourseCodeForBulkImport: `${originalId}-${code}`,
      AccessTillDate: null,
      AccessTillDays: forSale ? 90 : null,
      CompliantTillDays: cp.chance(0.3) ? 365 : null,
      TimeLimitDate: null,
      TimeLimitDays: cp.chance(0.4) ? 30 : null,
      DisplayOrder: i + 1,
      IncludeInLibrary: cp.chance(0.8),
      CourseImageURL: cp.chance(0.3) ? `https://cdn.sandbox-org.example/courses/${code.toLowerCase()}.png` : null,
      deleted: false,
      ...audit(cp, start),
    };
    state.courses.set(course.Id, course);
    const moduleCount = cp.int(2, 6);
    for (let m = 0; m < moduleCount; m++) {
      const type = cp.pick(MODULE_TYPES);
      const mod: ModuleRecord = {
        Id: newLitmosId(idp, usedIds),
        OriginalId: ++c.module,
        Code: `${code}-M${m + 1}`,
        Name: `${course.Name}: part ${m + 1}`,
        Description: cp.chance(0.7) ? `Part ${m + 1} of ${course.Name}.` : null,
        Active: true,
        Passmark: type === 'Quiz' || type === 'Assessment' ? cp.pick([70, 80]) : null,
        ModuleType: type,
        ...audit(cp, course.CreatedDate),
      };
      state.modules.set(mod.Id, mod);
      state.courseModules.push({ CourseId: course.Id, ModuleId: mod.Id, Active: true, ...audit(cp, mod.CreatedDate) });
    }
  }
  const courses = [...state.courses.values()];
  const modulesOf = new Map<string, ModuleRecord[]>();
  for (const link of state.courseModules) {
    const list = modulesOf.get(link.CourseId) ?? [];
    list.push(state.modules.get(link.ModuleId)!);
    modulesOf.set(link.CourseId, list);
  }

  // Learning paths.
  const lp = root.fork('learningpaths');
  const pathCount = Math.max(2, Math.round(courseCount / 6));
  for (let i = 0; i < pathCount; i++) {
    // Every fourth path is sold in the shop, so even a small org has one for /org/ecommerce.
    const forSale = i % 4 === 1;
    const path: LearningPathRecord = {
      Id: newLitmosId(idp, usedIds),
      OriginalId: ++c.learningPath,
      Name: `${lp.pick(DEPARTMENTS)} Path ${i + 1}`,
      Description: lp.chance(0.8) ? 'Courses to take in order.' : null,
      Active: lp.chance(0.95),
      ForSale: forSale,
      Price: forSale ? lp.int(20, 199) + 0.99 : 0,
      EcommerceShortDescription: forSale ? 'A complete programme' : null,
      EcommerceLongDescription: null,
      AccessTillDate: null,
      AccessTillDays: null,
      DisplayOrder: i + 1,
      IncludeInLibrary: lp.chance(0.7),
      IsCourseOrderOptional: lp.chance(0.3),
      IsEquivalency: false,
      ImageURL: null,
      deleted: false,
      ...audit(lp, start),
    };
    state.learningPaths.set(path.Id, path);
    for (const course of lp.sample(courses, lp.int(2, 5))) {
      state.learningPathCourses.push({
        LearningPathId: path.Id,
        CourseId: course.Id,
        Active: true,
        ...audit(lp, Math.max(path.CreatedDate, course.CreatedDate)),
      });
    }
  }
  const paths = [...state.learningPaths.values()];
  const coursesOfPath = new Map<string, string[]>();
  for (const link of state.learningPathCourses) coursesOfPath.set(link.LearningPathId, [...(coursesOfPath.get(link.LearningPathId) ?? []), link.CourseId]);

  // Teams, some of them sub-teams, with their courses and learning paths.
  const tp = root.fork('teams');
  const teamCount = Math.max(2, Math.round(size / 40));
  for (let i = 0; i < teamCount; i++) {
    const originalId = ++c.team;
    const name = `${tp.pick(DEPARTMENTS)} ${tp.pick(CITIES)[0]} ${i + 1}`;
    const parents = [...state.teams.values()];
    const team: TeamRecord = {
      Id: newLitmosId(idp, usedIds),
      OriginalId: originalId,
      Name: name,
      Description: tp.chance(0.6) ? `People of ${name}.` : null,
      ParentTeamId: parents.length > 0 && tp.chance(0.3) ? tp.pick(parents).Id : '',
      TeamCodeForBulkImport: `${originalId}-${name.replace(/[^A-Za-z0-9]/g, '')}`,
      Active: true,
      ...audit(tp, start),
    };
    state.teams.set(team.Id, team);
    for (const course of tp.sample(courses, tp.int(1, 3))) {
      state.teamCourses.push({
        TeamId: team.Id,
        CourseId: course.Id,
        IsInTeamLibrary: false,
        LearningPathAssignment: false,
        Active: true,
        ...audit(tp, Math.max(team.CreatedDate, course.CreatedDate)),
      });
      // The same course can also sit in the team library: two rows, as §1.11 describes.
      if (tp.chance(0.2)) {
        state.teamCourses.push({
          TeamId: team.Id,
          CourseId: course.Id,
          IsInTeamLibrary: true,
          LearningPathAssignment: false,
          Active: true,
          ...audit(tp, Math.max(team.CreatedDate, course.CreatedDate)),
        });
      }
    }
    if (tp.chance(0.4)) {
      const path = tp.pick(paths);
      state.teamLearningPaths.push({
        TeamId: team.Id,
        LearningPathId: path.Id,
        IsInTeamLibrary: false,
        Active: true,
        ...audit(tp, Math.max(team.CreatedDate, path.CreatedDate)),
      });
    }
  }
  const teams = [...state.teams.values()];

  // Membership: most people are on one team, some on two; leaders and admins lead their first team.
  const mp = root.fork('members');
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
        ...audit(mp, Math.max(user.CreatedDate, team.CreatedDate)),
      });
    });
    teamsOfUser.set(
      user.Id,
      picked.map((t) => t.Id),
    );
  }
  // Managers: a leader of one of the person's teams.
  const leaderOf = new Map<string, string>();
  for (const link of state.teamUsers) if (link.IsTeamLeader && !leaderOf.has(link.TeamId)) leaderOf.set(link.TeamId, link.UserId);
  for (const user of users) {
    const team = teamsOfUser.get(user.Id)?.[0];
    const manager = team ? leaderOf.get(team) : undefined;
    if (manager && manager !== user.Id && mp.chance(0.7)) user.ManagerId = manager;
  }

  // Assignments and results. Team links indexed by team: 5,000 people × every link would be slow.
  const rp = root.fork('results');
  const groupBy = <T extends { TeamId: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.TeamId, [...(map.get(row.TeamId) ?? []), row]);
    return map;
  };
  const teamCoursesOf = groupBy(state.teamCourses);
  const teamPathsOf = groupBy(state.teamLearningPaths);
  const coursesById = state.courses;
  for (const user of users) {
    if (user.Id === state.ownerId) continue;
    const assigned = new Map<string, AssignedVia>();
    for (const course of rp.sample(courses, rp.int(0, 2))) assigned.set(course.Id, 'direct');
    for (const teamId of teamsOfUser.get(user.Id) ?? []) {
      for (const link of teamCoursesOf.get(teamId) ?? []) if (!link.IsInTeamLibrary && !assigned.has(link.CourseId)) assigned.set(link.CourseId, 'team');
    }
    const userPaths = new Map<string, AssignedVia>();
    if (rp.chance(0.2)) userPaths.set(rp.pick(paths).Id, 'direct');
    for (const teamId of teamsOfUser.get(user.Id) ?? []) {
      for (const link of teamPathsOf.get(teamId) ?? []) if (!userPaths.has(link.LearningPathId)) userPaths.set(link.LearningPathId, 'team');
    }
    for (const pathId of userPaths.keys()) {
      for (const courseId of coursesOfPath.get(pathId) ?? []) if (!assigned.has(courseId)) assigned.set(courseId, 'learningpath');
    }
    const rowsByCourse = new Map<string, UserCourseRow>();
    for (const [courseId, via] of assigned) {
      const course = coursesById.get(courseId)!;
      const assignedAt = between(rp, Math.max(user.CreatedDate, course.CreatedDate));
      const started = rp.chance(0.65) ? between(rp, assignedAt) : null;
      const completed = started !== null && rp.chance(0.6);
      const completedAt = completed ? between(rp, started) : null;
      const percentage = completed ? 100 : started !== null ? rp.int(0, 9) * 10 : 0;
      const lastTouch = completedAt ?? started ?? assignedAt;
      const row: UserCourseRow = {
        UserId: user.Id,
        CourseId: courseId,
        via,
        ResultId: String(++c.result),
        StartedDate: started,
        Completed: completed,
        PercentageComplete: percentage,
        CompletedDate: completedAt,
        DueDate: course.TimeLimitDays ? assignedAt + course.TimeLimitDays * DAY : null,
        CompliantTillDate: completedAt !== null && course.CompliantTillDays ? completedAt + course.CompliantTillDays * DAY : null,
        LastAttemptDate: started !== null ? lastTouch : null,
        Active: true,
        CreatedDate: assignedAt,
        UpdatedDate: lastTouch,
        CreatedBy: ownerOriginalId,
        UpdatedBy: ownerOriginalId,
      };
      state.userCourses.push(row);
      rowsByCourse.set(courseId, row);
      if (started !== null) {
        const mods = modulesOf.get(courseId) ?? [];
        const done = completed ? mods.length : Math.floor((mods.length * percentage) / 100);
        mods.slice(0, Math.max(1, done)).forEach((mod, n) => {
          const finished = n < done ? between(rp, started) : null;
          const taken = rp.int(60, 3600);
          state.moduleResults.push({
            ModuleResultId: ++c.moduleResult,
            UserId: user.Id,
            CourseId: courseId,
            ModuleId: mod.Id,
            Score: mod.Passmark !== null ? rp.int(finished !== null ? mod.Passmark : 0, 100) : finished !== null ? 100 : 0,
            Completed: finished !== null,
            AttemptNumber: rp.int(1, 2),
            StartedDate: started,
            FinishedDate: finished,
            TimeTaken: `${pad2(Math.floor(taken / 3600))}:${pad2(Math.floor(taken / 60) % 60)}:${pad2(taken % 60)}`,
            Note: null,
            Active: true,
            CreatedDate: started,
            UpdatedDate: finished ?? started,
            CreatedBy: user.OriginalId,
            UpdatedBy: user.OriginalId,
          });
        });
      }
      if (completedAt !== null) state.achievements.push(courseAchievement(state, user, course, row, rp));
    }
    for (const [pathId, via] of userPaths) {
      const path = state.learningPaths.get(pathId)!;
      const rows = (coursesOfPath.get(pathId) ?? []).map((id) => rowsByCourse.get(id)).filter((r): r is UserCourseRow => r !== undefined);
      const percentage = rows.length ? Math.round(rows.reduce((sum, r) => sum + r.PercentageComplete, 0) / rows.length) : 0;
      const completed = rows.length > 0 && rows.every((r) => r.Completed);
      const startedDates = rows.map((r) => r.StartedDate).filter((d): d is number => d !== null);
      const assignedAt = between(rp, Math.max(user.CreatedDate, path.CreatedDate));
      const finish = completed ? Math.max(...rows.map((r) => r.CompletedDate ?? 0)) : null;
      const changed = rp.chance(0.5) ? between(rp, assignedAt) : null;
      state.userLearningPaths.push({
        UserId: user.Id,
        LearningPathId: pathId,
        via,
        ResultId: String(++c.result),
        PercentageComplete: percentage,
        Completed: completed,
        StartDate: startedDates.length ? Math.min(...startedDates) : null,
        FinishDate: finish,
        CompliantTillDate: null,
        changed,
        Active: true,
        CreatedDate: assignedAt,
        UpdatedDate: Math.max(assignedAt, finish ?? 0, changed ?? 0),
        CreatedBy: ownerOriginalId,
        UpdatedBy: changed !== null ? ownerOriginalId : 0,
      });
      if (completed && finish !== null) {
        state.achievements.push({
          Id: newLitmosId(state.prng, usedIds),
          AchievementId: ++c.achievement,
          UserId: user.Id,
          CourseId: null,
          LearningPathId: pathId,
          Title: path.Name,
          Description: `Completed the learning path ${path.Name}`,
          AchievementDate: finish,
          CompliantTillDate: null,
          Score: null,
          Result: 'Completed',
          Type: 'Learning Path Completed',
          CertificateId: null,
          CreatedDate: finish,
          UpdatedDate: finish,
          CreatedBy: ownerOriginalId,
          UpdatedBy: ownerOriginalId,
        });
      }
    }
  }
  seedCommerce(state, root.fork('commerce'), courses, paths, teams, now);
  seedIlt(state, root.fork('ilt'), courses, now);
  seedSettings(state, root.fork('settings'), start, now);
  return state;
}

/** Collections with listings, self-signup tokens and one past bulk import. */
function seedCommerce(state: OrgState, p: Prng, courses: CourseRecord[], paths: LearningPathRecord[], teams: TeamRecord[], now: number): void {
  const users = [...state.users.values()].filter((u) => u.Id !== state.ownerId);
  for (const [i, name] of ['Compliance Essentials', 'Leadership Library'].entries()) {
    const collection = {
      Id: newLitmosId(p, state.usedIds),
      Name: name,
      Description: `${name} for every team.`,
      DefaultListing: i === 0,
      ImageURL: null,
      courseIds: p.sample(courses, 2).map((c) => c.Id),
      learningPathIds: p.sample(paths, 1).map((lp) => lp.Id),
    };
    state.collections.set(collection.Id, collection);
    const listing = {
      Id: newLitmosId(p, state.usedIds),
      Name: `${name} (staff)`,
      Active: true,
      DurationType: i === 0 ? 'Unlimited' : 'dynamic',
      MaxUsers: i === 0 ? 'unlimited' : '50',
      DurationDays: i === 0 ? 0 : 90,
      FixedDate: '',
      CollectionId: collection.Id,
      userIds: p.sample(users, 3).map((u) => u.Id),
      teamIds: p.sample(teams, 1).map((t) => t.Id),
    };
    state.listings.set(listing.Id, listing);
  }
  const kinds: Array<[number, string]> = [
    [1, courses[0]!.Id],
    [2, teams[0]!.Id],
    [3, paths[0]!.Id],
    [4, [...state.listings.keys()][0]!],
  ];
  for (const [type, target] of kinds) {
    const id = newLitmosId(p, state.usedIds);
    state.tokens.set(id, {
      TokenId: id,
      TokenCode: `JOIN-${String(p.int(1000, 9999))}-${type}`,
      TokenType: type,
      TokenTypeId: target,
      Active: true,
      MaximumActivations: p.int(10, 500),
      TokenExpiration: new Date(now + 180 * DAY).toISOString().slice(0, 19),
    });
  }
  state.bulkImports.push({
    Id: newLitmosId(p, state.usedIds),
    kind: 'users',
    ImportDate: sec(now - p.int(5, 60) * DAY),
    Status: 'Completed',
    TotalRecords: 3,
    Created: 2,
    Failed: 1,
    Duplicate: 0,
    InvalidEmail: 1,
    SendEmails: false,
    SkipFirstLogin: true,
    IsAPIImport: true,
    errors: [{ Username: 'not-an-email', ImportStatus: 'Invalid email address' }],
  });
}

/** Instructor-led modules in a few courses, with past and future sessions and registrations. */
function seedIlt(state: OrgState, p: Prng, courses: CourseRecord[], now: number): void {
  const owner = state.users.get(state.ownerId)!.OriginalId;
  const instructors = [...state.users.values()].filter((u) => u.AccessLevel === 'Administrator' || u.AccessLevel === 'Account_Owner');
  const learners = new Map<string, string[]>();
  for (const r of state.userCourses) if (r.Active) learners.set(r.CourseId, [...(learners.get(r.CourseId) ?? []), r.UserId]);
  const iltCourses = courses.filter((_, i) => i % 3 === 0).slice(0, 10);
  for (const course of iltCourses) {
    const when = sec(course.CreatedDate + p.int(0, 5) * DAY);
    const mod = {
      Id: newLitmosId(p, state.usedIds),
      CourseId: course.Id,
      Code: `${course.Code}-ILT`,
      Name: `${course.Name}: classroom`,
      Description: 'Half a day with a trainer.',
      CreatedDate: when,
      UpdatedDate: when,
      CreatedBy: owner,
      UpdatedBy: owner,
    };
    state.iltModules.set(mod.Id, mod);
    // One session in the past and one in the future, each a single day.
    for (const offsetDays of [-p.int(3, 40), p.int(3, 40)]) {
      const day = Math.floor((now + offsetDays * DAY) / DAY) * DAY;
      const [startHour, endHour] = p.pick([
        [9, 12],
        [13, 17],
        [10, 16],
      ] as const);
      const location = p.pick([
        [1201, 'Bristol Training Centre'],
        [1202, 'Chicago Office'],
        [1203, 'Online'],
      ] as const);
      const created = sec(Math.min(now - DAY, Math.max(mod.CreatedDate, day - 30 * DAY)));
      const session: SessionRecord = {
        Id: newLitmosId(p, state.usedIds),
        ModuleId: mod.Id,
        CourseId: course.Id,
        Name: `${course.Code} ${offsetDays < 0 ? 'morning' : 'afternoon'} session`,
        InstructorUserId: p.pick(instructors).Id,
        SessionType: location[0] === 1203 ? 2 : 1,
        Days: [
          {
            Id: newLitmosId(p, state.usedIds),
            StartDate: day + startHour * HOUR,
            EndDate: day + endHour * HOUR,
            StartTime: clock12(startHour),
            EndTime: clock12(endHour),
            SendReminder: true,
            ReminderValue: 1,
            ReminderMetric: 'days',
            CreatedDate: created,
          },
        ],
        TimeZone: 'GMT Standard Time',
        Location: location[1],
        LocationId: location[0],
        Slots: p.pick([null, 12, 20]),
        EnableWaitList: p.chance(0.3),
        registrations: new Map(),
        CreatedDate: created,
        UpdatedDate: created,
        CreatedBy: owner,
        UpdatedBy: owner,
      };
      const past = offsetDays < 0;
      for (const userId of p.sample(learners.get(course.Id) ?? [], 6)) {
        const attended = past && p.chance(0.8);
        session.registrations.set(userId, {
          EventStatus: 1,
          Score: attended ? p.int(60, 100) : 0,
          Completed: attended,
          attended: past ? { [session.Days[0]!.Id]: attended } : {},
        });
      }
      state.sessions.set(session.Id, session);
    }
  }
}

const HOUR = 3_600_000;

/** A few settings changes spread over the seeded period. */
function seedSettings(state: OrgState, p: Prng, start: number, now: number): void {
  const changes: Array<[string, string, string, string | null, string | null]> = [
    ['Feature Enabled', 'Features', 'Gamification', 'false', 'true'],
    ['Feature Enabled', 'Features', 'Collections', 'false', 'true'],
    ['Setting Changed', 'Branding', 'Default brand colour', '#1F6FEB', '#0B7A75'],
    ['Setting Changed', 'Security', 'Password minimum length', '8', '12'],
    ['Setting Changed', 'Notifications', 'Course reminder days', '7', '3'],
    ['Setting Changed', 'Localisation', 'Default time zone', 'UTC', 'GMT Standard Time'],
  ];
  const owner = state.users.get(state.ownerId)!;
  for (const [i, [type, category, name, oldValue, newValue]] of changes.entries()) {
    state.settingsLog.push({
      ActivityType: type,
      Category: category,
      ObjectType: 'Organization',
      ObjectId: owner.Id,
      OriginalObjectId: 1000 + i,
      ObjectName: name,
      OldValue: oldValue,
      NewValue: newValue,
      ActivityDate: sec(start + p.next() * (now - start - 1000)),
    });
  }
}

/** `9:00AM`, `1:00PM`: Litmos' session clock times. */
export function clock12(hour: number, minute = 0): string {
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h}:${String(minute).padStart(2, '0')}${hour < 12 ? 'AM' : 'PM'}`;
}

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
    CreatedBy: state.users.get(state.ownerId)?.OriginalId ?? 0,
    UpdatedBy: state.users.get(state.ownerId)?.OriginalId ?? 0,
  };
}

function hex(p: Prng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[p.int(0, 15)];
  return s;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
