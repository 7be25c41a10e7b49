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
        request,
      ),
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
    expect(decodeLearnerResults('<response><results/></response>', null)).toEqual({ results: [] });
  });

  it.each([
    ['an HTML page', '<html><body>Gateway</body></html>', 'text/html', /HTML page/],
    ['JSON', '{"results":[]}', 'application/json', /expected XML/],
    ['a body cut off', `<response><results>${row()}`, 'application/xml', /truncated/],
    ['another root', '<learnerResults/>', 'application/xml', /expected XML root <response> but got <learnerResults>/],
  ])('refuses %s with a ParseError that keeps the body', (_name, body, type, message) => {
    const error = (() => {
      try {
        decodeLearnerResults(body, type, request);
      } catch (caught) {
        return caught as ParseError;
      }
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect(error?.message).toMatch(message);
    expect(error).toMatchObject({ body, contentType: type, url: request.url });
  });

  it('refuses rows that do not match the spec with a ValidationError', () => {
    const body = `<response><results>${row('<isOverdue>2</isOverdue>').replace('passed', 'done')}</results></response>`;
    expect(() => decodeLearnerResults(body, 'application/xml')).toThrow(ValidationError);
    expect(() => decodeLearnerResults(body, 'application/xml')).toThrow(/listLearnerResults: the response does not match the spec \(2 problems/);
  });
});
