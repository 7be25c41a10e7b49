// Contract tests of the iSpring SDK against Prism serving spec/ispring: the request leaves in
// iSpring's exact wire form (bracketed array and date-range names, bearer token), Prism finds
// nothing wrong with it, and the seed page's XML example decodes to the rows it shows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type RunningMock, startMock } from '@litmos-kit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../test-support/start-server.js';
import { createIspring, type LearnerResult } from '../src/index.js';

const require = createRequire(import.meta.url);
const specPath = require.resolve('@litmos-kit/spec/ispring.yaml');
const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/ispring.json'), 'utf8'));
const operation = spec.paths['/learners/results'].get;
const exampleRef: string = operation.responses['200'].content['application/xml'].examples.page.$ref;
const xmlExample: string = spec.components.examples[exampleRef.replace('#/components/examples/', '')].value;

const TOKEN = 'contract-token-not-a-secret';

// The rows of the seed page's XML example, typed as the spec says: numbers, `0`/`1` and
// `false` for isOverdue, dates as the ISO text iSpring writes.
const exampleRows: LearnerResult[] = [
  {
    userId: '114dba08-a75e-11eb-b4e5-0242ac13002a',
    courseId: '1852f94e-a75e-11eb-92c3-0242ac13002a',
    courseTitle: 'Course 1',
    enrollmentId: 'b9b41af0-f062-11eb-a99d-0242ac190033',
    accessDate: '2021-07-28T21:00:00+00:00',
    timeSpent: 10,
    completionStatus: 'in_progress',
    progress: 9.09,
    isOverdue: 0,
  },
  {
    userId: '114dba08-a75e-11eb-b4e5-0242ac13002a',
    courseId: '401df18c-f37f-11eb-a842-0242ac130033',
    courseTitle: 'Course 2',
    enrollmentId: 'b44e7392-f389-11eb-b462-0242ac130033',
    accessDate: '2021-08-01T21:00:00+00:00',
    dueDate: '2021-08-03T21:00:00+00:00',
    timeSpent: 0,
    completionStatus: 'not_started',
    isOverdue: 1,
  },
  {
    userId: '114dba08-a75e-11eb-b4e5-0242ac13002a',
    courseId: '1a6bc896-aec2-11e9-8955-0a580af406a3',
    courseTitle: 'Course 3',
    enrollmentId: '296bdbd8-aec2-11e9-aee5-0a580af402ea',
    accessDate: '2019-07-25T00:00:00+00:00',
    completionDate: '2019-07-25T09:55:37+00:00',
    timeSpent: 37,
    completionStatus: 'complete',
    progress: 100,
    isOverdue: false,
  },
];

interface Exchange {
  request: Request;
  violations: { location: string[]; message: string }[];
  body: string;
}

let mock: RunningMock;
beforeAll(async () => {
  mock = await startServer('Prism mock of the iSpring Learn spec', () => startMock({ specPath }), { stop: (m) => m.close() });
});
afterAll(() => mock.close());

/** An SDK client on the mock whose fetch records every request, Prism's verdict on it and the body. */
function recordingClient() {
  const exchanges: Exchange[] = [];
  const ispring = createIspring({
    token: TOKEN,
    baseUrl: mock.url,
    retry: false,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request.clone());
      exchanges.push({ request, violations: JSON.parse(response.headers.get('sl-violations') ?? '[]'), body: await response.clone().text() });
      return response;
    },
  });
  return { ispring, exchanges };
}

describe('learners.results.list against the Prism mock of spec/ispring', () => {
  it('decodes the seed XML example into exactly the rows it shows', async () => {
    const { ispring, exchanges } = recordingClient();
    expect(await ispring.learners.results.list().toArray({ max: 100 })).toEqual(exampleRows);
    // One request: the example carries no nextPageToken, so it is the last page.
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]?.body).toBe(xmlExample);
  });

  it('sends every filter in the wire form the spec describes, and Prism accepts it', async () => {
    const { ispring, exchanges } = recordingClient();
    const pager = ispring.learners.results.list({
      enrollmentIds: ['b9b41af0-f062-11eb-a99d-0242ac190033'],
      userIds: ['85077abc-2639-11ea-8e3f-0a580af40c09', '114dba08-a75e-11eb-b4e5-0242ac13002a'],
      courseIds: ['f0e7400a-ca31-11e9-b6fc-0a580af40a22'],
      accessDate: { startDate: new Date('2019-12-24T21:00:00Z'), endDate: '2020-12-30T03:00:00Z' },
      dueDate: { startDate: '2019-08-30T03:00:00Z', endDate: '2019-12-30T03:00:00Z' },
      completionDate: { startDate: '2019-08-30T03:00:00Z', endDate: new Date('2019-12-30T03:00:00.000Z') },
      completionStatuses: ['failed', 'complete'],
      departmentIds: ['f0b2d3c0-aded-11e9-bfe6-0a580af40906'],
      userStatuses: [1, 3],
      pageSize: 33,
    });
    const pages = [];
    for await (const page of pager.pages()) pages.push(page.items);
    expect(pages).toEqual([exampleRows]);

    const { request, violations } = exchanges[0] as Exchange;
    const url = new URL(request.url);
    expect(request.method).toBe('GET');
    expect(url.pathname).toBe('/learners/results');
    // The literal query string on the wire: bracketed names, one pair per array value.
    expect(url.search).toBe(
      '?enrollmentIds[]=b9b41af0-f062-11eb-a99d-0242ac190033' +
        '&userIds[]=85077abc-2639-11ea-8e3f-0a580af40c09&userIds[]=114dba08-a75e-11eb-b4e5-0242ac13002a' +
        '&courseIds[]=f0e7400a-ca31-11e9-b6fc-0a580af40a22' +
        '&accessDate[startDate]=2019-12-24T21%3A00%3A00Z&accessDate[endDate]=2020-12-30T03%3A00%3A00Z' +
        '&dueDate[startDate]=2019-08-30T03%3A00%3A00Z&dueDate[endDate]=2019-12-30T03%3A00%3A00Z' +
        '&completionDate[startDate]=2019-08-30T03%3A00%3A00Z&completionDate[endDate]=2019-12-30T03%3A00%3A00Z' +
        '&completionStatuses[]=failed&completionStatuses[]=complete' +
        '&departmentIds[]=f0b2d3c0-aded-11e9-bfe6-0a580af40906' +
        '&userStatuses[]=1&userStatuses[]=3&pageSize=33',
    );
    expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(request.headers.get('accept')).toBe('application/xml');
    // Only the request is Prism's to judge: it checks XML response text against the object schema
    // and always objects to it (apps/mock explains), which is why the XML is decoded here instead.
    expect(violations.filter((v) => v.location[0] === 'request')).toEqual([]);
  });

  it('sends no query at all without filters', async () => {
    const { ispring, exchanges } = recordingClient();
    await ispring.learners.results.list().toArray({ max: 1 });
    expect(new URL((exchanges[0] as Exchange).request.url).search).toBe('');
  });
});
