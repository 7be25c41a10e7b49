import { ParseError, ValidationError } from '@litmos-kit/core';
import { describe, expect, it } from 'vitest';
import { decodeAchievementsPage } from './decode-achievements-page.js';

const page = { achievements: [], pagingInfo: { continuationToken: '5', totalRecords: 12 } };

describe('decodeAchievementsPage', () => {
  it('returns the page, fields the spec does not know kept and reported', () => {
    const body = JSON.stringify({ ...page, serverTime: 'now' });
    const { value, drift } = decodeAchievementsPage(body, 'application/json; charset=utf-8');
    expect(value).toEqual({ ...page, serverTime: 'now' });
    expect(drift).toEqual([{ kind: 'unknown', path: ['serverTime'], pattern: 'serverTime', expected: 'no such field', received: 'string' }]);
    expect(decodeAchievementsPage(JSON.stringify(page), null)).toEqual({ value: page, drift: [] });
  });

  it.each([
    ['an HTML page', '<html>Service Unavailable</html>', 'text/html', /HTML page/],
    ['XML', '<achievements/>', 'application/xml', /expected JSON/],
    ['JSON cut off', '{"achievements":[', 'application/json', /invalid JSON/],
  ])('refuses %s with a ParseError', (_name, body, type, message) => {
    expect(() => decodeAchievementsPage(body, type)).toThrow(ParseError);
    expect(() => decodeAchievementsPage(body, type)).toThrow(message);
  });

  it('refuses, when strict, a page without its paging information with a ValidationError', () => {
    const strict = { policy: 'strict' } as const;
    expect(() => decodeAchievementsPage('{"achievements":[]}', 'application/json', strict)).toThrow(ValidationError);
    expect(() =>
      decodeAchievementsPage('{"achievements":[{"id":3}],"pagingInfo":{"continuationToken":null,"totalRecords":1}}', 'application/json', strict),
    ).toThrow(/listUserAchievements: the response does not match the spec \(\d+ problems; first at achievements\.0\.id/);
  });

  it('reads, by default, a page without its paging information and a row with a numeric id (kept as text)', () => {
    const { value, drift } = decodeAchievementsPage('{"achievements":[{"id":3}]}', 'application/json');
    expect(value.achievements[0]?.id).toBe('3');
    expect(drift).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'missing', pattern: 'pagingInfo' }),
        expect.objectContaining({ kind: 'coerced', pattern: 'achievements[].id', received: 'number' }),
      ]),
    );
  });
});
