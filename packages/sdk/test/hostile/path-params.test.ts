// #17 item 3: a path parameter must be a non-empty string or a finite number (booleans too, for
// the one boolean segment in the spec), checked before anything is sent. Ids often come from
// untyped JSON: `['..']` used to climb from /teams/{teamId}/users to /users (every person as
// a "team member"), and from DELETE /teams/{teamId} to DELETE /.
import { describe, expect, it } from 'vitest';
import { testClient } from '../runtime/fixtures.js';
import { sendJson } from '../runtime/http-server.js';
import { useTestServer } from './use-test-server.js';

// Answers everything, as a permissive server would: the test is that nothing arrives.
const server = useTestServer((_req, res) => sendJson(res, 200, []));

const bad: [string, unknown][] = [
  ["['..']", ['..']],
  ["['a', 'b']", ['a', 'b']],
  ['{}', {}],
  ['null', null],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['a bigint', 10n],
  ['a function', () => 't1'],
  ["'..'", '..'],
  ["''", ''],
];

describe('path parameters', () => {
  it.each(bad)('teams.users.list({ teamId: %s }) throws a TypeError at the call', (_name, teamId) => {
    const litmos = testClient(server.url);
    expect(() => litmos.teams.users.list({ teamId } as never)).toThrow(TypeError);
    expect(() => litmos.teams.users.list({ teamId } as never)).toThrow(/teams\.users\.list: expected `teamId`/);
    expect(server.arrivals).toHaveLength(0);
  });

  it.each(bad)('teams.delete({ teamId: %s }) rejects with a TypeError and sends nothing', async (_name, teamId) => {
    await expect(testClient(server.url).teams.delete({ teamId } as never)).rejects.toThrow(TypeError);
    expect(server.arrivals).toHaveLength(0);
  });

  it('takes strings and finite numbers as they are, escaped into one segment', async () => {
    const litmos = testClient(server.url);
    await litmos.teams.users.list({ teamId: 'a/../b' }).toArray({ max: 5 });
    await litmos.teams.users.list({ teamId: 42 } as never).toArray({ max: 5 });
    expect(server.arrivals.map((a) => a.url.pathname)).toEqual(['/teams/a%2F..%2Fb/users', '/teams/42/users']);
  });
});
