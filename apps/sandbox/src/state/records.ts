/**
 * The records of the organisation: people, teams, courses, modules, learning paths and
 * achievements. Records carry Litmos' wire field names so the spec-driven writers can pick
 * fields by name. Dates are epoch milliseconds (whole seconds), `''` for "never" where Litmos
 * writes an empty string.
 */

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

/** Profile fields the sandbox never fills, in their place in the profile's order (spread them there). */
export const UNSET_PROFILE_FIELDS = {
  CustomField4: null,
  CustomField5: null,
  CustomField6: null,
  CustomField7: null,
  CustomField8: null,
  CustomField9: null,
  CustomField10: null,
  SalesforceContactId: null,
  SalesforceAccountId: null,
} as const satisfies Partial<UserRecord>;

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

/** What courses and learning paths share: the shop listing, access limits and catalogue placement. */
export interface CatalogueItem extends Audited {
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
  /** Deleted through the API (kept so the delta calls can report it). */
  deleted: boolean;
}

/** A course. */
export interface CourseRecord extends CatalogueItem {
  Code: string;
  CourseCodeForBulkImport: string;
  CompliantTillDays: number | null;
  TimeLimitDate: number | null;
  TimeLimitDays: number | null;
  CourseImageURL: string | null;
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
export interface LearningPathRecord extends CatalogueItem {
  IsCourseOrderOptional: boolean;
  IsEquivalency: boolean;
  ImageURL: string | null;
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
