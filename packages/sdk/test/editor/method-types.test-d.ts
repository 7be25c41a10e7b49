// What an editor shows for the SDK's methods, pinned: the named parameter and result types of
// each operation (as in the API reference), the one-id shorthand, the honest `void` of writes
// without a body, and `patch`. Run by vitest's typecheck (see vitest.config.ts), so `pnpm test`
// fails when a generator change turns a hover back into a mapped type.
import { describe, expectTypeOf, test } from 'vitest';
import {
  type CallOptions,
  createLitmos,
  type GetUserParams,
  type GetUserResult,
  type ListChangedUsersParams,
  type ListChangedUsersRow,
  type ListOptions,
  type ListUsersParams,
  type ListUsersRow,
  type OrgUser,
  type Pager,
  type TeamWrite,
  type UpdateUserParams,
  type UpdateUserResult,
  type UserDetail,
  type UserSummary,
  type UserWrite,
} from '../../src/index.js';

const litmos = createLitmos({ apiKey: 'k', source: 's' });

describe('users.list', () => {
  test('takes ListUsersParams and pages UserSummary rows', () => {
    expectTypeOf(litmos.users.list).parameters.toEqualTypeOf<[params?: ListUsersParams, options?: ListOptions]>();
    expectTypeOf(litmos.users.list({ search: 'ada', showInactive: false })).toEqualTypeOf<Pager<UserSummary>>();
    expectTypeOf<ListUsersRow>().toEqualTypeOf<UserSummary>();
    expectTypeOf<ListUsersParams['search']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error an unknown filter is a compile error, not a silently ignored parameter
    litmos.users.list({ colour: 'teal' });
  });
});

describe('users.get', () => {
  test('takes the id alone or GetUserParams, and resolves to a UserDetail', () => {
    expectTypeOf(litmos.users.get('a1b2c3')).toEqualTypeOf<Promise<UserDetail>>();
    expectTypeOf(litmos.users.get({ userId: 'a1b2c3' })).toEqualTypeOf<Promise<UserDetail>>();
    expectTypeOf<GetUserParams>().toEqualTypeOf<{ readonly userId: string }>();
    expectTypeOf<GetUserResult>().toEqualTypeOf<UserDetail>();
    // @ts-expect-error an id is a string
    litmos.users.get(42);
  });
});

describe('users.update and users.delete', () => {
  test('resolve to void: Litmos answers them without a body', () => {
    expectTypeOf(litmos.users.update).parameters.toEqualTypeOf<[params: UpdateUserParams, options?: CallOptions]>();
    expectTypeOf<UpdateUserParams['body']>().toEqualTypeOf<UserWrite>();
    expectTypeOf<UpdateUserResult>().toEqualTypeOf<void>();
    expectTypeOf(litmos.users.delete('a1b2c3')).toEqualTypeOf<Promise<void>>();
    // @ts-expect-error an update needs the body: the shorthand is only for calls that take the id alone
    litmos.users.update('a1b2c3');
  });
});

describe('patch', () => {
  test('takes the id and some writable fields, and resolves to void', () => {
    expectTypeOf(litmos.users.patch).parameters.toEqualTypeOf<[userId: string, changes: Partial<UserWrite>, options?: CallOptions]>();
    expectTypeOf(litmos.users.patch('a1b2c3', { JobTitle: 'Engineer' })).toEqualTypeOf<Promise<void>>();
    expectTypeOf(litmos.teams.patch).parameter(1).toEqualTypeOf<Partial<TeamWrite>>();
    // @ts-expect-error only fields of the update's body can be changed
    litmos.users.patch('a1b2c3', { Colour: 'teal' });
  });
});

describe('org.users.changed', () => {
  test('takes a since/to range of Date or text and pages OrgUser rows', () => {
    expectTypeOf<ListChangedUsersParams['since']>().toEqualTypeOf<string | Date>();
    expectTypeOf<ListChangedUsersParams['to']>().toEqualTypeOf<string | Date>();
    expectTypeOf<ListChangedUsersRow>().toEqualTypeOf<OrgUser>();
    expectTypeOf(litmos.org.users.changed({ since: new Date('2026-01-01'), to: '2026-03-01' })).toEqualTypeOf<Pager<OrgUser>>();
    // @ts-expect-error the range needs both ends
    litmos.org.users.changed({ since: '2026-01-01' });
  });
});
