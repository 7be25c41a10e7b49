import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { namesOperation, planSpecCheck, readOperations, splitTerms } from './plan-spec-check.js';

const plan = (only: string[] = [], skip: string[] = [], given: string[] = []) => planSpecCheck({ only, skip, given: new Set(given) });
const methods = (p: ReturnType<typeof plan>) => p.operations.map((op) => op.sdkMethod);

describe('planSpecCheck', () => {
  it('calls every GET of the REST API and nothing that writes; the Learning Record Store is skipped', () => {
    const all = plan();
    expect(all.operations.every((op) => op.httpMethod === 'GET')).toBe(true);
    expect(all.operations.length + all.skipped.length).toBe(readOperations.length);
    expect(all.skipped.map(({ op }) => op.sdkMethod)).toEqual(['lrs.statements.list']);
    expect(methods(all)).toContain('org.users.changed');
    // Sorted by path, for reports that compare line by line.
    const paths = all.operations.map((op) => op.path);
    expect(paths).toEqual([...paths].sort((a, b) => a.localeCompare(b)));
  });

  it('takes SDK methods, operationIds, CLI names and groups, and adds the lists that give ids', () => {
    expect(methods(plan(['users.list']))).toEqual(['users.list']);
    expect(methods(plan(['getUser']))).toEqual(['users.list', 'users.get']);
    expect(methods(plan(['courses.details']))).toEqual(['courses.list', 'courses.details']);
    expect(methods(plan(['courses.sessions.rollcall'])).sort()).toEqual([
      'courses.iltModules.list',
      'courses.list',
      'courses.sessions.list',
      'courses.sessions.rollcall.list',
    ]);
    const org = plan(['org']);
    expect(org.operations.length).toBe(readOperations.filter((op) => op.sdkMethod.startsWith('org.')).length);
    // A group is a prefix of whole names: `users` is not `org.users.*` nor `teams.users.*`.
    expect(methods(plan(['users'])).every((m) => m.startsWith('users.'))).toBe(true);
  });

  it('leaves out what --skip names, even a list others need, and the lists of ids given with --param', () => {
    const skipped = plan(['users.get'], ['users.list']);
    expect(methods(skipped)).toEqual(['users.get']);
    expect([...skipped.excluded].map((op) => op.sdkMethod)).toEqual(['users.list']);
    expect(methods(plan(['users.courses.get'], [], ['userId', 'courseId']))).toEqual(['users.courses.get']);
    expect(methods(plan(['teams'], ['teams.gamification', 'teams.leaders.list']))).not.toContain('teams.leaders.list');
  });

  it('refuses a term that names no read, with the closest names', () => {
    expect(() => plan(['userz.list'])).toThrow(CliError);
    expect(() => plan(['userz.list'])).toThrow('--only "userz.list" names no read operation');
    expect(() => plan([], ['users.create'])).toThrow('--skip "users.create" names no read operation');
    expect(() => plan(['users.list'], ['users'])).toThrow('nothing to check');
  });
});

describe('namesOperation and splitTerms', () => {
  it('match whole names and groups in any case, and split comma lists', () => {
    const op = readOperations.find((o) => o.sdkMethod === 'teams.users.list');
    if (!op) throw new Error('the spec has no teams.users.list');
    for (const term of ['teams.users.list', 'TEAMS.USERS', 'teams', 'teams.', 'listTeamUsers', '/teams/{teamId}/users'])
      expect(namesOperation(term, op), term).toBe(true);
    for (const term of ['users', 'team', 'teams.u']) expect(namesOperation(term, op), term).toBe(false);
    expect(splitTerms(['users.list, org', 'teams', ''])).toEqual(['users.list', 'org', 'teams']);
  });
});
