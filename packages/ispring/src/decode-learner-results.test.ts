import { ParseError, ValidationError } from '@litmos-kit/core';
import { describe, expect, it } from 'vitest';
import { decodeLearnerResults } from './decode-learner-results.js';

const row = (extra = '') =>
  `<result><userId>114dba08-a75e-11eb-b4e5-0242ac13002a</userId><courseId>1852f94e-a75e-11eb-92c3-0242ac13002a</courseId><courseTitle>C &amp; D</courseTitle><enrollmentId>b9b41af0-f062-11eb-a99d-0242ac190033</enrollmentId><accessDate>2021-07-28T21:00:00+00:00</accessDate><completionStatus>passed</completionStatus>${extra}</result>`;
const request = { method: 'GET', url: 'https://api-learn.ispringlearn.com/learners/results' };

describe('decodeLearnerResults', () => {
  it('decodes a single row, entities and the next-page token', () => {
    expect(
      decodeLearnerResults(
        `<response><results>${row('<awardedScore>87.5</awardedScore><viewsCount>3</viewsCount>')}</results><nextPageToken>MmEz</nextPageToken></response>`,
        'application/xml',
        { request, policy: 'strict' },
      ).value,
    ).toEqual({
      results: [
        {
          userId: '114dba08-a75e-11eb-b4e5-0242ac13002a',
          courseId: '1852f94e-a75e-11eb-92c3-0242ac13002a',
          courseTitle: 'C & D',
          enrollmentId: 'b9b41af0-f062-11eb-a99d-0242ac190033',
          accessDate: '2021-07-28T21:00:00+00:00',
          completionStatus: 'passed',
          awardedScore: 87.5,
          viewsCount: 3,
        },
      ],
      nextPageToken: 'MmEz',
    });
  });

  it('reads an empty page and a body without a content type', () => {
    expect(decodeLearnerResults('<response><results/></response>', null)).toEqual({ value: { results: [] }, drift: [] });
  });

  it.each([
    ['an HTML page', '<html><body>Gateway</body></html>', 'text/html', /HTML page/],
    ['JSON', '{"results":[]}', 'application/json', /expected XML/],
    ['a body cut off', `<response><results>${row()}`, 'application/xml', /truncated/],
    ['another root', '<learnerResults/>', 'application/xml', /expected XML root <response> but got <learnerResults>/],
  ])('refuses %s with a ParseError that keeps the body', (_name, body, type, message) => {
    const error = (() => {
      try {
        decodeLearnerResults(body, type, { request });
      } catch (caught) {
        return caught as ParseError;
      }
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect(error?.message).toMatch(message);
    expect(error).toMatchObject({ body, contentType: type, url: request.url });
  });

  it('refuses, when strict, rows that do not match the spec with a ValidationError', () => {
    const body = `<response><results>${row('<isOverdue>2</isOverdue>').replace('passed', 'done')}</results></response>`;
    const strict = { policy: 'strict' } as const;
    expect(() => decodeLearnerResults(body, 'application/xml', strict)).toThrow(ValidationError);
    expect(() => decodeLearnerResults(body, 'application/xml', strict)).toThrow(/listLearnerResults: the response does not match the spec \(2 problems/);
  });

  it('reads the same rows by default, keeping what fits no type as sent, and says where they differ', () => {
    const body = `<response><results>${row('<isOverdue>2</isOverdue><colour>teal</colour>').replace('passed', 'done')}</results></response>`;
    const { value, drift } = decodeLearnerResults(body, 'application/xml');
    // Out of the spec's set but a number all the same, as the same JSON would give.
    expect(value.results?.[0]).toMatchObject({ completionStatus: 'done', isOverdue: 2, colour: 'teal' });
    expect(drift.map((issue) => [issue.kind, issue.pattern])).toEqual([
      ['mismatch', 'results[].completionStatus'],
      ['mismatch', 'results[].isOverdue'],
      ['unknown', 'results[].colour'],
    ]);
  });

  it('reads the union <isOverdue> as its spec alternatives say: 0 and 1 as numbers, false as a boolean', () => {
    const body = `<response><results>${row('<isOverdue>1</isOverdue>')}${row('<isOverdue>false</isOverdue>')}${row('<isOverdue> 0 </isOverdue>')}</results></response>`;
    const { value, drift } = decodeLearnerResults(body, 'application/xml', { policy: 'strict' });
    expect(value.results?.map((result) => result.isOverdue)).toEqual([1, false, 0]);
    expect(drift).toEqual([]);
  });

  it('drops indentation, keeps text exactly, and reads an empty element as "never there"', () => {
    const body = `<response>\n  <results>\n    ${row('<awardedScore> 7 </awardedScore>').replace('C &amp; D', ' C ')}\n  </results>\n  <nextPageToken/>\n</response>`;
    const { value } = decodeLearnerResults(body, 'application/xml', { policy: 'strict' });
    expect(value.results?.[0]).toMatchObject({ courseTitle: ' C ', awardedScore: 7 });
    expect(value.nextPageToken).toBe('');
  });
});
