// iSpring-shaped XML pages for the paging tests.
import type { LearnerResult } from '../src/index.js';

/** A learner result with a distinct enrollment per `n`. */
export function learnerResult(n: number): LearnerResult {
  const id = String(n).padStart(4, '0');
  return {
    userId: '114dba08-a75e-11eb-b4e5-0242ac13002a',
    courseId: `1852f94e-a75e-11eb-92c3-0242ac13${id}`,
    courseTitle: `Course ${n}`,
    enrollmentId: `b9b41af0-f062-11eb-a99d-0242ac19${id}`,
    accessDate: '2021-07-28T21:00:00+00:00',
    timeSpent: n,
    completionStatus: 'in_progress',
    progress: 9.09,
    isOverdue: n % 2 === 0 ? 0 : true,
  };
}

/** A `<response>` page of results, in the element order of the seed page, with an optional next-page token. */
export function resultsPage(rows: readonly LearnerResult[], nextPageToken?: string): string {
  const row = (r: LearnerResult) =>
    `<result>${Object.entries(r)
      .map(([name, value]) => `<${name}>${String(value)}</${name}>`)
      .join('')}</result>`;
  const token = nextPageToken === undefined ? '' : `\n<nextPageToken>${nextPageToken}</nextPageToken>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<response>\n<results>\n${rows.map(row).join('\n')}\n</results>${token}\n</response>`;
}
