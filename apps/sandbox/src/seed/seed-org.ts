/**
 * Builds a deterministic organisation from a seed number and a size (number of people): teams,
 * courses, modules, learning paths, assignments, results and achievements, with timestamps spread
 * over the 90 days before `now`. The same (seed, size, now) always gives the same state, byte for
 * byte: every random draw comes from a seeded generator, forked per kind of record so that the
 * people do not change when, say, the course generator draws one more number.
 */
import { createEmptyOrg, type OrgState } from '../state/org-state.js';
import { createPrng } from './create-prng.js';
import { seedCourses, seedLearningPaths } from './seed-catalogue.js';
import { seedCommerce } from './seed-commerce.js';
import { DAY, SEED_SPAN_DAYS, type SeedContext, wholeSecond } from './seed-context.js';
import { seedIlt } from './seed-ilt.js';
import { seedPeople } from './seed-people.js';
import { seedResults } from './seed-results.js';
import { seedSettings } from './seed-settings.js';
import { seedMembership, seedTeams } from './seed-teams.js';
import { USER_CUSTOM_FIELDS } from './seed-vocabulary.js';

export { SEED_SPAN_DAYS } from './seed-context.js';

/** What to seed. */
export interface SeedOptions {
  /** Seed of the generator. */
  readonly seed: number;
  /** Number of people, the Account Owner included (at least 1). */
  readonly users: number;
  /** "Now" in epoch ms; seeded timestamps lie in the 90 days before it. */
  readonly now: number;
}

/** Seeds an organisation. */
export function seedOrg(options: SeedOptions): OrgState {
  const size = Math.max(1, Math.floor(options.users));
  const now = wholeSecond(options.now);
  const root = createPrng(options.seed);
  const state = createEmptyOrg({ seed: options.seed, size, prng: root.fork('writes'), userCustomFieldNames: USER_CUSTOM_FIELDS });
  const ctx: SeedContext = { state, root, ids: root.fork('ids'), now, start: now - SEED_SPAN_DAYS * DAY, ownerOriginalId: state.counters.user + 1 };
  seedPeople(ctx, size);
  const courseCount = seedCourses(ctx, size);
  seedLearningPaths(ctx, courseCount);
  seedTeams(ctx, size);
  seedResults(ctx, seedMembership(ctx));
  const courses = [...state.courses.values()];
  seedCommerce(state, root.fork('commerce'), courses, [...state.learningPaths.values()], [...state.teams.values()], now);
  seedIlt(state, root.fork('ilt'), courses, now);
  seedSettings(state, root.fork('settings'), ctx.start, now);
  return state;
}
