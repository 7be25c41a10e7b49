// The same seed gives the same organisation, byte for byte, through the API too; a different
// seed gives a different one; timestamps lie in the 90 days before "now".
import { describe, expect, test } from 'vitest';
import { SEED_SPAN_DAYS, seedOrg } from '../src/index.js';
import { call, DAY, startSmall, window } from './helpers.js';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const dump = (seed: number) => {
  const state = seedOrg({ seed, users: 250, now: NOW });
  // Everything but the generator itself, Maps as arrays, in a stable order.
  return JSON.stringify(state, (key, value: unknown) =>
    key === 'prng' ? undefined : value instanceof Map ? [...value] : value instanceof Set ? [...value] : value,
  );
};

describe('deterministic seeding', () => {
  test('the same seed and size give identical state; another seed does not', () => {
    const a = dump(42);
    expect(dump(42)).toBe(a);
    expect(dump(43)).not.toBe(a);
    expect(a.length).toBeGreaterThan(100_000);
  });

  test('seeded timestamps lie in the 90 days before now, and every kind of record exists', () => {
    const state = seedOrg({ seed: 3, users: 500, now: NOW });
    const from = NOW - SEED_SPAN_DAYS * DAY;
    const dates = [
      ...[...state.users.values()].flatMap((u) => [u.CreatedDate, u.UpdatedDate]),
      ...[...state.teams.values()].map((t) => t.UpdatedDate),
      ...state.userCourses.map((r) => r.UpdatedDate),
      ...state.moduleResults.map((r) => r.UpdatedDate),
      ...state.achievements.map((a) => a.AchievementDate),
    ];
    expect(Math.min(...dates)).toBeGreaterThanOrEqual(from);
    expect(Math.max(...dates)).toBeLessThan(NOW);
    // Spread, not bunched: changes in the first and the last week of the span.
    expect(dates.some((d) => d < from + 7 * DAY)).toBe(true);
    expect(dates.some((d) => d > NOW - 7 * DAY)).toBe(true);
    expect(state.users.size).toBe(500);
    for (const list of [
      state.teamUsers,
      state.teamCourses,
      state.teamLearningPaths,
      state.userCourses,
      state.moduleResults,
      state.userLearningPaths,
      state.achievements,
      state.courseModules,
      state.learningPathCourses,
    ]) {
      expect(list.length).toBeGreaterThan(0);
    }
    // Ids are unique across all kinds of records.
    const ids = [...state.users.keys(), ...state.teams.keys(), ...state.courses.keys(), ...state.modules.keys(), ...state.learningPaths.keys()];
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('two sandboxes with the same seed answer byte-identical pages and writes get the same Ids', async () => {
    const [a, b] = await Promise.all([startSmall({ seed: 11 }), startSmall({ seed: 11 })]);
    try {
      const now = a.clock.now();
      for (const [path, query] of [
        ['/users', { limit: 1000 }],
        ['/org/users/details', { ...window(now - 6 * DAY, now + DAY), limit: 1000 }],
        ['/org/results/details', window(now - 6 * DAY, now + DAY)],
      ] as const) {
        for (const format of ['xml', 'json'] as const) {
          const [x, y] = await Promise.all([call(a, path, { format, query }), call(b, path, { format, query })]);
          expect(x.status).toBe(200);
          expect(x.text.length).toBeGreaterThan(500);
          expect(y.text).toBe(x.text);
        }
      }
      const body = JSON.stringify({
        Id: '',
        UserName: 'same.person@sandbox-org.example',
        FirstName: 'Same',
        LastName: 'Person',
        Email: 'same.person@sandbox-org.example',
        AccessLevel: 'Learner',
        DisableMessages: false,
        Active: true,
        IsCustomUsername: false,
        SkipFirstLogin: true,
        TimeZone: 'UTC',
      });
      const write = { method: 'POST', format: 'json', body, headers: { 'content-type': 'application/json' } } as const;
      const [ca, cb] = await Promise.all([call(a, '/users', write), call(b, '/users', write)]);
      expect(ca.status).toBe(201);
      expect(cb.text).toBe(ca.text);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
