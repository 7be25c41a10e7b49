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
  it('lists every operation of the spec, with the command that runs each read', async () => {
    const run = await runCli(['ops']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^COMMAND\s+SDK METHOD\s+NOTES\s+HTTP$/);
    expect(lines).toHaveLength(all.length + 1);
    expect(run.stdout).toMatch(
      /litmos export org\.users\.changed\s+org\.users\.changed\s+needs --since; delta: any range, in 7-day windows; paged\s+GET \/org\/users\/details\n/,
    );
    expect(run.stdout).toMatch(/litmos export teams\.users\s+teams\.users\.list\s+needs --param teamId; paged\s+GET \/teams\/\{teamId\}\/users\n/);
    expect(run.stdout).toMatch(/litmos get users <userId>\s+users\.get\s+GET \/users\/\{userId\}\n/);
    expect(run.stdout).toMatch(/^-\s+users\.create\s+POST \/users\n/m);
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
    expect(run.stderr).toMatch(/litmos: sandbox on http:\/\/127\.0\.0\.1:\d+\/v1\.svc: seed 1, 5000 people/);
    const rows = parseNdjson(run.stdout);
    expect(rows).toHaveLength(50);
    const monthAgo = Date.now() - 31 * 86_400_000;
    for (const row of rows) expect(Date.parse(row.UpdatedDate as string)).toBeGreaterThan(monthAgo);
  });

  it('--mock starts the Prism mock and reads the spec examples', async () => {
    const run = await runCli(['export', 'courses', '--mock', '--fields', 'Id,Name']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/litmos: mock \(Prism, spec examples\) on http:\/\/127\.0\.0\.1:\d+/);
    expect(parseNdjson(run.stdout).length).toBeGreaterThan(0);
  });
});
