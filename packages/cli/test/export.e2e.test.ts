// `litmos export` as a user runs it (a child process), against a sandbox that injects faults
// (connection resets, 5xx and HTML pages, cut bodies, jitter): the files must hold exactly the
// sandbox's data, and stdout nothing but data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '@litmos-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedIn, iso, parseNdjson, runCli, sandboxFlags, startTestSandbox, tempDir } from './helpers.js';

let sandbox: Sandbox;
const dir = tempDir();
const env = { LITMOS_API_KEY: 'sandbox-api-key' };

beforeAll(async () => {
  sandbox = await startTestSandbox({
    users: 2000,
    seed: 7,
    faults: { resetRate: 0.04, errorRate: 0.06, truncateRate: 0.05, htmlRate: 0.03, latencyJitterMs: 10, seed: 5 },
  });
});
afterAll(() => sandbox.close());

const people = () => [...sandbox.state.users.values()];
/** The seeded people as `/users` lists them (the spec's `UserSummary` fields). */
const listedPeople = () =>
  people().map((u) => ({
    Id: u.Id,
    UserName: u.UserName,
    FirstName: u.FirstName,
    LastName: u.LastName,
    Active: u.Active,
    Email: u.Email,
    AccessLevel: u.AccessLevel,
    Brand: u.Brand,
  }));

/** A 30-day range ending the day before the frozen sandbox clock (2026-11-24 12:00 UTC). */
const SINCE = '2026-10-24 00:00:00';
const TO = '2026-11-23 00:00:00';

describe('litmos export against a faulty sandbox', () => {
  it('exports every person, exactly as seeded, in order, through resets, 5xx and cut bodies', async () => {
    const out = join(dir, 'users.ndjson');
    const run = await runCli(['export', 'users', '--page-size', '100', '--out', out, ...sandboxFlags(sandbox)], env);
    // 20 full pages, and the empty one that shows the list has ended (Litmos gives no total).
    expect(run.stderr).toMatch(/litmos: exported 2,000 rows in 21 pages to .*users\.ndjson/);
    expect(run.code).toBe(0);
    // The faults were real: some attempts failed and were made again.
    expect(run.stderr).toMatch(/\d+ retried|reading the page again/);
    expect(parseNdjson(readFileSync(out, 'utf8'))).toEqual(listedPeople());
  });

  it('exports a 30-day delta range (five 7-day windows) with exactly the people changed in it', async () => {
    const out = join(dir, 'changed.ndjson');
    const run = await runCli(['export', 'org.users.changed', '--since', SINCE, '--to', TO, '--page-size', '50', '--out', out, ...sandboxFlags(sandbox)], env);
    expect(run.code, run.stderr).toBe(0);
    const rows = parseNdjson(readFileSync(out, 'utf8'));
    const expected = changedIn(people(), (u) => u.UpdatedDate, SINCE, TO);
    expect(expected.length).toBeGreaterThan(300);
    expect(rows.map((r) => [r.Id, r.UserName, r.UpdatedDate])).toEqual(expected.map((u) => [u.Id, u.UserName, iso(u.UpdatedDate)]));
  });

  it('exports a 30-day range of course results as CSV, one row per seeded result changed in it', async () => {
    const out = join(dir, 'results.csv');
    const run = await runCli(
      [
        'export',
        'org.results.changed',
        '--since',
        SINCE,
        '--to',
        TO,
        '--format',
        'csv',
        '--fields',
        'UserId,Id,UpdatedDate',
        '--page-size',
        '500',
        '--out',
        out,
        ...sandboxFlags(sandbox),
      ],
      env,
    );
    expect(run.code, run.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines.shift()).toBe('UserId,Id,UpdatedDate');
    expect(lines.pop()).toBe('');
    const expected = changedIn(sandbox.state.userCourses, (r) => r.UpdatedDate, SINCE, TO);
    expect(expected.length).toBeGreaterThan(1000);
    expect(lines).toEqual(expected.map((r) => `${r.UserId},${r.CourseId},${iso(r.UpdatedDate)}`));
  });

  it('writes only data to stdout (progress and summary go to stderr) and stops at --limit', async () => {
    const run = await runCli(['export', 'users', '--limit', '250', '--page-size', '100', ...sandboxFlags(sandbox)], env);
    expect(run.code, run.stderr).toBe(0);
    expect(parseNdjson(run.stdout)).toEqual(listedPeople().slice(0, 250));
    expect(run.stderr).toMatch(/exported 250 rows in 3 pages to stdout/);
    expect(run.stderr).not.toContain('"Id"');
  });

  it('writes JSON with only --fields, which parses back to the seeded values', async () => {
    const out = join(dir, 'users.json');
    const run = await runCli(['export', 'users', '--format', 'json', '--fields', 'UserName,Id', '--out', out, '--quiet', ...sandboxFlags(sandbox)], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(people().map((u) => ({ UserName: u.UserName, Id: u.Id })));
  });
});
