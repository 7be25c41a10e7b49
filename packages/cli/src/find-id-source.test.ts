import { type OperationDef, operations } from '@litmos-kit/client/operations';
import { describe, expect, it } from 'vitest';
import { findIdSource } from './find-id-source.js';
import { isExportable } from './list-resources.js';
import { responseFields } from './response-fields.js';

const all = Object.values(operations) as OperationDef[];
const byPath = (path: string) => all.find((op) => op.httpMethod === 'GET' && op.path === path) as OperationDef;
const source = async (path: string, param: string) => {
  const found = await findIdSource(byPath(path), param, all);
  return found && { list: found.list.path, field: found.field };
};

describe('findIdSource', () => {
  it('finds a list for every path parameter of every read of the spec, whose rows have the field it reads', async () => {
    for (const op of all.filter((o) => o.httpMethod === 'GET')) {
      for (const param of op.pathParams) {
        const found = await findIdSource(op, param, all);
        expect(found, `${op.path} ${param}`).toBeDefined();
        if (!found) continue;
        expect(found.list.httpMethod).toBe('GET');
        expect(isExportable(found.list), found.list.path).toBe(true);
        expect(found.list, `${op.path} must not need itself`).not.toBe(op);
        expect(await responseFields(found.list), `${found.list.path} rows`).toContain(found.field);
      }
    }
  });

  it('takes the list at the path before the parameter, so that a nested id belongs to its parent', async () => {
    expect(await source('/teams/{teamId}', 'teamId')).toEqual({ list: '/teams', field: 'Id' });
    expect(await source('/users/{userId}/courses/{courseId}', 'courseId')).toEqual({ list: '/users/{userId}/courses', field: 'Id' });
    expect(await source('/courses/{courseId}/modules/{moduleId}/sessions/{sessionId}', 'sessionId')).toEqual({
      list: '/courses/{courseId}/modules/{moduleId}/sessions',
      field: 'Id',
    });
  });

  it('reads a field named after the parameter when the rows have one', async () => {
    expect(await source('/tokens/{tokenId}', 'tokenId')).toEqual({ list: '/tokens', field: 'TokenId' });
    expect(await source('/coursecustomfields/{customFieldId}', 'customFieldId')).toEqual({ list: '/coursecustomfields', field: 'CustomFieldId' });
  });

  it('finds a list under another path when none is before the parameter', async () => {
    // No /modules list: a module's id comes from the modules of a course.
    expect(await source('/modules/{moduleId}', 'moduleId')).toEqual({ list: '/courses/{courseId}/modules', field: 'Id' });
    expect(await source('/collectionlistings/{collectionId}', 'collectionId')).toEqual({ list: '/collections', field: 'Id' });
    expect(await source('/collectionlistings/{listingId}/users', 'listingId')).toEqual({ list: '/collectionlistings/{collectionId}', field: 'Id' });
  });

  it('asks the instructor-led modules for the module of sessions and registrations', async () => {
    for (const path of ['/courses/{courseId}/modules/{moduleId}/sessions', '/courses/{courseId}/modules/{moduleId}/registration'])
      expect(await source(path, 'moduleId')).toEqual({ list: '/courses/{courseId}/modules/ilt', field: 'Id' });
  });
});
