import { operations } from '@litmos-kit/client/operations';
import { describe, expect, it } from 'vitest';
import { parseParams } from './parse-params.js';

const teamUsers = operations.listTeamUsers;
const users = operations.listUsers;

describe('parseParams', () => {
  it('reads path and query parameters, spelled as the spec spells them', () => {
    expect(parseParams(['teamid=t1', 'search=ann'], teamUsers, 'teams.users')).toEqual({ teamId: 't1', search: 'ann' });
    expect(parseParams(['showInactive=false', 'search=a=b'], users, 'users')).toEqual({ showInactive: 'false', search: 'a=b' });
  });

  it.each([
    { pairs: ['teamId'], says: /not name=value/ },
    { pairs: ['teamId=t', 'nope=1'], says: /takes no parameter "nope"/ },
    { pairs: ['teamId=t', 'limit=5'], says: /set by the CLI/ },
    { pairs: [], says: /needs --param teamId=/ },
    { pairs: ['teamId='], says: /needs --param teamId=/ },
  ])('refuses $pairs', ({ pairs, says }) => {
    expect(() => parseParams(pairs, teamUsers, 'teams.users')).toThrow(says);
  });
});
