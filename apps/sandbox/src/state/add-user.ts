/** A person created through the API (one at a time or by a bulk import), with Litmos' defaults. */
import { created } from './audit.js';
import { nextId } from './litmos-id.js';
import type { OrgState } from './org-state.js';
import { UNSET_PROFILE_FIELDS, type UserRecord } from './records.js';

/** Adds a person with the given (already validated) profile fields; the rest take Litmos' defaults. */
export function addUser(state: OrgState, profile: Partial<UserRecord>, now: number): UserRecord {
  const user: UserRecord = {
    Id: nextId(state),
    OriginalId: ++state.counters.user,
    UserName: '',
    FirstName: '',
    LastName: '',
    Email: null,
    AccessLevel: 'Learner',
    DisableMessages: false,
    Active: true,
    Skype: null,
    PhoneWork: null,
    PhoneMobile: null,
    LastLogin: '',
    LoginKey: '',
    IsCustomUsername: false,
    Password: null,
    SkipFirstLogin: false,
    TimeZone: 'UTC',
    SalesforceId: null,
    Street1: null,
    Street2: null,
    City: null,
    State: null,
    PostalCode: null,
    Country: null,
    CompanyName: null,
    JobTitle: null,
    CustomField1: null,
    CustomField2: null,
    CustomField3: null,
    Culture: 'en-US',
    ...UNSET_PROFILE_FIELDS,
    Points: 0,
    Brand: 'Default',
    ManagerId: null,
    EnableTextNotification: false,
    Website: null,
    Twitter: null,
    ExpirationDate: null,
    JobRole: null,
    ExternalEmployeeId: null,
    ProfileType: 'Internal',
    customFields: Object.fromEntries(state.userCustomFieldNames.map((n) => [n, null])),
    ...created(state, now),
    ...profile,
  };
  user.LoginKey = `https://sandbox.litmos.example/login.aspx?loginkey=00000000-0000-4000-8000-${String(user.OriginalId).padStart(12, '0')}`;
  state.users.set(user.Id, user);
  state.usersByName.set(user.UserName.toLowerCase(), user);
  return user;
}
