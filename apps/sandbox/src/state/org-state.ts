/**
 * The in-memory organisation: records keyed by Id plus the link tables that Litmos' delta calls
 * report (team members, assignments, results), the shop, ILT sessions and the settings history.
 */
import type { Prng } from '../seed/create-prng.js';
import type { BulkImportRecord, CollectionRecord, ListingRecord, TokenRecord } from './commerce-records.js';
import type { IltModuleRecord, SessionRecord } from './ilt-records.js';
import type {
  CourseModuleLink,
  LearningPathCourseLink,
  ModuleResultRow,
  TeamCourseLink,
  TeamLearningPathLink,
  TeamUserLink,
  UserCourseRow,
  UserLearningPathRow,
} from './link-rows.js';
import type { AchievementRecord, CourseRecord, LearningPathRecord, ModuleRecord, TeamRecord, UserRecord } from './records.js';

/** A change of an organisation setting, as `/org/activities/settings` lists it. */
export interface SettingsChange {
  ActivityType: string;
  Category: string;
  ObjectType: string;
  ObjectId: string;
  OriginalObjectId: number;
  ObjectName: string;
  OldValue: string | null;
  NewValue: string | null;
  ActivityDate: number;
}

/** Counters for numeric ids handed out to new records. */
export interface IdCounters {
  user: number;
  team: number;
  course: number;
  module: number;
  learningPath: number;
  result: number;
  moduleResult: number;
  achievement: number;
}

/** The whole organisation. */
export interface OrgState {
  /** The org's Account Owner, creator of the seeded records and of records written through the API. */
  ownerId: string;
  /** Seed number and size the state was built from. */
  readonly seed: number;
  readonly size: number;
  /** Generator for Ids of records created after seeding (deterministic per seed). */
  readonly prng: Prng;
  readonly counters: IdCounters;
  readonly usedIds: Set<string>;
  /** Names of the organisation's user custom fields. */
  readonly userCustomFieldNames: readonly string[];
  readonly users: Map<string, UserRecord>;
  readonly usersByName: Map<string, UserRecord>;
  readonly teams: Map<string, TeamRecord>;
  readonly courses: Map<string, CourseRecord>;
  readonly modules: Map<string, ModuleRecord>;
  readonly learningPaths: Map<string, LearningPathRecord>;
  readonly courseModules: CourseModuleLink[];
  readonly learningPathCourses: LearningPathCourseLink[];
  readonly teamUsers: TeamUserLink[];
  readonly teamCourses: TeamCourseLink[];
  readonly teamLearningPaths: TeamLearningPathLink[];
  readonly userCourses: UserCourseRow[];
  readonly moduleResults: ModuleResultRow[];
  readonly userLearningPaths: UserLearningPathRow[];
  readonly achievements: AchievementRecord[];
  readonly collections: Map<string, CollectionRecord>;
  readonly listings: Map<string, ListingRecord>;
  readonly tokens: Map<string, TokenRecord>;
  readonly bulkImports: BulkImportRecord[];
  readonly iltModules: Map<string, IltModuleRecord>;
  readonly sessions: Map<string, SessionRecord>;
  /** Seeded history of settings changes (the API has no call that changes settings). */
  readonly settingsLog: SettingsChange[];
}

/** An organisation with no records yet; numeric ids continue from Litmos-like starting points. */
export function createEmptyOrg(init: { seed: number; size: number; prng: Prng; userCustomFieldNames: readonly string[] }): OrgState {
  return {
    ownerId: '',
    seed: init.seed,
    size: init.size,
    prng: init.prng,
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
    usedIds: new Set(),
    userCustomFieldNames: init.userCustomFieldNames,
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
}
