/**
 * How `GET /users/xuid({xuid})/achievements` pages and which fields identify a row: the
 * operation's `x-sdk` extension in spec/xbox/openapi.yaml, written out here because the generated
 * client does not carry it. The SDK reads its paging from this object, and a test checks it
 * against the spec.
 */
export const userAchievementsPaging = {
  style: 'continuation',
  skipParam: 'skipItems',
  maxParam: 'maxItems',
  tokenParam: 'continuationToken',
  nextToken: 'pagingInfo.continuationToken',
  total: 'pagingInfo.totalRecords',
  items: 'achievements',
  itemKey: ['serviceConfigId', 'id'],
} as const;
