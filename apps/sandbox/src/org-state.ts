/**
 * The in-memory organisation: records keyed by Id plus the link tables that Litmos' delta calls
 * report (team members, assignments, results). Dates are epoch milliseconds (whole seconds), `''`
 * for "never" where Litmos writes an empty string. Records carry Litmos' wire field names so the
 * spec-driven writers can pick fields by name; link rows are soft-deleted (`Active: false`,
 * fresh `UpdatedDate`) because the delta calls report removed links that way.
 */
import type { Prng } from './create-prng.js';

/** Milliseconds since 1970 (UTC), or `''` for "never". */
export type WireDate = number | '';

/** Audit fields every Litmos record has. */
export interface Audited {
  CreatedDate: number;
  UpdatedDate: number;
  CreatedBy: number;
  UpdatedBy: number;
}

/** A person; field names and order follow Litmos' user profile. */
export interface UserRecord extends Audited {
  Id: string;
  OriginalId: number;
  UserName: string;
  FirstName: string;
  LastName: string;
  Email: string | null;
  AccessLevel: string;
  DisableMessages: boolean;
  Active: boolean;
  Skype: string | null;
  PhoneWork: string | null;
  PhoneMobile: string | null;
  LastLogin: WireDate;
  LoginKey: string;
  IsCustomUsername: boolean;
  Password: string | null;
  SkipFirstLogin: boolean;
  TimeZone: string;
  SalesforceId: string | null;
  Street1: string | null;
  Street2: string | null;
  City: string | null;
  State: string | null;
  PostalCode: string | null;
  Country: string | null;
  CompanyName: string | null;
  JobTitle: string | null;
  CustomField1: string | null;
  CustomField2: string | null;
  CustomField3: string | null;
  Culture: string;
  CustomField4: string | null;
  CustomField5: string | null;
  CustomField6: string | null;
  CustomField7: string | null;
  CustomField8: string | null;
  CustomField9: string | null;
  CustomField10: string | null;
  SalesforceContactId: string | null;
  SalesforceAccountId: string | null;
  Points: number;
  Brand: string | null;
  ManagerId: string | null;
  EnableTextNotification: boolean;
  Website: string | null;
  Twitter: string | null;
  ExpirationDate: number | null;
  JobRole: string | null;
  ExternalEmployeeId: string | null;
  ProfileType: string | null;
  /** Values of the organisation's user custom fields (`/users/{id}/usercustomfields`). */
  customFields: Record<string, string | null>;
  /** When the person's gamification was last reset (earlier completions no longer count). */
  gamificationResetAt?: number;
}

/** A team. */
export interface TeamRecord extends Audited {
  Id: string;
  OriginalId: number;
  Name: string;
  Description: string | null;
  ParentTeamId: string;
  TeamCodeForBulkImport: string;
  Active: boolean;
}

/** A course. */
export interface CourseRecord extends Audited {
  Id: string;
  OriginalId: number;
  Code: string;
  Name: string;
  Description: string | null;
  Active: boolean;
  ForSale: boolean;
  Price: number;
  EcommerceShortDescription: string | null;
  EcommerceLongDescription: string | null;
  CourseCodeForBulkImport: string;
  AccessTillDate: number | null;
  AccessTillDays: number | null;
  CompliantTillDays: number | null;
  TimeLimitDate: number | null;
  TimeLimitDays: number | null;
  DisplayOrder: number;
  IncludeInLibrary: boolean;
  CourseImageURL: string | null;
  deleted: boolean;
}

/** A module (course content item). */
export interface ModuleRecord extends Audited {
  Id: string;
  OriginalId: number;
  Code: string;
  Name: string;
  Description: string | null;
  Active: boolean;
  Passmark: number | null;
  ModuleType: string;
}

/** A learning path. */
export interface LearningPathRecord extends Audited {
  Id: string;
  OriginalId: number;
  Name: string;
  Description: string | null;
  Active: boolean;
  ForSale: boolean;
  Price: number;
  EcommerceShortDescription: string | null;
  EcommerceLongDescription: string | null;
  AccessTillDate: number | null;
  AccessTillDays: number | null;
  DisplayOrder: number;
  IncludeInLibrary: boolean;
  IsCourseOrderOptional: boolean;
  IsEquivalency: boolean;
  ImageURL: string | null;
  deleted: boolean;
}

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

/** An achievement (course or learning path completion). */
export interface AchievementRecord extends Audited {
  Id: string;
  AchievementId: number;
  UserId: string;
  CourseId: string | null;
  LearningPathId: string | null;
  Title: string;
  Description: string | null;
  AchievementDate: number;
  CompliantTillDate: number | null;
  Score: string | null;
  Result: string | null;
  Type: string;
  CertificateId: number | null;
}

/** A collection (a shop-like catalogue of courses and learning paths). */
export interface CollectionRecord {
  Id: string;
  Name: string;
  Description: string;
  DefaultListing: boolean;
  ImageURL: string | null;
  courseIds: string[];
  learningPathIds: string[];
}

/** A listing: the terms under which people or teams get a collection. */
export interface ListingRecord {
  Id: string;
  Name: string;
  Active: boolean;
  DurationType: string;
  MaxUsers: string;
  DurationDays: number;
  FixedDate: string;
  CollectionId: string;
  userIds: string[];
  teamIds: string[];
}

/** A self-signup token. */
export interface TokenRecord {
  TokenId: string;
  TokenCode: string;
  TokenType: number;
  TokenTypeId: string;
  Active: boolean;
  MaximumActivations: number;
  TokenExpiration: string;
}

/** A bulk import (people or courses) and the rows that failed. */
export interface BulkImportRecord {
  Id: string;
  kind: 'users' | 'courses';
  ImportDate: number;
  Status: string;
  TotalRecords: number;
  Created: number;
  Failed: number;
  Duplicate: number;
  InvalidEmail: number;
  SendEmails: boolean;
  SkipFirstLogin: boolean;
  IsAPIImport: boolean;
  errors: Array<{ Username: string; ImportStatus: string }>;
}

/** An instructor-led (ILT) module of a course. Kept apart from the eLearning modules so it does
 * not count towards a course's completion percentage. */
export interface IltModuleRecord extends Audited {
  Id: string;
  CourseId: string;
  Code: string;
  Name: string;
  Description: string | null;
}

/** One day of an ILT session. */
export interface SessionDayRecord {
  Id: string;
  StartDate: number;
  EndDate: number;
  StartTime: string;
  EndTime: string;
  SendReminder: boolean;
  ReminderValue: number;
  ReminderMetric: string;
  CreatedDate: number;
}

/** A person's place in an ILT session. */
export interface SessionRegistration {
  EventStatus: number;
  Score: number;
  Completed: boolean;
  /** Attendance by session day Id. */
  attended: Record<string, boolean>;
}

/** An ILT session (one or more days) of an ILT module. */
export interface SessionRecord extends Audited {
  Id: string;
  ModuleId: string;
  CourseId: string;
  Name: string;
  InstructorUserId: string;
  SessionType: number;
  Days: SessionDayRecord[];
  TimeZone: string;
  Location: string | null;
  LocationId: number;
  Slots: number | null;
  EnableWaitList: boolean;
  registrations: Map<string, SessionRegistration>;
}

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

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh opaque Litmos-style Id (`Qm3vXb7LpT2k1`: 12 random characters and a trailing `1`). */
export function newLitmosId(prng: Prng, used: Set<string>): string {
  for (;;) {
    let id = '';
    for (let i = 0; i < 12; i++) id += ID_ALPHABET[Math.floor(prng.next() * ID_ALPHABET.length)];
    id += '1';
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}
