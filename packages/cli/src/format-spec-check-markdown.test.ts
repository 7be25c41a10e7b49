import { describe, expect, it } from 'vitest';
import { describeNotReached, formatSpecCheckMarkdown } from './format-spec-check-markdown.js';
import { createSpecCheckReport, type Difference } from './spec-check-report.js';

const settings = { version: '0.1.0', date: '2026-11-24', target: 'Litmos (region us)', formats: ['xml', 'json'] as const, rowsPerList: 100, deltaDays: 7 };

function render(differences: Difference[]) {
  return formatSpecCheckMarkdown(
    createSpecCheckReport(
      { ...settings, formats: [...settings.formats] },
      [
        {
          operationId: 'listUsers',
          sdkMethod: 'users.list',
          http: 'GET /users',
          answers: { xml: { outcome: 'answered', rows: 'some', differences }, json: { outcome: 'refused', status: 500, error: 'InternalServerError' } },
        },
        { operationId: 'listTeams', sdkMethod: 'teams.list', http: 'GET /teams', answers: { xml: { outcome: 'answered', rows: 'none', differences: [] } } },
      ],
      [],
    ),
  );
}

describe('formatSpecCheckMarkdown', () => {
  it('shows the run, the differences, the refusals and what matched', () => {
    const md = render([{ kind: 'missing', path: '[].CompliantTillDate', expected: 'date or null', received: 'missing' }]);
    expect(md.startsWith('# litmos check-spec report\n')).toBe(true);
    expect(md).toContain('- **Answers from:** Litmos (region us)\n- **Formats:** XML, JSON\n');
    expect(md).toContain('- **Operations:** 2 called: 2 answered, 1 differing (1 difference), 1 refused, 0 not reached; 0 skipped');
    expect(md).toContain('| `GET /users` users.list | `[].CompliantTillDate` | missing documented field | date or null | missing | XML |');
    expect(md).toContain(
      '## Refused (1)\n\n| operation | formats | answer |\n| --- | --- | --- |\n| `GET /users` users.list | JSON | HTTP 500 (InternalServerError) |',
    );
    expect(md).toContain('- `GET /teams` teams.list (no rows in XML: only the wrapper was compared)');
    expect(md).not.toContain('## Not reached');
    expect(md.endsWith('</details>\n')).toBe(true);
  });

  it('keeps a hostile field name inside its cell: no new row, column, code span or markup', () => {
    const md = render([
      { kind: 'unknown', path: '[].a|b`c\n| x | y |<img src=x>', expected: 'no such field', received: 'string' },
      { kind: 'mismatch', path: '[].AccessLevel', expected: 'one of "Learner", "Team_Leader"', received: 'string not in the list' },
    ]);
    const rows = md.split('\n').filter((line) => line.startsWith('| `GET /users` users.list | `[]'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8);
    expect(rows[0]).toContain('`[].a\\|b c \\| x \\| y \\|<img src=x>`');
    expect(rows[1]).toContain('one of "Learner", "Team\\_Leader"');
  });

  it('says why a call was not reached, and how to reach it', () => {
    const answer = (reason: 'empty' | 'failed' | 'no-field' | 'skipped' | 'no-list' | 'query') =>
      describeNotReached({ outcome: 'not-reached', reason, param: 'teamId', list: reason === 'no-list' || reason === 'query' ? null : 'GET /teams' });
    expect(answer('empty')).toBe('no teamId: GET /teams answered no rows; give ids with --param');
    expect(answer('failed')).toBe('no teamId: GET /teams was refused or could not be read');
    expect(answer('skipped')).toBe('no teamId: GET /teams is left out (--skip); give ids with --param');
    expect(answer('query')).toBe('needs the query parameter teamId');
  });
});
