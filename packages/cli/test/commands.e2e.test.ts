// `litmos ops`, `litmos get`, `--help` of every command, and `--mock`/`--sandbox`, which start a
// local Litmos inside the CLI process so a new user needs no account.
import { type OperationDef, operations } from '@litmos-kit/client/operations';
import type { Sandbox } from '@litmos-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationRow } from '../src/list-operations.js';
import { parseNdjson, runCli, sandboxFlags, startTestSandbox } from './helpers.js';

let sandbox: Sandbox;
const env = { LITMOS_API_KEY: 'sandbox-api-key' };
beforeAll(async () => {
  sandbox = await startTestSandbox({ users: 40, seed: 2 });
});
afterAll(() => sandbox.close());

const all = Object.values(operations) as OperationDef[];

describe('litmos ops', () => {
  /** Visible width of each line (the ellipsis is one character). */
  const widths = (text: string) =>
    text
      .trimEnd()
      .split('\n')
      .map((line) => [...line].length);

  it('lists every operation of the spec, with the command that runs each read, in 100 columns', async () => {
    const run = await runCli(['ops']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^COMMAND\s+HTTP$/);
    expect(Math.max(...widths(run.stdout))).toBeLessThanOrEqual(100);
    // One row per operation (continuation lines are indented), and a note on where the SDK methods went.
    expect(lines.filter((line) => /^(litmos|-) /.test(line))).toHaveLength(all.length);
    expect(run.stdout).toMatch(/\n\(SDK methods: a wider terminal, or `litmos ops --json` with every detail\)\n$/);
    expect(run.stdout).toMatch(/^litmos export org\.users\.changed --since …\s+GET \/org\/users\/details$/m);
    expect(run.stdout).toMatch(/^litmos export teams\.users --param teamId=…\s+GET \/teams\/\{teamId\}\/users$/m);
    expect(run.stdout).toMatch(/^litmos get users <userId>\s+GET \/users\/\{userId\}$/m);
    expect(run.stdout).toMatch(/^- \(SDK only\)\s+POST \/users$/m);
    // A long command wraps before a flag, and a long path after a slash, both indented.
    expect(run.stdout).toMatch(
      /^litmos export courses\.sessions\.attendance\s+GET \/courses\/\{courseId\}\/modules\/\{moduleId\}\/\n {2}--param courseId=… --param moduleId=…\s+ {2}sessions\/\{sessionId\}\/attendance\n {2}--param sessionId=…\n/m,
    );
  });

  it.each([60, 80, 120])('fits a terminal of %i columns (COLUMNS)', async (columns) => {
    const run = await runCli(['ops'], { COLUMNS: String(columns) });
    expect(run.code).toBe(0);
    expect(Math.max(...widths(run.stdout))).toBeLessThanOrEqual(columns);
    for (const op of all.filter((o) => o.httpMethod === 'GET')) expect(run.stdout.replace(/\n\s+/g, ''), op.sdkMethod).toContain(op.path.split('/').pop());
  });

  it('adds the SDK method of each operation when the terminal is wide', async () => {
    const run = await runCli(['ops'], { COLUMNS: '180' });
    expect(run.stdout.split('\n')[0]).toMatch(/^COMMAND\s+HTTP\s+SDK METHOD$/);
    expect(run.stdout).toMatch(/^litmos export teams\.users --param teamId=…\s+GET \/teams\/\{teamId\}\/users\s+teams\.users\.list$/m);
    expect(Math.max(...widths(run.stdout))).toBeLessThanOrEqual(180);
    expect(run.stdout).not.toContain('(SDK methods:');
  });

  it('prints JSON with --json, every paged operation and delta stream mapped to an export', async () => {
    const rows = JSON.parse((await runCli(['ops', '--json'])).stdout) as OperationRow[];
    expect(rows).toHaveLength(all.length);
    for (const row of rows.filter((r) => r.paging === 'offset' || r.delta)) expect(row.command, row.sdkMethod).toMatch(/^export /);
    expect(rows.find((r) => r.sdkMethod === 'courses.sessions.attendance.list')?.command).toBe(
      'export courses.sessions.attendance --param courseId=… --param moduleId=… --param sessionId=…',
    );
    expect(rows.find((r) => r.sdkMethod === 'org.results.changed')?.command).toBe('export org.results.changed --since …');
    for (const row of rows.filter((r) => !r.http.startsWith('GET'))) expect(row.command).toBeNull();
  });

  it('filters', async () => {
    const rows = JSON.parse((await runCli(['ops', 'org.', '--json'])).stdout) as OperationRow[];
    expect(rows.length).toBe(all.filter((op) => op.sdkMethod.startsWith('org.')).length);
  });
});

describe('litmos get', () => {
  it('prints one record as JSON, or only --fields as NDJSON', async () => {
    const person = [...sandbox.state.users.values()][3];
    if (!person) throw new Error('the sandbox has no people');
    const run = await runCli(['get', 'users', person.Id, ...sandboxFlags(sandbox)], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ Id: person.Id, UserName: person.UserName, FirstName: person.FirstName });
    const fields = await runCli(['get', 'users', person.Id, '--format', 'ndjson', '--fields', 'UserName,Id', ...sandboxFlags(sandbox)], env);
    expect(fields.stdout).toBe(`${JSON.stringify({ UserName: person.UserName, Id: person.Id })}\n`);
  });

  it('fills the other path parameters from --param', async () => {
    const link = sandbox.state.userCourses.find((r) => r.Active);
    if (!link) throw new Error('the sandbox has no course assignments');
    const run = await runCli(['get', 'users.courses', link.CourseId, '--param', `userId=${link.UserId}`, '--fields', 'Id', ...sandboxFlags(sandbox)], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ Id: link.CourseId });
  });
});

describe('unknown resources', () => {
  it.each([
    { args: ['export', 'usres', '--sandbox'], says: 'unknown resource "usres" for export (hint: did you mean users? `litmos ops` lists them all)' },
    { args: ['export', 'org.user.changed'], says: 'unknown resource "org.user.changed" for export (hint: did you mean org.users.changed, ' },
    { args: ['get', 'curses', 'x'], says: 'unknown resource "curses" for get (hint: did you mean courses?' },
    {
      args: ['export', 'courses.details'],
      says: '"courses.details" cannot be read with export (hint: it is one record: litmos get courses.details <courseId>)',
    },
    { args: ['get', 'teams.users', 'x'], says: '"teams.users" cannot be read with get (hint: it is a list: litmos export teams.users)' },
  ])('$args: exit 2 with a suggestion, before any server starts', async ({ args, says }) => {
    const run = await runCli(args, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`litmos: error: ${says}`);
    expect(run.stderr).not.toContain('sandbox on');
  });
});

describe('--help', () => {
  it.each([
    { args: ['--help'], says: [/Usage: litmos \[options\] \[command\]/, /Exit codes:/, /LITMOS_API_KEY/, /--sandbox/] },
    { args: ['export', '--help'], says: [/Usage: litmos export \[options\] <resource>/, /Examples:/, /--resume/, /--since <date>/] },
    { args: ['get', '--help'], says: [/Usage: litmos get \[options\] <resource> <id>/, /Examples:/, /litmos get users/] },
    { args: ['ops', '--help'], says: [/Usage: litmos ops \[options\] \[filter\]/, /Examples:/] },
  ])('$args explains the command with examples', async ({ args, says }) => {
    const run = await runCli(args);
    expect(run.code).toBe(0);
    for (const pattern of says) expect(run.stdout).toMatch(pattern);
  });
});

describe('local servers', () => {
  it('--sandbox starts a seeded sandbox on 127.0.0.1 and exports from it without a key', async () => {
    const run = await runCli(['export', 'org.users.changed', '--sandbox', '--since', '30d', '--limit', '50', '--fields', 'Id,UpdatedDate']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/litmos: sandbox on http:\/\/127\.0\.0\.1:\d+\/v1\.svc: seed 1, 5,000 people/);
    const rows = parseNdjson(run.stdout);
    expect(rows).toHaveLength(50);
    const monthAgo = Date.now() - 31 * 86_400_000;
    for (const row of rows) expect(Date.parse(row.UpdatedDate as string)).toBeGreaterThan(monthAgo);
  });

  it('--sandbox-users sets the number of people (and implies --sandbox)', async () => {
    for (const args of [
      ['--sandbox', '--sandbox-users', '37'],
      ['--sandbox-users', '37'],
    ]) {
      const run = await runCli(['export', 'users', ...args, '--fields', 'Id', '--format', 'csv']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/litmos: sandbox on http:\/\/127\.0\.0\.1:\d+\/v1\.svc: seed 1, 37 people, /);
      const ids = run.stdout.trimEnd().split('\r\n').slice(1);
      expect(ids).toHaveLength(37);
      expect(new Set(ids).size).toBe(37);
    }
    const bad = await runCli(['export', 'users', '--sandbox-users', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('litmos: error: --sandbox-users must be a whole number from 1 to 20000, got "0"');
  });

  it('--mock starts the Prism mock and reads the spec examples', async () => {
    const run = await runCli(['export', 'courses', '--mock', '--fields', 'Id,Name']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/litmos: mock \(Prism, spec examples\) on http:\/\/127\.0\.0\.1:\d+/);
    expect(parseNdjson(run.stdout).length).toBeGreaterThan(0);
  });
});
