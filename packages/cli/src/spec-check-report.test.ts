import { describe, expect, it } from 'vitest';
import { createSpecCheckReport, type OperationReport, operationDiffers, type ReportSettings } from './spec-check-report.js';

const settings: ReportSettings = {
  version: '0.1.0',
  date: '2026-11-24',
  target: 'Litmos (region eu)',
  formats: ['xml', 'json'],
  rowsPerList: 100,
  deltaDays: 7,
};
const nickname = { kind: 'unknown', path: '[].Nickname', expected: 'no such field', received: 'string' } as const;
const points = { kind: 'coerced', path: '[].Points', expected: 'number', received: 'string' } as const;

const operations: OperationReport[] = [
  {
    operationId: 'listUsers',
    sdkMethod: 'users.list',
    http: 'GET /users',
    answers: {
      xml: { outcome: 'answered', rows: 'some', differences: [nickname] },
      json: { outcome: 'answered', rows: 'some', differences: [nickname, points] },
    },
  },
  {
    operationId: 'getTeam',
    sdkMethod: 'teams.get',
    http: 'GET /teams/{teamId}',
    answers: {
      xml: { outcome: 'not-reached', reason: 'empty', param: 'teamId', list: 'GET /teams' },
      json: { outcome: 'not-reached', reason: 'empty', param: 'teamId', list: 'GET /teams' },
    },
  },
  {
    operationId: 'listAchievements',
    sdkMethod: 'achievements.list',
    http: 'GET /achievements',
    answers: {
      xml: { outcome: 'refused', status: 403, error: 'PermissionDeniedError' },
      json: { outcome: 'unreadable', reason: 'an HTML page', differences: [] },
    },
  },
  { operationId: 'listTeams', sdkMethod: 'teams.list', http: 'GET /teams', answers: { xml: { outcome: 'answered', rows: 'none', differences: [] } } },
];

describe('createSpecCheckReport', () => {
  const report = createSpecCheckReport(settings, operations, [{ operationId: 'listLrsStatements', http: 'GET /statements', reason: 'another service' }]);

  it('sorts operations by path and merges a difference seen in both formats into one', () => {
    expect(report.operations.map((op) => op.http)).toEqual(['GET /achievements', 'GET /teams', 'GET /teams/{teamId}', 'GET /users']);
    expect(report.differences).toEqual([
      { operationId: 'listUsers', sdkMethod: 'users.list', http: 'GET /users', ...nickname, formats: ['xml', 'json'] },
      { operationId: 'listUsers', sdkMethod: 'users.list', http: 'GET /users', ...points, formats: ['json'] },
    ]);
  });

  it('counts operations by what their answers say, an unreadable answer as differing', () => {
    expect(report.summary).toEqual({ operations: 4, answered: 3, differing: 2, differences: 2, refused: 1, notReached: 1, skipped: 1 });
    expect(operations.map(operationDiffers)).toEqual([true, false, true, false]);
    expect(report).toMatchObject({ tool: 'litmos check-spec', ...settings });
  });
});
