// The type of a client of picked resources: exactly the picked resources of `Litmos`, with the
// same method types, and nothing else; a resource under another name does not compile.
import { describe, expectTypeOf, test } from 'vitest';
import type { ListOptions, Litmos, Pager, UserDetail, UserSummary } from '../../src/index.js';
import { achievements, createLitmosClient, type LitmosClient, users } from '../../src/resources.js';

const options = { apiKey: 'k', source: 's' };

describe('createLitmosClient', () => {
  test('is typed as the Pick of Litmos for the resources it is given', () => {
    const litmos = createLitmosClient(options, { users, achievements });
    expectTypeOf(litmos).toEqualTypeOf<LitmosClient<{ users: typeof users; achievements: typeof achievements }>>();
    expectTypeOf(litmos).toEqualTypeOf<Pick<Litmos, 'users' | 'achievements'>>();
    expectTypeOf(litmos.users).toEqualTypeOf<Litmos['users']>();
    expectTypeOf(litmos.users.list({ search: 'ada' })).toEqualTypeOf<Pager<UserSummary>>();
    expectTypeOf(litmos.users.get).toEqualTypeOf<Litmos['users']['get']>();
    expectTypeOf(litmos.users.get('u1')).resolves.toEqualTypeOf<UserDetail>();
    expectTypeOf(litmos.achievements.list).toEqualTypeOf<Litmos['achievements']['list']>();
    expectTypeOf(litmos.achievements.list).parameter(1).toEqualTypeOf<ListOptions | undefined>();
  });

  test('shows only the picked resources', () => {
    const litmos = createLitmosClient(options, { users });
    expectTypeOf<keyof typeof litmos>().toEqualTypeOf<'users'>();
    // @ts-expect-error `courses` was not picked
    litmos.courses;
    // @ts-expect-error `achievements` was not picked
    litmos.achievements.list();
  });

  test('takes resources under their own names only', () => {
    // @ts-expect-error the achievements resource is not the users resource
    createLitmosClient(options, { users: achievements });
    // @ts-expect-error there is no such resource
    createLitmosClient(options, { colours: users });
  });
});
