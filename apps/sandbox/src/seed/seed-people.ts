/**
 * The people of the seeded organisation. The first is the Account Owner, who created everything
 * else; the others are learners with a few team leaders and administrators, spread over cities,
 * cultures and departments, most of them with an e-mail username.
 */
import { newLitmosId } from '../state/litmos-id.js';
import { UNSET_PROFILE_FIELDS, type UserRecord } from '../state/records.js';
import type { Prng } from './create-prng.js';
import { between, DAY, type SeedContext, wholeSecond } from './seed-context.js';
import { CITIES, CULTURES, DEPARTMENTS, FIRST_NAMES, JOB_TITLES, LAST_NAMES } from './seed-vocabulary.js';

/** Seeds `size` people (the Account Owner first) into the state. */
export function seedPeople(ctx: SeedContext, size: number): void {
  const up = ctx.root.fork('users');
  const { state } = ctx;
  for (let i = 0; i < size; i++) {
    const user = seedPerson(ctx, up, ++state.counters.user, i === 0);
    if (i === 0) state.ownerId = user.Id;
    state.users.set(user.Id, user);
    state.usersByName.set(user.UserName.toLowerCase(), user);
  }
}

/** One person; every draw comes from `up`, in a fixed order, so a seed always gives the same people. */
function seedPerson(ctx: SeedContext, up: Prng, originalId: number, isOwner: boolean): UserRecord {
  const first = up.pick(FIRST_NAMES);
  const last = up.pick(LAST_NAMES);
  const custom = !isOwner && up.chance(0.08);
  const email = `${first}.${last}.${originalId}@sandbox-org.example`.toLowerCase();
  const created = isOwner ? ctx.start : between(ctx, up, ctx.start);
  const updated = up.chance(0.5) ? created : between(ctx, up, created);
  const lastLogin = isOwner || up.chance(0.8) ? between(ctx, up, created) : '';
  const [city, country, zone] = up.pick(CITIES);
  const roll = up.next();
  const level = isOwner ? 'Account_Owner' : roll < 0.9 ? 'Learner' : roll < 0.96 ? 'Team_Leader' : 'Administrator';
  const department = up.pick(DEPARTMENTS);
  return {
    Id: newLitmosId(ctx.ids, ctx.state.usedIds),
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
    ...UNSET_PROFILE_FIELDS,
    Points: up.int(0, 500),
    Brand: 'Default',
    ManagerId: null,
    EnableTextNotification: false,
    Website: null,
    Twitter: null,
    ExpirationDate: up.chance(0.03) ? wholeSecond(ctx.now + up.int(30, 365) * DAY) : null,
    JobRole: null,
    ExternalEmployeeId: `SB-${String(originalId).slice(-5)}`,
    ProfileType: 'Internal',
    customFields: { Department: department, 'Cost Centre': `CC-${up.int(100, 999)}`, 'Start Date': null },
    CreatedDate: created,
    UpdatedDate: updated,
    CreatedBy: ctx.ownerOriginalId,
    UpdatedBy: ctx.ownerOriginalId,
  };
}

/** `n` random lower-case hex digits. */
function hex(p: Prng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[p.int(0, 15)];
  return s;
}
