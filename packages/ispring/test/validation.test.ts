// The iSpring SDK reads drifted bodies the way every litmos-kit SDK does (core's decoder):
// against a local server on 127.0.0.1, an XML page whose row lacks a required element, carries
// one the spec does not know and a timeSpent that is no number is read in the
// default 'report' policy, each difference reaches `hooks.onDrift` once, 'strict' throws, and
// 'off' reads the same rows silently.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test-support/start-test-server.js';
import { createIspring, type DriftEvent, type IspringOptions, ValidationError } from '../src/index.js';
import { learnerResult, resultsPage } from './learner-results-xml.js';

const TOKEN = 'tok-7c6b5a4f3e2d1c0b';

/** Result 1 without its `courseTitle` (required), with an element the spec does not list, and `timeSpent` that is no number. */
function driftedPage(): string {
  const { courseTitle: _left, ...row } = learnerResult(1);
  return resultsPage([{ ...row, timeSpent: 'n/a', badge: 'gold' } as never, learnerResult(2)]);
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((_req, res) => res.writeHead(200, { 'content-type': 'application/xml' }).end(driftedPage()));
});
afterAll(() => server.close());

const client = (options: Partial<IspringOptions> = {}) => createIspring({ token: TOKEN, baseUrl: server.url, retry: false, ...options });
const read = (ispring: ReturnType<typeof client>) => ispring.learners.results.list().toArray({ max: 10 });

describe('ispring validation', () => {
  it("'report' (the default) keeps every row and what it carries, and reports each difference once", async () => {
    const events: DriftEvent[] = [];
    const ispring = client({ hooks: { onDrift: (event) => void events.push(event) } });
    const rows = await read(ispring);
    expect(rows.map((row) => row.enrollmentId)).toEqual([learnerResult(1).enrollmentId, learnerResult(2).enrollmentId]);
    // Kept as sent: a value that cannot be read as the spec says, and an element it does not list.
    expect(rows[0]).toMatchObject({ timeSpent: 'n/a', badge: 'gold' });
    expect(rows[0]).not.toHaveProperty('courseTitle');
    expect(rows[1]).toMatchObject({ courseTitle: 'Course 2', timeSpent: 2 });
    expect(events.map(({ kind, path }) => `${kind} ${path}`).sort()).toEqual([
      'mismatch results[].timeSpent',
      'missing results[].courseTitle',
      'unknown results[].badge',
    ]);
    expect(events.every((event) => event.operation === 'listLearnerResults' && event.method === 'GET')).toBe(true);
    // The same page again: nothing new to report.
    await read(ispring);
    expect(events).toHaveLength(3);
  });

  it("'strict' throws a ValidationError naming the differences", async () => {
    const error = await read(client({ validation: 'strict' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error as ValidationError).issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['results.0.courseTitle', 'results.0.timeSpent', 'results.0.badge']));
  });

  it("'off' reads the same rows and reports nothing", async () => {
    const events: DriftEvent[] = [];
    const rows = await read(client({ validation: 'off', hooks: { onDrift: (event) => void events.push(event) } }));
    expect(rows).toHaveLength(2);
    expect(events).toEqual([]);
  });
});
