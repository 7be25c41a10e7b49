// The /org/* date-range rules: since/to required in `YYYY-MM-DD HH:MM:SS`, at most 7 days,
// 406 with Litmos' message otherwise; half-open windows; and the "to must be in the future to
// include today" rule (see src/deltaWindow.ts for the interpretation).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { formatRangeParam } from '../src/wire/wire-dates.js';
import { call, callJson, DAY, exportWindows, HOUR, readAll, startSmall, window } from './helpers.js';

const MESSAGE = 'Please provide a valid since and to query string parameters';
type Row = Record<string, unknown> & { Id: string; UpdatedDate: string };

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSmall({ users: 400, seed: 5 });
});
afterAll(() => sandbox.close());

/** The delta operations the sandbox implements (the spec also has ecommerce and activity logs). */
const deltaOps = () => sandbox.spec.operations.filter((op) => op.sdk.delta && sandbox.coverage().implemented.some((l) => l.startsWith(`${op.operationId} (`)));

describe('since/to validation', () => {
  test.each([
    ['since missing', { to: '2026-11-20 00:00:00' }],
    ['to missing', { since: '2026-11-20 00:00:00' }],
    ['both missing', {}],
    ['ISO T form', { since: '2026-11-18T00:00:00', to: '2026-11-20T00:00:00' }],
    ['date only', { since: '2026-11-18', to: '2026-11-20' }],
    ['minutes only', { since: '2026-11-18 00:00', to: '2026-11-20 00:00' }],
    ['impossible date', { since: '2026-02-30 00:00:00', to: '2026-03-02 00:00:00' }],
    ['to before since', { since: '2026-11-20 00:00:00', to: '2026-11-19 00:00:00' }],
    ['longer than 7 days', { since: '2026-11-10 00:00:00', to: '2026-11-17 00:00:01' }],
  ])("%s → 406 with Litmos' message in XML and JSON", async (_name, query) => {
    const json = await callJson<{ Detail: string }>(sandbox, '/org/users/details', { query });
    expect(json.reply.status).toBe(406);
    expect(json.data).toEqual({ Detail: MESSAGE });
    expect(json.reply.statusText).toBe(MESSAGE);
    const xml = await call(sandbox, '/org/teams', { query });
    expect(xml.status).toBe(406);
    expect(xml.text).toBe(`<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">${MESSAGE}</string>`);
  });

  test('exactly 7 days is accepted; every delta operation refuses a missing range', async () => {
    expect((await call(sandbox, '/org/users/details', { query: { since: '2026-11-10 00:00:00', to: '2026-11-17 00:00:00' } })).status).toBe(200);
    expect(deltaOps().length).toBeGreaterThanOrEqual(17);
    // /sessions/future and /sessions/past take the range optionally.
    const mandatory = deltaOps().filter((op) => op.parameters.some((p) => p.name === 'since' && p.required));
    expect(mandatory.length).toBeGreaterThanOrEqual(17);
    for (const op of mandatory) {
      const reply = await call(sandbox, op.path, { format: 'json' });
      expect(reply.status, op.path).toBe(406);
    }
  });
});

describe('windows', () => {
  test('a past window holds exactly the records changed in [since, to)', async () => {
    const now = sandbox.clock.now();
    const since = now - 20 * DAY;
    const to = now - 14 * DAY;
    const rows = await readAll<Row>(sandbox, '/org/users/details', window(since, to));
    const expected = [...sandbox.state.users.values()].filter((u) => u.UpdatedDate >= since && u.UpdatedDate < to).map((u) => u.Id);
    expect(rows.map((r) => r.Id).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
    // A record changed exactly at `to` belongs to the next window, not this one.
    const edge = [...sandbox.state.users.values()][10]!.UpdatedDate;
    const before = await readAll<Row>(sandbox, '/org/users/details', window(edge - DAY, edge));
    const after = await readAll<Row>(sandbox, '/org/users/details', window(edge, edge + DAY));
    const id = [...sandbox.state.users.values()][10]!.Id;
    expect(before.some((r) => r.Id === id)).toBe(false);
    expect(after.some((r) => r.Id === id)).toBe(true);
  });

  test('consecutive 7-day windows ending in the future export every person exactly once', async () => {
    const now = sandbox.clock.now();
    const ids: string[] = [];
    for (const w of exportWindows(now, now - 91 * DAY)) ids.push(...(await readAll<Row>(sandbox, '/org/users/details', w, 50)).map((r) => r.Id));
    expect(ids).toHaveLength(400);
    expect(new Set(ids)).toEqual(new Set(sandbox.state.users.keys()));
  });

  test('every delta operation has rows somewhere in the seeded 90 days', async () => {
    const now = sandbox.clock.now();
    for (const op of deltaOps()) {
      let found = 0;
      for (const w of exportWindows(now, now - 91 * DAY)) {
        if (found > 0) break;
        const { data } = await callJson<unknown[]>(sandbox, op.path, { query: { ...w, limit: 1 } });
        found += data.length;
      }
      expect(found, op.path).toBe(1);
    }
  });

  test('/org/users/courses leaves out assignments made through a team', async () => {
    const now = sandbox.clock.now();
    const s = sandbox.state;
    const rows: Array<{ UserId: string; ID: string }> = [];
    for (const w of exportWindows(now, now - 91 * DAY)) rows.push(...(await readAll<{ UserId: string; ID: string }>(sandbox, '/org/users/courses', w)));
    const viaTeam = new Set(s.userCourses.filter((r) => r.via === 'team').map((r) => `${r.UserId}/${r.CourseId}`));
    expect(viaTeam.size).toBeGreaterThan(0);
    expect(rows.some((r) => viaTeam.has(`${r.UserId}/${r.ID}`))).toBe(false);
    expect(rows).toHaveLength(s.userCourses.length - viaTeam.size);
  });
});

describe('the "to in the future" rule for today', () => {
  test("today's changes appear only when `to` lies after now", async () => {
    const sb = await startSmall({ users: 120, seed: 9, now: '2026-11-24T15:30:00Z' });
    try {
      const now = sb.clock.now();
      const user = [...sb.state.users.values()][5]!;
      const body = JSON.stringify({
        Id: user.Id,
        UserName: user.UserName,
        FirstName: 'Renamed',
        LastName: user.LastName,
        Email: user.Email,
        AccessLevel: user.AccessLevel,
        DisableMessages: false,
        Active: true,
        IsCustomUsername: user.IsCustomUsername,
        SkipFirstLogin: false,
        TimeZone: 'UTC',
      });
      expect((await call(sb, `/users/${user.Id}`, { method: 'PUT', format: 'json', body, headers: { 'content-type': 'application/json' } })).status).toBe(200);
      const yesterday = [...sb.state.users.values()].find((u) => u.UpdatedDate >= now - 2 * DAY && u.UpdatedDate < Date.parse('2026-11-24T00:00:00Z'));
      const ids = async (to: number) => (await readAll<Row>(sb, '/org/users/details', window(now - 3 * DAY, to))).map((r) => r.Id);

      const endsNow = await ids(now);
      expect(endsNow).not.toContain(user.Id);
      if (yesterday) expect(endsNow).toContain(yesterday.Id); // earlier days are still served
      expect(await ids(now - HOUR)).not.toContain(user.Id);
      const future = await ids(now + 1000);
      expect(future).toContain(user.Id);
      // The future range adds exactly today's changes (the edited person among them).
      const today = [...sb.state.users.values()].filter((u) => u.UpdatedDate >= Date.parse('2026-11-24T00:00:00Z')).map((u) => u.Id);
      expect(today).toContain(user.Id);
      expect(future.sort()).toEqual([...endsNow, ...today].sort());
    } finally {
      await sb.close();
    }
  });

  test('the control API moves the clock', async () => {
    const sb = await startSmall({ users: 60 });
    try {
      const res = await fetch(`${sb.origin}/__sandbox/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ now: '2026-12-01T08:00:00Z' }),
      });
      expect(await res.json()).toEqual({ now: '2026-12-01T08:00:00.000Z', mode: 'frozen' });
      expect(formatRangeParam(sb.clock.now())).toBe('2026-12-01 08:00:00');
    } finally {
      await sb.close();
    }
  });
});
