// Runs each example as a user would (a child process, configured through LITMOS_* variables)
// against a real sandbox on 127.0.0.1, and checks what it did through the SDK and the sandbox.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Sandbox, startSandbox } from '@litmos-kit/sandbox';
import { createLitmos, type Litmos } from '@litmos-kit/sdk';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../test-support/start-server.js';

const dir = mkdtempSync(join(tmpdir(), 'litmos-examples-'));
const sandboxes: Sandbox[] = [];
afterAll(() => Promise.all(sandboxes.map((s) => s.close())));

async function sandboxOf(options: Parameters<typeof startSandbox>[0]): Promise<Sandbox> {
  const sandbox = await startServer('Litmos sandbox', () => startSandbox(options), { stop: (s) => s.close() });
  sandboxes.push(sandbox);
  return sandbox;
}

const client = (sandbox: Sandbox): Litmos => createLitmos({ apiKey: sandbox.apiKey, source: 'examples-test', baseUrl: sandbox.url });

/** The profile of a new learner, as `users.create` takes it. */
function newPerson(userName: string, FirstName: string, LastName: string) {
  return {
    Id: '',
    UserName: userName,
    FirstName,
    LastName,
    Email: userName,
    AccessLevel: 'Learner' as const,
    DisableMessages: true,
    Active: true,
    IsCustomUsername: false,
    SkipFirstLogin: true,
    TimeZone: 'UTC',
  };
}

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts `node <example> <args>` with the sandbox's key and URL in its environment. */
function startExample(sandbox: Sandbox, example: string, args: readonly string[]): { child: ChildProcess; done: Promise<Run> } {
  const path = fileURLToPath(new URL(`../${example}`, import.meta.url));
  const env: Record<string, string | undefined> = { ...process.env, LITMOS_API_KEY: sandbox.apiKey, LITMOS_BASE_URL: sandbox.url, LITMOS_REGION: undefined };
  const child = spawn(process.execPath, [path, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

const runExample = (sandbox: Sandbox, example: string, args: readonly string[]) => startExample(sandbox, example, args).done;

/** Polls until `check` returns a value. */
async function waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('nightly-delta-sync.ts', () => {
  interface State {
    people: Record<string, { Id: string; UserName: string; UpdatedDate: string }>;
    syncedUntil: string | null;
    running: { applied: number } | null;
    lastRun: { since: string; to: string; applied: number } | null;
  }
  const read = (path: string): State | undefined => {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as State;
    } catch {
      return undefined;
    }
  };

  it('syncs the last 30 days, resumes after kill -9 with nothing lost or repeated, then picks up only new changes', async () => {
    // Slow answers and small windows of work, so that the first run can be killed in the middle.
    const sandbox = await sandboxOf({ users: 3_000, seed: 4, now: 'now', faults: { latencyMs: 400 } });
    const path = join(dir, 'people-sync.json');

    const first = startExample(sandbox, 'nightly-delta-sync.ts', [path]);
    const atKill = await waitFor(() => read(path)?.running?.applied, 'the first page to be saved');
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    const killed = read(path) as State;
    expect(killed.lastRun).toBeNull();
    expect(Object.keys(killed.people)).toHaveLength(atKill);

    const resumed = await runExample(sandbox, 'nightly-delta-sync.ts', [path]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(new RegExp(`^resuming the run from \\S+ to \\S+ after ${atKill} changes$`, 'm'));
    const state = read(path) as State;
    const { since, to, applied } = state.lastRun as NonNullable<State['lastRun']>;
    expect(state.running).toBeNull();
    expect(state.syncedUntil).toBe(to);

    // Exactly the people Litmos reports changed since `since` (the SDK reads whole seconds; `to`
    // is now, so the range reaches into the future), each once, with its latest values.
    const from = Math.floor(Date.parse(since) / 1000) * 1000;
    const expected = [...sandbox.state.users.values()].filter((u) => typeof u.UpdatedDate === 'number' && u.UpdatedDate >= from);
    expect(expected.length).toBeGreaterThan(atKill);
    expect(applied).toBe(expected.length);
    expect(Object.keys(state.people).sort()).toEqual(expected.map((u) => u.Id).sort());
    for (const u of expected) expect(state.people[u.Id]).toMatchObject({ UserName: u.UserName, UpdatedDate: new Date(u.UpdatedDate as number).toISOString() });
    expect(resumed.stdout).toContain(`applied ${expected.length} changes from ${since} to ${to}; the copy has ${expected.length} people`);

    // The next night: one person joined since; only that change is read and applied.
    const litmos = client(sandbox);
    const joined = await litmos.users.create({ body: newPerson('new.starter@example.com', 'New', 'Starter') });
    const next = await runExample(sandbox, 'nightly-delta-sync.ts', [path]);
    expect(next.code, next.stderr).toBe(0);
    const after = read(path) as State;
    expect(after.lastRun).toMatchObject({ since: to, applied: 1 });
    expect(Object.keys(after.people)).toHaveLength(expected.length + 1);
    expect(after.people[(joined as { Id: string }).Id]).toMatchObject({ UserName: 'new.starter@example.com' });
  });
});

describe('team-membership-sync.ts', () => {
  it('makes teams have exactly the wanted members, reports unknown names, and is a no-op when run again', async () => {
    // No server-side limit: this test and three runs share one key, and each process paces
    // only itself, so together they would sit out Litmos' one-minute window.
    const sandbox = await sandboxOf({ users: 300, seed: 6, clock: 'frozen', rateLimit: false });
    const litmos = client(sandbox);
    const members = async (teamId: string) => (await litmos.teams.users.list({ teamId }).toArray({ max: 10_000 })).map((u) => u.Id).sort();
    const teams = await litmos.teams.list().toArray({ max: 10_000 });
    const people = await litmos.users.list().toArray({ max: 10_000 });
    const withMembers = [];
    for (const team of teams) if ((await members(team.Id)).length >= 3) withMembers.push(team);
    // The sandbox names every team and person (the SDK's types allow a missing name).
    const [a, b] = withMembers as [{ Id: string; Name: string }, { Id: string; Name: string }];
    expect(b?.Name).toBeTruthy();
    expect(a.Name).toBeTruthy();
    const nameOf = new Map(people.map((p) => [p.Id, p.UserName as string]));
    const aNow = await members(a.Id);
    const outsiders = people.filter((p) => p.Active && !aNow.includes(p.Id)).slice(0, 2);
    const inactive = people.find((p) => !p.Active && !aNow.includes(p.Id));
    if (!inactive) throw new Error('the sandbox has no inactive people');
    // Keep two of A's members, drop the rest, add two others (named in capitals: names match
    // without case) but not an inactive one; empty B; and two names Litmos does not know.
    const wantedA = [...aNow.slice(0, 2), ...outsiders.map((p) => p.Id)];
    const file = join(dir, 'teams.json');
    writeFileSync(
      file,
      JSON.stringify({
        [a.Name]: [
          ...aNow.slice(0, 2).map((id) => nameOf.get(id)),
          ...outsiders.map((p) => (p.UserName as string).toUpperCase()),
          'nobody@example.com',
          inactive.UserName,
        ],
        [b.Name]: [],
        'No Such Team': [nameOf.get(aNow[0] as string)],
      }),
    );
    const bNow = await members(b.Id);

    const dry = await runExample(sandbox, 'team-membership-sync.ts', [file, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`${a.Name}: ${aNow.length} members now, adding 2, removing ${aNow.length - 2} (dry run)`);
    expect(await members(a.Id)).toEqual(aNow);

    const run = await runExample(sandbox, 'team-membership-sync.ts', [file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${a.Name}: no such people in Litmos, not added: nobody@example.com`);
    expect(run.stdout).toContain(`${a.Name}: inactive in Litmos, not added: ${inactive.UserName}`);
    expect(run.stdout).toContain('No Such Team: no such team in Litmos; skipped');
    expect(run.stdout).toContain(`${b.Name}: ${bNow.length} members now, adding 0, removing ${bNow.length}`);
    expect(run.stdout).toContain(`done: ${2 + (aNow.length - 2) + bNow.length} membership changes`);
    expect(await members(a.Id)).toEqual([...wantedA].sort());
    expect(await members(b.Id)).toEqual([]);

    const again = await runExample(sandbox, 'team-membership-sync.ts', [file]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('done: 0 membership changes');
  });
});

describe('export-users-csv.ts', () => {
  it('writes every person, one row each, quoting what needs it', async () => {
    const sandbox = await sandboxOf({ users: 1_500, seed: 8, clock: 'frozen' });
    const litmos = client(sandbox);
    // Someone whose name a naive CSV writer would break. (Created over JSON: the sandbox keeps
    // `&#10;` in an XML request body as those five characters.)
    await createLitmos({ apiKey: sandbox.apiKey, source: 'examples-test', baseUrl: sandbox.url, format: 'json' }).users.create({
      body: newPerson('zoe.quote@example.com', 'Zoë, "Z"', "O'Neil\nSmith"),
    });
    const path = join(dir, 'users.csv');
    const run = await runExample(sandbox, 'export-users-csv.ts', [path]);
    expect(run.code, run.stderr).toBe(0);
    const people = await litmos.users.list().toArray({ max: 10_000 });
    expect(people).toHaveLength(1_501);
    expect(run.stdout).toBe(`wrote 1501 people to ${path}\n`);

    const rows = parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];
    const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
    expect(rows).toEqual(
      people.map((p) => ({
        Id: p.Id,
        UserName: p.UserName,
        FirstName: text(p.FirstName),
        LastName: text(p.LastName),
        Email: text(p.Email),
        AccessLevel: text(p.AccessLevel),
        Active: text(p.Active),
      })),
    );
    expect(rows.find((r) => r.UserName === 'zoe.quote@example.com')).toMatchObject({ FirstName: 'Zoë, "Z"', LastName: "O'Neil\nSmith" });
  });
});
