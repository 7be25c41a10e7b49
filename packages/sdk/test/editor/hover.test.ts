// The hover an editor shows for SDK methods, asked of the TypeScript language service against
// the built package (what `npm install @litmos-kit/sdk` gives). Each hover must read like the API
// reference: the operation's summary, its page in the reference, and named types instead of
// mapped ones. The text is saved to test-results/hover-dump.txt for review.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { hoverProbe } from './hover-probe.js';
import { type Hover, quickInfo } from './quick-info.js';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
let hovers: Hover[];
let problems: string[];

beforeAll(() => {
  ({ hovers, problems } = quickInfo(packageDir, hoverProbe));
  mkdirSync(new URL('../../test-results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../../test-results/hover-dump.txt', import.meta.url), hovers.map(({ at, text }) => `=== hover on ${at}\n${text}\n`).join('\n'));
});

const hover = (at: string) => {
  const found = hovers.find((h) => h.at === at);
  if (!found) throw new Error(`no hover recorded at ${at}`);
  return found.text;
};

/** What no hover of a method may show: the SDK's internal mapped types. */
const internals = /ParamsOf|OperationDef|WithDates|Omit<|Bound</;

describe('method hovers', () => {
  test('the probe compiles against the built package', () => {
    expect(problems).toEqual([]);
  });

  test('litmos.users.list: summary, reference route, ListUsersParams and Pager<UserSummary>', () => {
    const text = hover('litmos.users.list');
    expect(text).toMatch(/^\(method\) list\(params\?: ListUsersParams, options\?: ListOptions\): Pager<UserSummary>/);
    expect(text).toContain('List people.');
    expect(text).toContain('@see `#/users/listusers` in the API reference (List people).');
    expect(text).not.toMatch(internals);
  });

  test('litmos.users.get: the one-id form, summary, reference route and Promise<UserDetail>', () => {
    const text = hover('litmos.users.get');
    expect(text).toMatch(/^\(method\) get\(userId: string, options\?: CallOptions\): Promise<UserDetail> \(\+1 overload\)/);
    expect(text).toContain('Get a person.');
    expect(text).toContain('@see `#/users/getuser` in the API reference (Get a person).');
    expect(text).not.toMatch(internals);
  });

  test('litmos.users.update: UpdateUserParams, Promise<void> and its reference route', () => {
    const text = hover('litmos.users.update');
    expect(text).toMatch(/^\(method\) update\(params: UpdateUserParams, options\?: CallOptions\): Promise<void>/);
    expect(text).toContain('Update a person.');
    expect(text).toContain('; the answer has no body.');
    expect(text).toContain('@see `#/users/updateuser` in the API reference (Update a person).');
  });

  test('litmos.users.patch: says it is two requests, typed by the fields the update writes', () => {
    const text = hover('litmos.users.patch');
    expect(text).toMatch(/^\(method\) patch\(userId: string, changes: Partial<UserWrite>, options\?: CallOptions\): Promise<void>/);
    expect(text).toContain('Update a person, changing only the given fields.');
    expect(text).toContain('Two requests, and not atomic');
    expect(text).toContain('`#/users/updateuser`');
  });

  test('since: any length, read in 7-day windows; no "at most 7 days" limit for the caller', () => {
    const text = hover('since');
    expect(text).toMatch(/^\(property\) ListChangedUsersParams\.since: string \| Date/);
    expect(text).toContain('may be of any length');
    expect(text).not.toMatch(/(span|range of) at most 7 days/);
  });

  test('leaving out `to` is reported against the named parameter type', () => {
    const { problems: missingTo } = quickInfo(
      packageDir,
      "import { createLitmos } from '@litmos-kit/sdk';\ncreateLitmos({ apiKey: 'k', source: 's' }).org.users.changed({ since: '2026-01-01' });\n",
    );
    expect(missingTo.join('\n')).toContain("Property 'to' is missing");
    expect(missingTo.join('\n')).toContain('ListChangedUsersParams');
    expect(missingTo.join('\n')).not.toMatch(internals);
  });
});
