// Compile-time checks of the public surface, run by `tsc` (pnpm typecheck).
import { expectTypeOf } from 'vitest';
import { type CursorCheckpoint, type CursorPage, type CursorPager, createIspring, type LearnerResult, type TokenCursor } from '../src/index.js';

const ispring = createIspring({ token: 't' });
const pager = ispring.learners.results.list({
  userIds: ['x'],
  accessDate: { startDate: new Date(), endDate: '2021-01-01T00:00:00Z' },
  completionStatuses: ['passed'],
});
expectTypeOf(pager).toEqualTypeOf<CursorPager<LearnerResult, TokenCursor>>();
expectTypeOf(pager.checkpoint).toEqualTypeOf<CursorCheckpoint<TokenCursor>>();
expectTypeOf(pager.pages()).toEqualTypeOf<AsyncGenerator<CursorPage<LearnerResult, TokenCursor>, void, undefined>>();
expectTypeOf(pager.toArray({ max: 5 })).toEqualTypeOf<Promise<LearnerResult[]>>();
ispring.learners.results.list({}, { resume: pager.checkpoint, maxPages: 5, signal: AbortSignal.timeout(1_000) });

// @ts-expect-error the token is required
createIspring({ baseUrl: 'https://x' });
// @ts-expect-error unknown filter
ispring.learners.results.list({ colour: 'teal' });
// @ts-expect-error statuses come from the spec's enum
ispring.learners.results.list({ completionStatuses: ['done'] });
// @ts-expect-error user statuses are 1 or 3
ispring.learners.results.list({ userStatuses: [2] });
