/** The settings-change history, seeded because no API call changes settings. */
import type { OrgState } from '../state/org-state.js';
import type { Prng } from './create-prng.js';
import { wholeSecond } from './seed-context.js';

/** A few settings changes spread over the seeded period. */
export function seedSettings(state: OrgState, p: Prng, start: number, now: number): void {
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
      ActivityDate: wholeSecond(start + p.next() * (now - start - 1000)),
    });
  }
}
