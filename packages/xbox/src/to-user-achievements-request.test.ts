import { describe, expect, it } from 'vitest';
import { toUserAchievementsRequest } from './to-user-achievements-request.js';

describe('toUserAchievementsRequest', () => {
  it('splits the path, the query of every page and the first page skip', () => {
    expect(
      toUserAchievementsRequest({ xuid: 2533274792693551n, titleId: [3051199919, '1234'], unlockedOnly: true, orderBy: 'Title', skipItems: 4, maxItems: 25 }),
    ).toEqual({
      path: { xuid: '2533274792693551' },
      query: { titleId: ['3051199919', '1234'], unlockedOnly: true, orderBy: 'Title', maxItems: 25 },
      skipItems: 4,
    });
    // A 20-digit XUID beyond 2^53 stays exact as a string.
    expect(toUserAchievementsRequest({ xuid: '18446744073709551615' })).toEqual({ path: { xuid: '18446744073709551615' }, query: {}, skipItems: undefined });
  });

  it.each([
    ['no parameters', undefined, /`xuid`/],
    ['no xuid', {}, /`xuid` to be a decimal string or a bigint/],
    ['a number xuid (may have lost digits)', { xuid: 2533274792693551 }, /`xuid` to be a decimal string or a bigint/],
    ['a xuid that is not decimal', { xuid: 'me' }, /invalid `xuid` "me"/],
    ['a xuid that would break the path segment', { xuid: '1)/x(2' }, /invalid `xuid`/],
    ['an unknown parameter', { xuid: '1', colour: 'teal' }, /unknown parameter `colour`/],
    ['the continuation token (the pager owns it)', { xuid: '1', continuationToken: '5' }, /unknown parameter `continuationToken`/],
    ['a title id that is not decimal', { xuid: '1', titleId: ['Halo'] }, /invalid `titleId.0`/],
    ['an empty title list', { xuid: '1', titleId: [] }, /invalid `titleId`/],
    ['an unknown type', { xuid: '1', types: 'Secret' }, /invalid `types`/],
    ['an unknown order', { xuid: '1', orderBy: 'Newest' }, /invalid `orderBy`/],
    ['a negative skip', { xuid: '1', skipItems: -1 }, /invalid `skipItems`/],
    ['zero items per page', { xuid: '1', maxItems: 0 }, /invalid `maxItems`/],
    ['a flag that is not a boolean', { xuid: '1', unlockedOnly: 'yes' }, /invalid `unlockedOnly`/],
  ])('refuses %s with a TypeError', (_name, params, message) => {
    expect(() => toUserAchievementsRequest(params as never)).toThrow(TypeError);
    expect(() => toUserAchievementsRequest(params as never)).toThrow(message);
  });
});
