// Compile-time checks of the runtime options and results (run by `tsc` in pnpm typecheck).
import { expectTypeOf } from 'vitest';
import {
  createLitmos,
  createMemoryRateLimitStore,
  type LitmosError,
  type OrgUser,
  type Page,
  type Pager,
  type PagerCheckpoint,
  type RateLimitStore,
} from '../../src/index.js';

const litmos = createLitmos({
  apiKey: 'k',
  source: 's',
  retry: { maxAttempts: 3, writes: false },
  rateLimit: { limit: 100, windowMs: 60_000, concurrency: 5, store: createMemoryRateLimitStore() },
  hooks: { onError: (event) => void expectTypeOf(event.error).toEqualTypeOf<LitmosError>() },
  logLevel: 'warn',
});
createLitmos({ apiKey: 'k', source: 's', retry: false, rateLimit: false });

const pager = litmos.org.users.changed({ since: new Date(), to: '2026-11-08 00:00:00' }, { maxPages: 10 });
expectTypeOf(pager).toEqualTypeOf<Pager<OrgUser>>();
expectTypeOf(pager.checkpoint).toEqualTypeOf<PagerCheckpoint>();
expectTypeOf(pager.pages()).toEqualTypeOf<AsyncGenerator<Page<OrgUser>, void, undefined>>();
litmos.org.users.changed({ since: new Date(), to: new Date() }, { resume: pager.checkpoint });
expectTypeOf(createMemoryRateLimitStore()).toEqualTypeOf<RateLimitStore>();

// @ts-expect-error maxPages is for lists only
litmos.teams.delete({ teamId: 't' }, { maxPages: 1 });
// @ts-expect-error the rate limit takes no unknown options
createLitmos({ apiKey: 'k', source: 's', rateLimit: { perMinute: 100 } });
