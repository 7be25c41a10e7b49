/**
 * How `GET /learners/results` pages and which field identifies a row: the operation's `x-sdk`
 * extension in spec/ispring/openapi.yaml, written out here because the generated client does not
 * carry it. The SDK reads its paging from this object, and a test checks it against the spec.
 */
export const learnerResultsPaging = {
  style: 'token',
  pageSizeParam: 'pageSize',
  tokenParam: 'pageToken',
  nextToken: 'nextPageToken',
  items: 'results',
  itemKey: ['enrollmentId'],
} as const;
