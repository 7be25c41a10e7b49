// `litmos check-spec` against real sandboxes: one that answers as the spec says, and one started
// with a spec drifted on purpose (a field added, one left out, one spelled the other way, one
// of another type, one named like the key), canary values in every record and a fault on one
// path. A recording proxy in front of the sandbox sees what the CLI sends.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Sandbox } from '@litmos-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpecCheckReport } from '../src/spec-check-report.js';
import { type RecordingProxy, runCli, startCli, startRecordingProxy, startTestSandbox, tempDir, waitFor } from './helpers.js';

/** The key of the drifted sandbox; it is also the name of a field its people carry. */
const KEY = 'k7c9e6679-7425-40de-944b-e07fc1f90ae7';

/** Values that must never reach a report or stderr. */
const CANARY = {
  username: 'canary-username-5f1e',
  firstName: 'CanaryFirstName7d2',
  email: 'canary.mail.93b@example.invalid',
  nickname: 'canary-nickname-04c',
  active: 'canary-active-e81',
  keyField: 'canary-keyfield-aa1',
} as const;

type Doc = { components: { schemas: Record<string, { properties: Record<string, Record<string, unknown>>; required?: string[] }> } };

/**
 * The bundled spec, changed where the sandbox reads it: its person rows (`UserSummary`) gain
 * `Nickname` and a field named like the key, lose `FirstName`, spell `UserName` as `Username`
 * and send `Active` as text.
 */
function driftedSpec(): Doc {
  const path = createRequire(import.meta.url).resolve('@litmos-kit/spec/openapi.json');
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Doc;
  const person = doc.components.schemas.UserSummary;
  if (!person?.properties.Username) throw new Error('the spec changed: UserSummary has no Username variant');
  delete person.properties.FirstName;
  delete person.properties.UserName;
  delete person.properties.Username['x-litmos-spelling-of'];
  person.properties.Active = { type: 'string' };
  person.properties.Nickname = { type: 'string' };
  person.properties[KEY] = { type: 'string' };
  person.required = (person.required ?? []).filter((name) => name !== 'FirstName' && name !== 'UserName');
  return doc;
}

/** The ids of a sandbox's records: values, which no report may hold. */
function idsOf(sandbox: Sandbox): string[] {
  const { users, teams, courses, modules, learningPaths } = sandbox.state;
  return [...users.keys(), ...teams.keys(), ...courses.keys(), ...modules.keys(), ...learningPaths.keys()];
}

/** Fails when `text` holds a canary value, a record id, or the key in any form (any case, without hyphens, encoded, or any 8 characters of it). */
function expectNothingSecret(text: string, ids: readonly string[]): void {
  const lower = text.toLowerCase();
  for (const value of Object.values(CANARY)) expect(lower).not.toContain(value.toLowerCase());
  for (const id of ids) expect(text).not.toContain(id);
  const compact = lower.replaceAll('-', '');
  for (const form of [KEY.toLowerCase(), KEY.toLowerCase().replaceAll('-', '')]) {
    for (let i = 0; i + 8 <= form.length; i++)
      expect(compact, `a piece of the key: ${form.slice(i, i + 8)}`).not.toContain(form.slice(i, i + 8).replaceAll('-', ''));
  }
  expect(text).not.toContain(Buffer.from(KEY).toString('base64').slice(0, 12));
  expect(text).not.toContain(encodeURIComponent(KEY));
}

describe('litmos check-spec against a sandbox whose answers drift', () => {
  let sandbox: Sandbox;
  let proxy: RecordingProxy;
  let flags: string[];
  const env = { LITMOS_API_KEY: KEY };

  beforeAll(async () => {
    sandbox = await startTestSandbox({
      users: 40,
      seed: 3,
      now: 'now',
      apiKeys: [KEY],
      spec: driftedSpec() as never,
      faults: { pathPrefix: '/bulkimports', errorRate: 1, errorStatuses: [500] },
    });
    for (const person of sandbox.state.users.values()) {
      Object.assign(person, { UserName: `${CANARY.username}-${person.OriginalId}`, FirstName: CANARY.firstName, Email: CANARY.email });
      Object.assign(person, { Nickname: CANARY.nickname, Active: CANARY.active, [KEY]: CANARY.keyField });
    }
    proxy = await startRecordingProxy(sandbox.origin);
    flags = ['--base-url', `${proxy.origin}/v1.svc`, '--rate-limit', '100/2000'];
  });
  afterAll(async () => {
    await proxy?.close();
    await sandbox?.close();
  });

  it('reports each difference once per operation and place, XML and JSON merged, exits 9, and sends only GETs, once each', async () => {
    const before = proxy.requests.length;
    const run = await runCli(['check-spec', ...flags], env);
    expect(run.stderr).toMatch(/litmos: checked \d+ operations: \d+ differ from the spec/);
    expect(run.code, run.stderr).toBe(9);
    const md = run.stdout;
    const row = (path: string, kind: string, expected: string, received: string) =>
      `| \`GET /users\` users.list | \`${path}\` | ${kind} | ${expected} | ${received} | XML, JSON |`;
    expect(md).toContain(row('[].Nickname', 'unknown field', 'no such field', 'string'));
    expect(md).toContain(row('[].FirstName', 'missing documented field', 'string of at most 50 characters', 'missing'));
    expect(md).toContain(row('[].Username', 'other spelling', 'UserName', 'Username'));
    expect(md).toContain(row('[].Active', 'other type or form', 'boolean', 'string'));
    // A field named like the key is reported, with its name masked.
    expect(md).toContain(row('[].[REDACTED]', 'unknown field', 'no such field', 'string'));
    // The fault: refused in both formats, and what needed its ids is not reached.
    expect(md).toMatch(/^## Refused \(1\)$/m);
    expect(md).toContain('| `GET /bulkimports` bulkImports.list | XML, JSON | HTTP 500 (InternalServerError) |');
    expect(md).toContain(
      '| `GET /bulkimports/{bulkImportId}` bulkImports.get | XML, JSON | no bulkImportId: GET /bulkimports was refused or could not be read |',
    );
    expect(md).toContain('| `GET /statements` | the Learning Record Store has its own host and credentials |');
    expect(md).toMatch(/^- `GET \/teams` teams\.list$/m);
    expectNothingSecret(md, idsOf(sandbox));
    expectNothingSecret(run.stderr, idsOf(sandbox));

    const sent = proxy.requests.slice(before);
    expect(new Set(sent.map((r) => r.method))).toEqual(new Set(['GET']));
    // Paced to the sandbox's budget: never refused for the rate limit.
    expect(sent.filter((r) => r.status === 503)).toEqual([]);
    const perCall = new Map<string, number>();
    for (const r of sent) {
      const url = new URL(r.url, 'http://x');
      const key = `${url.pathname} ${url.searchParams.get('format') ?? 'xml'}`;
      perCall.set(key, (perCall.get(key) ?? 0) + 1);
    }
    // Once each, but for the faulted list the SDK retried.
    for (const [call, count] of perCall) if (!call.startsWith('/v1.svc/bulkimports ')) expect(count, call).toBe(1);
    expect([...perCall.keys()].filter((k) => k.endsWith(' json')).length).toBeGreaterThanOrEqual(70);
    expect([...perCall.keys()].filter((k) => k.endsWith(' xml')).length).toBeGreaterThanOrEqual(70);
  }, 300_000);

  it('writes the report as JSON with --json, for one format with --format', async () => {
    const out = join(tempDir(), 'report.json');
    const run = await runCli(['check-spec', ...flags, '--format', 'json', '--json', '--out', out, '--only', 'users,bulkImports'], env);
    expect(run.code, run.stderr).toBe(9);
    expect(run.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expectNothingSecret(text, idsOf(sandbox));
    const report = JSON.parse(text) as SpecCheckReport;
    expect(report).toMatchObject({ tool: 'litmos check-spec', target: 'a custom base URL', formats: ['json'], rowsPerList: 100, deltaDays: 7 });
    expect(report.differences).toContainEqual({
      operationId: 'listUsers',
      sdkMethod: 'users.list',
      http: 'GET /users',
      kind: 'unknown',
      path: '[].Nickname',
      expected: 'no such field',
      received: 'string',
      formats: ['json'],
    });
    expect(report.differences).toContainEqual(
      expect.objectContaining({ operationId: 'listUsers', kind: 'respelled', path: '[].Username', expected: 'UserName' }),
    );
    expect(report.operations.find((op) => op.operationId === 'listBulkImports')?.answers).toEqual({
      json: { outcome: 'refused', status: 500, error: 'InternalServerError' },
    });
    expect(report.operations.find((op) => op.operationId === 'getBulkImport')?.answers.json).toEqual({
      outcome: 'not-reached',
      reason: 'failed',
      param: 'bulkImportId',
      list: 'GET /bulkimports',
    });
    // Every operation called is a read of the people or bulk-import groups, or a list they need ids from.
    for (const op of report.operations) expect(op.sdkMethod).toMatch(/^(users|bulkImports)\./);
    expect(report.summary.differing).toBeGreaterThan(0);
  });

  it('exits 7 when nothing answered, 3 when the key is refused, without a report', async () => {
    const refused = await runCli(['check-spec', ...flags, '--only', 'bulkImports.list', '--format', 'xml'], env);
    expect(refused.code, refused.stderr).toBe(7);
    expect(refused.stdout).toContain('| `GET /bulkimports` bulkImports.list | XML | HTTP 500 (InternalServerError) |');

    const wrongKey = await runCli(['check-spec', ...flags], { LITMOS_API_KEY: 'not-the-key-1234567890' });
    expect(wrongKey.code).toBe(3);
    expect(wrongKey.stdout).toBe('');
    expect(wrongKey.stderr).toContain('litmos: error: Litmos refused the API key');
  });

  it('stops at Ctrl-C with exit 130 and no report', async () => {
    sandbox.setFaults({ latencyMs: 300 });
    try {
      const { child, done } = startCli(['check-spec', ...flags], env);
      let stderr = '';
      child.stderr?.on('data', (chunk: string) => (stderr += chunk));
      await waitFor(() => (stderr.includes('litmos: checking') ? true : undefined), 60_000, 'the check to start');
      child.kill('SIGINT');
      const run = await done;
      expect(run.code).toBe(130);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('litmos: error: interrupted; no report written');
    } finally {
      sandbox.setFaults({ pathPrefix: '/bulkimports', errorRate: 1, errorStatuses: [500] });
    }
  });
});

describe('litmos check-spec against a sandbox that answers as the spec says', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ users: 40, seed: 2, now: 'now' });
  });
  afterAll(() => sandbox?.close());

  it('finds no difference in either format and exits 0', async () => {
    const run = await runCli(['check-spec', '--base-url', sandbox.url, '--rate-limit', '100/2000', '--json'], { LITMOS_API_KEY: sandbox.apiKey });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as SpecCheckReport;
    expect(report.differences).toEqual([]);
    expect(report.summary).toMatchObject({ differing: 0, differences: 0, refused: 0, skipped: 1 });
    // Every read of the REST API is called, and nearly all answer (a get whose list has no rows cannot be).
    expect(report.operations.map((op) => op.http)).toContain('GET /courses/{courseId}/modules/{moduleId}/sessions/{sessionId}/rollcall');
    expect(report.summary.operations).toBeGreaterThanOrEqual(80);
    expect(report.summary.answered).toBeGreaterThanOrEqual(report.summary.operations - 3);
    for (const op of report.operations) expect(Object.keys(op.answers).sort(), op.http).toEqual(['json', 'xml']);
    expect(run.stderr).toMatch(/litmos: checked \d+ operations: 0 differ from the spec \(0 differences\), 0 refused/);
  }, 300_000);

  it('works with --sandbox, which needs no key', async () => {
    const run = await runCli(['check-spec', '--sandbox-users', '30', '--only', 'teams', '--format', 'xml']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('- **Answers from:** the local sandbox');
    expect(run.stdout).toContain('## Differences (0)');
    expect(run.stdout).toMatch(/^- `GET \/teams\/\{teamId\}\/users` teams\.users\.list/m);
  });

  it('refuses a selection that names nothing, and an unknown --param, with exit 2', async () => {
    const unknown = await runCli(['check-spec', '--sandbox', '--only', 'userz.list']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('litmos: error: --only "userz.list" names no read operation (hint: did you mean users.list?');
    const param = await runCli(['check-spec', '--sandbox', '--param', 'personId=1']);
    expect(param.code).toBe(2);
    expect(param.stderr).toContain('no read operation has a path parameter "personId"');
  });

  it('says in --help that it only reads, what the report holds, and that differences exit 9', async () => {
    const run = await runCli(['check-spec', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('GET only: nothing is ever written');
    expect(run.stdout).toContain('value, an id, a URL or the key');
    expect(run.stdout).toContain('9 differences found (the report says where; not a failure)');
    expect(run.stdout).not.toContain('--wire');
  });
});
