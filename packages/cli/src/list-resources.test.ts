import { type OperationDef, operations } from '@litmos-kit/client/operations';
import { describe, expect, it } from 'vitest';
import { editDistance, exportResources, findResource, getResources, suggestResources } from './list-resources.js';

const all = Object.values(operations) as OperationDef[];

describe('exportResources', () => {
  const resources = exportResources();

  it('covers every paged operation and every /org delta stream of the spec', () => {
    const names = new Set(resources.map((r) => r.op.id));
    for (const op of all.filter((o) => o.paging === 'offset' || o.path.startsWith('/org/'))) expect(names, op.id).toContain(op.id);
  });

  it('gives each resource one unique name derived from its SDK method', () => {
    const names = resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(findResource(resources, 'users')?.op.sdkMethod).toBe('users.list');
    expect(findResource(resources, 'teams.users')?.op.path).toBe('/teams/{teamId}/users');
    expect(findResource(resources, 'org.users.changed')?.op.delta).toBe(true);
    expect(findResource(resources, 'courseCustomFields')?.op.paging).toBe('none');
  });

  it('takes the SDK method name and the operationId as well', () => {
    expect(findResource(resources, 'users.list')?.name).toBe('users');
    expect(findResource(resources, 'listChangedCourseResults')?.name).toBe('org.results.changed');
    expect(findResource(resources, 'users.create')).toBeUndefined();
  });

  it('never offers a write', () => {
    expect(resources.every((r) => r.op.httpMethod === 'GET')).toBe(true);
  });
});

describe('getResources', () => {
  it('offers single-record reads under unique names, the id being the last path parameter', () => {
    const resources = getResources();
    const names = resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(findResource(resources, 'users')?.op.path).toBe('/users/{userId}');
    expect(findResource(resources, 'courses.details')?.op.pathParams).toEqual(['courseId']);
    expect(resources.every((r) => r.op.httpMethod === 'GET' && r.op.paging === 'none' && r.op.pathParams.length > 0)).toBe(true);
  });
});

describe('suggestResources', () => {
  it.each([
    ['usres', 'users'],
    ['usr', 'users'],
    ['Users', 'users'],
    ['achievments', 'achievements'],
    ['teams.user', 'teams.users'],
    ['courses.session', 'courses.sessions'],
    ['org.user.changed', 'org.users.changed'],
    ['attendance', 'courses.sessions.attendance'],
  ])('suggests %s → %s first', (typed, meant) => {
    expect(suggestResources(exportResources(), typed)[0]).toBe(meant);
  });

  it('suggests at most three, and nothing for a name far from every resource', () => {
    expect(suggestResources(exportResources(), 'org.x.changed').length).toBeLessThanOrEqual(3);
    expect(suggestResources(exportResources(), 'zzz')).toEqual([]);
    expect(suggestResources(exportResources(), 'payroll')).toEqual([]);
  });
});

describe('editDistance', () => {
  it.each([
    ['users', 'users', 0],
    ['usres', 'users', 1],
    ['usr', 'users', 2],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s → %s takes %d edits', (a, b, n) => {
    expect(editDistance(a, b)).toBe(n);
  });
});
