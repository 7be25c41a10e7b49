// The Xbox SDK reads drifted bodies the way every litmos-kit SDK does (core's decoder): against a
// local server on 127.0.0.1, a page whose row lacks a required field, carries one the spec does
// not know and sends a boolean as text is read in the default 'report' policy, each difference
// reaches `hooks.onDrift` once, 'strict' throws, and 'off' reads the same rows silently.
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test-support/start-test-server.js';
import { createXbox, type DriftEvent, ValidationError, type XboxOptions } from '../src/index.js';
import { achievement, achievementsPage } from './achievements-json.js';

const XUID = '2533274792693551';
const TOKEN = 'xsts-eyJhbGciOi-0f1e2d3c4b5a';

/** Achievement 1 as a drifted service might send it. */
function driftedRow(): Record<string, unknown> {
  const { deeplink: _left, ...row } = achievement(1);
  return { ...row, isSecret: 'false', rarity: { currentCategory: 'Rare' } };
}

const sendJson = (res: ServerResponse, body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((_req, res) => sendJson(res, achievementsPage([driftedRow() as never, achievement(2)], null, 2)));
});
afterAll(() => server.close());

const client = (options: Partial<XboxOptions> = {}) =>
  createXbox({ authorization: { userHash: '1234567890123456789', token: TOKEN }, baseUrl: server.url, retry: false, ...options });
const read = (xbox: ReturnType<typeof client>) => xbox.users.achievements.list({ xuid: XUID }).toArray({ max: 10 });

describe('xbox validation', () => {
  it("'report' (the default) keeps every row, coerces what it can, and reports each difference once", async () => {
    const events: DriftEvent[] = [];
    const xbox = client({ hooks: { onDrift: (event) => void events.push(event) } });
    const rows = await read(xbox);
    expect(rows.map((row) => row.id)).toEqual(['1', '2']);
    expect(rows[0]).toMatchObject({ isSecret: false, rarity: { currentCategory: 'Rare' } });
    expect(rows[0]).not.toHaveProperty('deeplink');
    expect(rows[1]).toEqual(achievement(2));
    expect(events.map(({ kind, path, received }) => ({ kind, path, received })).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { kind: 'missing', path: 'achievements[].deeplink', received: 'missing' },
      { kind: 'coerced', path: 'achievements[].isSecret', received: 'string' },
      { kind: 'unknown', path: 'achievements[].rarity', received: 'object' },
    ]);
    expect(events.every((event) => event.operation === 'listUserAchievements' && event.method === 'GET')).toBe(true);
    for (const event of events) expect(event.url).not.toContain(TOKEN);
    // The same page again: nothing new to report.
    await read(xbox);
    expect(events).toHaveLength(3);
  });

  it("'strict' throws a ValidationError naming the differences", async () => {
    const error = await read(client({ validation: 'strict' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error as ValidationError).issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['achievements.0.deeplink', 'achievements.0.rarity']));
  });

  it("'off' reads the same rows and reports nothing", async () => {
    const events: DriftEvent[] = [];
    const rows = await read(client({ validation: 'off', hooks: { onDrift: (event) => void events.push(event) } }));
    expect(rows.map((row) => row.id)).toEqual(['1', '2']);
    expect(events).toEqual([]);
  });
});
