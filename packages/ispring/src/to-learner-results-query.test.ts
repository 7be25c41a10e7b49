import { describe, expect, it } from 'vitest';
import { toLearnerResultsQuery } from './to-learner-results-query.js';

const USER = '85077abc-2639-11ea-8e3f-0a580af40c09';

describe('toLearnerResultsQuery', () => {
  it('names the filters as they travel, and writes Dates as whole-second UTC', () => {
    expect(
      toLearnerResultsQuery({
        userIds: [USER],
        accessDate: { startDate: new Date('2019-12-24T21:00:00Z'), endDate: '2020-12-30T03:00:00+03:00' },
        completionDate: { endDate: new Date('2019-12-30T03:00:00.250Z') },
        userStatuses: [3],
        pageSize: 50,
      }),
    ).toEqual({
      'userIds[]': [USER],
      'accessDate[startDate]': '2019-12-24T21:00:00Z',
      'accessDate[endDate]': '2020-12-30T03:00:00+03:00',
      'completionDate[endDate]': '2019-12-30T03:00:00.250Z',
      'userStatuses[]': [3],
      pageSize: 50,
    });
    expect(toLearnerResultsQuery({})).toEqual({});
  });

  it("puts the filters in the spec's order, whatever the caller's order", () => {
    const query = toLearnerResultsQuery({
      pageSize: 5,
      userStatuses: [1],
      dueDate: { endDate: '2020-01-01T00:00:00Z', startDate: '2019-01-01T00:00:00Z' },
      userIds: [USER],
    });
    expect(Object.keys(query)).toEqual(['userIds[]', 'dueDate[startDate]', 'dueDate[endDate]', 'userStatuses[]', 'pageSize']);
  });

  it.each([
    ['an unknown filter', { colour: 'teal' }, /unknown parameter `colour`/],
    ['the token parameter (the pager owns it)', { pageToken: 'x' }, /unknown parameter `pageToken`/],
    ['the wire name', { 'userIds[]': [USER] }, /unknown parameter `userIds\[\]`/],
    ['an empty list', { userIds: [] }, /`userIds` to be a non-empty array/],
    ['a single ID instead of a list', { userIds: USER }, /`userIds` to be a non-empty array/],
    ['an ID that is not a UUID', { courseIds: ['course-1'] }, /invalid `courseIds\[0\]`/],
    ['an unknown status', { completionStatuses: ['done'] }, /invalid `completionStatuses\[0\]`/],
    ['a user status other than 1 or 3', { userStatuses: [2] }, /invalid `userStatuses\[0\]`/],
    ['a date that is not ISO 8601', { dueDate: { startDate: 'yesterday' } }, /invalid `dueDate.startDate`/],
    ['an invalid Date', { dueDate: { startDate: new Date('nope') } }, /`dueDate.startDate` is an invalid Date/],
    ['a Date instead of a range', { accessDate: new Date() }, /`accessDate` to be an object/],
    ['an unknown bound', { accessDate: { from: '2020-01-01T00:00:00Z' } }, /unknown bound `accessDate.from`/],
    ['a page size of 0', { pageSize: 0 }, /invalid `pageSize`/],
    ['a fractional page size', { pageSize: 2.5 }, /invalid `pageSize`/],
  ])('refuses %s with a TypeError', (_name, params, message) => {
    expect(() => toLearnerResultsQuery(params as never)).toThrow(TypeError);
    expect(() => toLearnerResultsQuery(params as never)).toThrow(message);
  });
});
