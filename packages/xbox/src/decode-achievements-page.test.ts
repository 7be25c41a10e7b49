import { ParseError, ValidationError } from '@litmos-kit/core';
import { describe, expect, it } from 'vitest';
import { decodeAchievementsPage } from './decode-achievements-page.js';

const page = { achievements: [], pagingInfo: { continuationToken: '5', totalRecords: 12 } };

describe('decodeAchievementsPage', () => {
  it('returns the page, fields the spec does not know kept', () => {
    const body = JSON.stringify({ ...page, serverTime: 'now' });
    expect(decodeAchievementsPage(body, 'application/json; charset=utf-8')).toEqual({ ...page, serverTime: 'now' });
    expect(decodeAchievementsPage(JSON.stringify(page), null)).toEqual(page);
  });

  it.each([
    ['an HTML page', '<html>Service Unavailable</html>', 'text/html', /HTML page/],
    ['XML', '<achievements/>', 'application/xml', /expected JSON/],
    ['JSON cut off', '{"achievements":[', 'application/json', /invalid JSON/],
  ])('refuses %s with a ParseError', (_name, body, type, message) => {
    expect(() => decodeAchievementsPage(body, type)).toThrow(ParseError);
    expect(() => decodeAchievementsPage(body, type)).toThrow(message);
  });

  it('refuses a page without its paging information with a ValidationError', () => {
    expect(() => decodeAchievementsPage('{"achievements":[]}', 'application/json')).toThrow(ValidationError);
    expect(() => decodeAchievementsPage('{"achievements":[{"id":3}],"pagingInfo":{"continuationToken":null,"totalRecords":1}}', 'application/json')).toThrow(
      /listUserAchievements: the response does not match the spec \(\d+ problems; first at achievements\.0\.id/,
    );
  });
});
