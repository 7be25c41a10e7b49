// Failures as a user meets them: one line on stderr with a hint, a distinct exit code, nothing on
// stdout, and never the API key (a GUID-shaped canary), whether it came from the environment or
// from --api-key, with or without --verbose.
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Sandbox } from '@litmos-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY, type CliRun, runCli, sandboxFlags, startTestSandbox, tempDir } from './helpers.js';

let sandbox: Sandbox;
let canarySandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ users: 50 });
  // A sandbox that accepts the canary, to see the key stay hidden when things go right too.
  canarySandbox = await startTestSandbox({ users: 50, apiKeys: [CANARY_KEY] });
});
afterAll(async () => {
  await sandbox.close();
  await canarySandbox.close();
});

/** The canary, or any 8 characters of it, anywhere in what the CLI printed. */
function expectNoKey(run: CliRun) {
  const pieces = Array.from({ length: CANARY_KEY.length - 7 }, (_, i) => CANARY_KEY.slice(i, i + 8));
  for (const text of [run.stdout, run.stderr]) for (const piece of pieces) expect(text).not.toContain(piece);
}

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('errors', () => {
  it.each([
    { how: 'LITMOS_API_KEY', args: [] as string[], env: { LITMOS_API_KEY: CANARY_KEY } },
    { how: '--api-key and --verbose', args: ['--api-key', CANARY_KEY, '--verbose'], env: {} },
    { how: '--api-key=… with JSON on the wire', args: [`--api-key=${CANARY_KEY}`, '--wire', 'json'], env: {} },
  ])('a wrong key given by $how: exit 3, a hint naming key, region, HTTPS and source, no key shown', async ({ args, env }) => {
    const run = await runCli(['export', 'users', ...sandboxFlags(sandbox), ...args], env);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    // The sandbox answers a wrong key 403, as Litmos' overview lists it.
    expect(run.stderr).toMatch(
      /^litmos: error: Litmos refused the API key or the call \(403 Invalid API key\) \(hint: check the API key .*--region us, eu or au.*HTTPS.*source.*\)$/m,
    );
    expectNoKey(run);
  });

  it('--verbose shows each request, redacted, and still no key on success', async () => {
    const run = await runCli(['export', 'users', '--verbose', '--limit', '5', ...sandboxFlags(canarySandbox), '--api-key', CANARY_KEY]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/litmos: → GET http:\/\/127\.0\.0\.1:\d+\/v1\.svc\/users\?source=litmos-cli&start=0&limit=1000/);
    expect(run.stderr).toMatch(/litmos: ← 200 GET .* in \d+ ms/);
    expectNoKey(run);
  });

  it('a host that does not answer: exit 6 with a hint about region and base URL', async () => {
    const run = await runCli(['export', 'users', '--base-url', `http://127.0.0.1:${await closedPort()}/v1.svc`], { LITMOS_API_KEY: CANARY_KEY });
    expect(run.code).toBe(6);
    expect(run.stderr).toMatch(/litmos: error: .*ECONNREFUSED.* \(hint: check --region\/LITMOS_REGION or --base-url/);
    expectNoKey(run);
  });

  it('a record that does not exist: exit 4', async () => {
    const run = await runCli(['get', 'users', 'nobody', ...sandboxFlags(canarySandbox)], { LITMOS_API_KEY: CANARY_KEY });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/Litmos has no users record "nobody" \(404 User - nobody was not found\)/);
    expectNoKey(run);
  });

  it('an output that cannot be written: exit 8', async () => {
    const run = await runCli(['export', 'users', '--out', join(tempDir(), 'missing', 'x.ndjson'), ...sandboxFlags(sandbox)], {
      LITMOS_API_KEY: 'sandbox-api-key',
    });
    expect(run.code).toBe(8);
    expect(run.stderr).toMatch(/could not open .*x\.ndjson: ENOENT \(hint: check that the folder exists/);
  });

  it.each([
    {
      name: 'an unknown resource',
      args: ['export', 'org.user.changed'],
      says: /unknown resource "org.user.changed" for export \(hint: did you mean org\.users\.changed, /,
    },
    { name: 'a delta stream without --since', args: ['export', 'org.users.changed'], says: /org\.users\.changed needs --since \(hint: .*7-day windows/ },
    { name: 'a bad date', args: ['export', 'org.users.changed', '--since', 'last tuesday'], says: /--since "last tuesday" is not a date/ },
    {
      name: '--to before --since',
      args: ['export', 'org.users.changed', '--since', '2026-11-02', '--to', '2026-11-01'],
      says: /--to \(2026-11-01 00:00:00\) is not after --since/,
    },
    {
      name: 'a missing path parameter',
      args: ['export', 'teams.users'],
      says: /teams\.users needs --param teamId=… \(hint: its path is \/teams\/\{teamId\}\/users/,
    },
    { name: 'an unknown field', args: ['export', 'users', '--fields', 'Id,Nope'], says: /users rows have no field "Nope"/ },
    { name: 'a page size over 1000', args: ['export', 'users', '--page-size', '5000'], says: /--page-size must be a whole number from 1 to 1000/ },
    { name: 'an unknown flag', args: ['export', 'users', '--bogus'], says: /unknown option '--bogus'/ },
    { name: 'a bad format', args: ['export', 'users', '--format', 'xlsx'], says: /Allowed choices are ndjson, csv, json/ },
    { name: '--resume without --out', args: ['export', 'users', '--resume'], says: /--resume needs --out/ },
  ])('usage: $name gives exit 2 and says what is wrong', async ({ args, says }) => {
    const run = await runCli([...args, ...sandboxFlags(sandbox)], { LITMOS_API_KEY: CANARY_KEY });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(says);
    expectNoKey(run);
  });

  it('no key at all: exit 2, pointing at LITMOS_API_KEY and --sandbox', async () => {
    const run = await runCli(['export', 'users', '--region', 'eu']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/litmos: error: no API key \(hint: set LITMOS_API_KEY .* or try --sandbox/);
  });
});
