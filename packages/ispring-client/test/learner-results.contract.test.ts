// Contract tests of the generated iSpring Learn client against Prism serving spec/ispring: the
// request goes out in iSpring's exact wire form (bracketed array and date-range names), Prism
// finds nothing wrong with it, and the answer is the seed page's XML example, which decodes to
// exactly what the schema (and the generated zod schema) describe.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type RunningMock, startMock } from '@litmos-kit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../test-support/start-server.js';
import { createClient } from '../src/gen/client/index.js';
import { listLearnerResults } from '../src/gen/sdk.gen.js';
import type { CompletionStatus } from '../src/gen/types.gen.js';
import { zLearnerResultsResponse } from '../src/gen/zod.gen.js';
import { decodeXml, exampleValue, type OpenApiDocument } from './decode-xml.js';

const require = createRequire(import.meta.url);
const specPath = require.resolve('@litmos-kit/spec/ispring.yaml');
const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/ispring.json'), 'utf8')) as OpenApiDocument;
const operation = spec.paths['/learners/results']!.get!;
const xmlExample = exampleValue(spec, operation.responses['200']!.content!['application/xml']!.examples!.page!) as string;

const TOKEN = 'test-token-not-a-secret';
const allStatuses: CompletionStatus[] = ['not_started', 'in_progress', 'pending', 'complete', 'passed', 'accepted', 'incomplete', 'failed', 'declined'];

interface Violation {
  location: string[];
  message: string;
}
interface Exchange {
  request: Request;
  status: number;
  violations: Violation[];
}

let mock: RunningMock;
beforeAll(async () => {
  mock = await startServer('Prism mock of the iSpring Learn spec', () => startMock({ specPath }), { stop: (m) => m.close() });
});
afterAll(() => mock.close());

/** A client on the mock that records every request and the violations Prism reported for it. */
function recordingClient(token: string | null = TOKEN) {
  const exchanges: Exchange[] = [];
  const client = createClient({
    baseUrl: mock.url,
    auth: () => token ?? undefined,
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const response = await fetch(request.clone());
      const violations = JSON.parse(response.headers.get('sl-violations') ?? '[]') as Violation[];
      exchanges.push({ request, status: response.status, violations });
      return response;
    },
  });
  return { client, exchanges };
}

const requestViolations = (exchange: Exchange) => exchange.violations.filter((v) => v.location[0] === 'request');

// The filters of the seed page's sample request (with a second user, to show repetition).
const sampleQuery = {
  'userIds[]': ['85077abc-2639-11ea-8e3f-0a580af40c09', '114dba08-a75e-11eb-b4e5-0242ac13002a'],
  'courseIds[]': ['f0e7400a-ca31-11e9-b6fc-0a580af40a22'],
  'accessDate[startDate]': '2019-12-24T21:00:00Z',
  'accessDate[endDate]': '2020-12-30T03:00:00Z',
  'dueDate[startDate]': '2019-08-30T03:00:00Z',
  'dueDate[endDate]': '2019-12-30T03:00:00Z',
  'completionDate[startDate]': '2019-08-30T03:00:00Z',
  'completionDate[endDate]': '2019-12-30T03:00:00Z',
  'completionStatuses[]': ['failed'] satisfies CompletionStatus[],
  'departmentIds[]': ['f0b2d3c0-aded-11e9-bfe6-0a580af40906'],
  'userStatuses[]': [1] satisfies (1 | 3)[],
  pageSize: 33,
  pageToken: 'MmEzZTBiMjAtYmNmYi0xMWU5LTk2ODUtMGE1ODBhZjQwOTVj',
};

describe('GET /learners/results through the generated client', () => {
  it('sends every filter in iSpring wire form and Prism accepts it', async () => {
    const { client, exchanges } = recordingClient();
    const result = await listLearnerResults({ client, query: sampleQuery, parseAs: 'text' });

    expect(result.response?.status).toBe(200);
    expect(exchanges).toHaveLength(1);
    const [exchange] = exchanges;
    const url = new URL(exchange!.request.url);
    expect(url.pathname).toBe('/learners/results');
    // The literal query string on the wire: bracketed names unescaped, one pair per array value,
    // values percent-encoded (`:` as %3A, which the server decodes).
    expect(url.search).toBe(
      '?userIds[]=85077abc-2639-11ea-8e3f-0a580af40c09&userIds[]=114dba08-a75e-11eb-b4e5-0242ac13002a' +
        '&courseIds[]=f0e7400a-ca31-11e9-b6fc-0a580af40a22' +
        '&accessDate[startDate]=2019-12-24T21%3A00%3A00Z&accessDate[endDate]=2020-12-30T03%3A00%3A00Z' +
        '&dueDate[startDate]=2019-08-30T03%3A00%3A00Z&dueDate[endDate]=2019-12-30T03%3A00%3A00Z' +
        '&completionDate[startDate]=2019-08-30T03%3A00%3A00Z&completionDate[endDate]=2019-12-30T03%3A00%3A00Z' +
        '&completionStatuses[]=failed&departmentIds[]=f0b2d3c0-aded-11e9-bfe6-0a580af40906&userStatuses[]=1' +
        '&pageSize=33&pageToken=MmEzZTBiMjAtYmNmYi0xMWU5LTk2ODUtMGE1ODBhZjQwOTVj',
    );
    // What a server reading the query sees: the bracketed names with every value.
    expect(url.searchParams.getAll('userIds[]')).toEqual(sampleQuery['userIds[]']);
    expect(url.searchParams.get('accessDate[startDate]')).toBe('2019-12-24T21:00:00Z');
    expect(exchange!.request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(requestViolations(exchange!)).toEqual([]);
  });

  it('sends every documented parameter, including enrollmentIds[], without violations', async () => {
    const { client, exchanges } = recordingClient();
    const query = {
      'enrollmentIds[]': ['b9b41af0-f062-11eb-a99d-0242ac190033', 'b44e7392-f389-11eb-b462-0242ac130033'],
      ...sampleQuery,
      'completionStatuses[]': allStatuses,
      'userStatuses[]': [1, 3] satisfies (1 | 3)[],
    };
    await listLearnerResults({ client, query, parseAs: 'text' });
    const url = new URL(exchanges[0]!.request.url);
    expect(url.search.startsWith('?enrollmentIds[]=b9b41af0-f062-11eb-a99d-0242ac190033&enrollmentIds[]=b44e7392-f389-11eb-b462-0242ac130033&userIds[]=')).toBe(
      true,
    );
    expect(url.search).toContain('&completionStatuses[]=not_started&completionStatuses[]=in_progress&completionStatuses[]=pending&');
    expect(url.search).toContain('&userStatuses[]=1&userStatuses[]=3&');
    // Every parameter of the operation was on the wire.
    const sent = new Set(url.searchParams.keys());
    expect([...sent].sort()).toEqual(operation.parameters!.map((p) => p.name).sort());
    expect(requestViolations(exchanges[0]!)).toEqual([]);
  });

  it('answers with the seed XML example, which decodes to the schema', async () => {
    const { client, exchanges } = recordingClient();
    const result = await listLearnerResults({ client, parseAs: 'text' });
    expect(new URL(exchanges[0]!.request.url).search).toBe('');
    expect(requestViolations(exchanges[0]!)).toEqual([]);
    expect(result.response?.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(result.data).toBe(xmlExample);

    const page = decodeXml(String(result.data), operation.responses['200']!.content!['application/xml']!.schema!, spec);
    expect(zLearnerResultsResponse.safeParse(page).success).toBe(true);
    expect(page).toEqual({
      results: [
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
      ],
    });
  });

  it('is checked for real: Prism reports bad bracketed filters', async () => {
    const { client, exchanges } = recordingClient();
    await listLearnerResults({
      client,
      // Values the spec does not allow, to prove Prism reads these parameter names at all.
      query: { 'userStatuses[]': [2 as 1], 'accessDate[startDate]': 'yesterday', 'userIds[]': ['not-a-uuid'] },
      parseAs: 'text',
    });
    const where = requestViolations(exchanges[0]!).map((v) => v.location.slice(0, 3).join('.'));
    // Prism lower-cases query names before it checks them.
    expect(where).toEqual(expect.arrayContaining(['request.query.userstatuses[]', 'request.query.accessdate[startdate]', 'request.query.userids[]']));
  });

  it('sends the token as a bearer credential and is refused without one', async () => {
    const { client, exchanges } = recordingClient(null);
    const result = await listLearnerResults({ client, parseAs: 'text' });
    expect(exchanges[0]!.request.headers.has('authorization')).toBe(false);
    expect(result.response?.status).toBe(401);
  });
});
