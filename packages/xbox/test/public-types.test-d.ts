// Compile-time checks of the public surface, run by `tsc` (pnpm typecheck).
import { expectTypeOf } from 'vitest';
import { type Achievement, type ContinuationCursor, type CursorCheckpoint, type CursorPager, createXbox } from '../src/index.js';

const xbox = createXbox({ authorization: { userHash: 'u', token: 't' }, contractVersion: 2, acceptLanguage: 'en-US' });
createXbox({ authorization: 'XBL3.0 x=u;t' });
const pager = xbox.users.achievements.list({ xuid: '2533274792693551', titleId: [3051199919], orderBy: 'UnlockTime', maxItems: 10 });
expectTypeOf(pager).toEqualTypeOf<CursorPager<Achievement, ContinuationCursor>>();
expectTypeOf(pager.checkpoint).toEqualTypeOf<CursorCheckpoint<ContinuationCursor>>();
xbox.users.achievements.list({ xuid: 2533274792693551n }, { resume: pager.checkpoint });

// @ts-expect-error the xuid is required
xbox.users.achievements.list({ maxItems: 10 });
// @ts-expect-error a number may have lost digits of a 64-bit XUID
xbox.users.achievements.list({ xuid: 2533274792693551 });
// @ts-expect-error orderBy comes from the spec's enum
xbox.users.achievements.list({ xuid: '1', orderBy: 'Newest' });
// @ts-expect-error credentials are required
createXbox({ contractVersion: 2 });
