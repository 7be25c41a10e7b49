// Compile-time checks of the public surface, run by `tsc` (pnpm typecheck): a change that
// loosens or breaks these types fails the build.
import { expectTypeOf } from 'vitest';
import { type Achievement, createLitmos, type OrgUser, type Pager } from '../src/index.js';

const litmos = createLitmos({ apiKey: 'k', source: 's' });

expectTypeOf(litmos.achievements.list()).toEqualTypeOf<Pager<Achievement>>();
expectTypeOf(litmos.achievements.list({ since: '2026-10-01', userid: 'x', limit: 10 })).toEqualTypeOf<Pager<Achievement>>();
expectTypeOf(litmos.org.users.changed({ since: new Date(), to: '2026-11-08 00:00:00' })).toEqualTypeOf<Pager<OrgUser>>();

// @ts-expect-error delta calls need since and to
litmos.org.users.changed({ since: new Date() });
// @ts-expect-error unknown parameter
litmos.achievements.list({ colour: 'teal' });
// @ts-expect-error source is set on the client
litmos.achievements.list({ source: 'x' });
// @ts-expect-error apiKey is required
createLitmos({ source: 's' });
