/**
 * The profile a create or update body sets, checked the way Litmos checks it: username rules,
 * known cultures and job roles, access levels in any casing, a mobile number for text messages,
 * an existing manager. An update replaces the profile: text fields left out are cleared.
 */
import { BAD_BODY_MESSAGE } from '../api/messages.js';
import { Refusal } from '../api/refusal.js';
import type { OrgState } from '../state/org-state.js';
import type { UserRecord } from '../state/records.js';

/** Access levels as Litmos writes them. */
const ACCESS_LEVELS = ['Learner', 'Team_Leader', 'Administrator', 'Account_Owner'];
/** Cultures the sandbox organisation knows; others get 409 "Culture is invalid". */
export const KNOWN_CULTURES = ['en-GB', 'en-US', 'en-AU', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'ja-JP'];
/** Job roles defined in the sandbox organisation; others get 409 "Job Role is invalid". */
export const KNOWN_JOB_ROLES = ['Technician', 'Engineer', 'Analyst', 'Coordinator', 'Manager', 'Specialist', 'Associate'];
const MOBILE_MESSAGE =
  'Mobile Number required to enable text message notifications OR Invalid Phone Number. The mobile phone should be in this format +15554443333';
/** Profile fields a write replaces (UserWrite less `Id`, `Password`). */
const WRITABLE_TEXT = [
  'Email',
  'Skype',
  'PhoneWork',
  'PhoneMobile',
  'Street1',
  'Street2',
  'City',
  'State',
  'PostalCode',
  'Country',
  'CompanyName',
  'JobTitle',
  'CustomField1',
  'CustomField2',
  'CustomField3',
  'CustomField4',
  'CustomField5',
  'CustomField6',
  'CustomField7',
  'CustomField8',
  'CustomField9',
  'CustomField10',
  'Brand',
  'ManagerId',
  'Website',
  'Twitter',
  'JobRole',
  'ExternalEmployeeId',
] as const;
const WRITABLE_FLAGS = ['DisableMessages', 'Active', 'IsCustomUsername', 'SkipFirstLogin', 'EnableTextNotification'] as const;

/** A body value as text; null for null or absent. */
export function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return String(value);
}

/**
 * Checks a user body the way Litmos does and returns the normalised profile fields.
 * @throws Refusal 409/400/404 with Litmos' messages.
 */
export function validatedProfile(state: OrgState, body: Record<string, unknown>, self: UserRecord | undefined): Partial<UserRecord> {
  const userName = asText(body.UserName)?.trim() ?? self?.UserName ?? '';
  const firstName = asText(body.FirstName) ?? self?.FirstName ?? '';
  const lastName = asText(body.LastName) ?? self?.LastName ?? '';
  if (!userName || !firstName || !lastName) throw new Refusal(400, BAD_BODY_MESSAGE);
  const custom = body.IsCustomUsername === undefined ? (self?.IsCustomUsername ?? false) : body.IsCustomUsername === true;
  if (userName.length <= 3) throw new Refusal(409, 'Username must be greater than 3 characters');
  if (!/^[A-Za-z0-9@._+'-]+$/.test(userName)) throw new Refusal(409, "Invalid special character's in the username");
  const owner = state.usersByName.get(userName.toLowerCase());
  if (owner && owner !== self) throw new Refusal(409, 'UserName already exists');
  const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
  if (!custom && !emailPattern.test(userName)) throw new Refusal(409, 'Invalid email address');
  const email = asText(body.Email);
  if (email && !emailPattern.test(email)) throw new Refusal(409, 'Invalid email address');
  const culture = asText(body.Culture);
  if (culture && !KNOWN_CULTURES.includes(culture)) throw new Refusal(409, 'Culture is invalid');
  const jobRole = asText(body.JobRole);
  if (jobRole && !KNOWN_JOB_ROLES.includes(jobRole)) throw new Refusal(409, 'Job Role is invalid');
  const level = asText(body.AccessLevel);
  // Writes accept any casing (`learner`); Litmos stores the canonical name.
  const canonicalLevel = level ? ACCESS_LEVELS.find((l) => l.toLowerCase() === level.toLowerCase()) : undefined;
  if (level && !canonicalLevel) throw new Refusal(400, BAD_BODY_MESSAGE);
  const mobile = asText(body.PhoneMobile);
  if (body.EnableTextNotification === true && !/^\+\d{8,15}$/.test(mobile ?? '')) throw new Refusal(400, MOBILE_MESSAGE);
  const managerId = asText(body.ManagerId);
  if (managerId && !state.users.has(managerId)) throw new Refusal(404, `Manager - ${managerId} was not found`);

  const profile: Record<string, unknown> = { UserName: userName, FirstName: firstName, LastName: lastName };
  // An update replaces the profile: text fields left out are cleared, as Litmos warns.
  for (const field of WRITABLE_TEXT) profile[field] = asText(body[field]) === '' && field === 'ManagerId' ? null : asText(body[field]);
  for (const field of WRITABLE_FLAGS) profile[field] = body[field] === undefined ? (self?.[field] ?? field === 'Active') : body[field] === true;
  profile.AccessLevel = canonicalLevel ?? self?.AccessLevel ?? 'Learner';
  profile.TimeZone = asText(body.TimeZone) || self?.TimeZone || 'UTC';
  profile.Culture = culture || self?.Culture || 'en-US';
  profile.Brand = asText(body.Brand) ?? self?.Brand ?? 'Default';
  profile.ExpirationDate = typeof body.ExpirationDate === 'number' ? body.ExpirationDate : null;
  return profile as Partial<UserRecord>;
}
