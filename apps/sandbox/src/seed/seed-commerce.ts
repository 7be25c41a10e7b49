/**
 * The shop and its neighbours: two collections with listings, a self-signup token of each kind,
 * and one past bulk import with a failed row.
 */

import { newLitmosId } from '../state/litmos-id.js';
import type { OrgState } from '../state/org-state.js';
import type { CourseRecord, LearningPathRecord, TeamRecord } from '../state/records.js';
import type { Prng } from './create-prng.js';
import { DAY, wholeSecond } from './seed-context.js';

/** Collections with listings, self-signup tokens and one past bulk import. */
export function seedCommerce(state: OrgState, p: Prng, courses: CourseRecord[], paths: LearningPathRecord[], teams: TeamRecord[], now: number): void {
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
    ImportDate: wholeSecond(now - p.int(5, 60) * DAY),
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
