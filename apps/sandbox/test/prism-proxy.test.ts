// Spec conformance through Prism: Prism runs as a validating proxy (what `prism proxy` sets up:
// isProxy + upstream) in front of the sandbox, and every JSON answer of the implemented reads
// (and a few writes) must come back without response violations (`sl-violations` header).
// XML answers are left to our own checker (shapes.test.ts): Prism validates XML text as if it
// were JSON and reports every XML body as a violation.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../../test-support/start-server.js';
import type { Sandbox } from '../src/index.js';
import { defaultSpecPath } from '../src/spec-model/load-spec-model.js';
import { DAY, HOUR, pathFor, startSmall, window } from './helpers.js';

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-require-imports */
const { createServer } = require('@stoplight/prism-http-server') as {
  createServer: (ops: unknown, opts: unknown) => { listen(port: number, host: string): Promise<string>; close(): Promise<void> };
};
const { getHttpOperationsFromSpec } = require('@stoplight/prism-cli/dist/operations') as { getHttpOperationsFromSpec: (path: string) => Promise<unknown> };
const { createLogger } = require('@stoplight/prism-core') as { createLogger: (name: string, opts: unknown) => unknown };

let sandbox: Sandbox;
let prism: { listen(port: number, host: string): Promise<string>; close(): Promise<void> };
let prismUrl: string;

beforeAll(async () => {
  sandbox = await startSmall({ users: 200, seed: 4 });
  const operations = await getHttpOperationsFromSpec(defaultSpecPath());
  prism = createServer(operations, {
    components: { logger: createLogger('sandbox-proxy', { level: 'silent' }) },
    cors: false,
    // The config `prism proxy <spec> <upstream>` builds (prism-cli/dist/util/createServer.js).
    config: {
      isProxy: true,
      upstream: new URL(sandbox.url),
      upstreamProxy: undefined,
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      mock: { dynamic: false },
    },
  });
  const listening = await startServer('Prism validating proxy in front of the sandbox', () => prism.listen(0, '127.0.0.1'), { stop: () => prism.close() });
  prismUrl = listening.replace('0.0.0.0', '127.0.0.1');
});
afterAll(async () => {
  await prism?.close();
  await sandbox?.close();
});

async function viaPrism(path: string, query: Record<string, string>, init: RequestInit = {}) {
  const url = new URL(`${prismUrl}${path}`);
  for (const [k, v] of Object.entries({ source: 'prism-proxy-test', format: 'json', ...query })) url.searchParams.set(k, v);
  const res = await fetch(url, { ...init, headers: { apikey: sandbox.apiKey, accept: 'application/json', ...(init.headers as Record<string, string>) } });
  return { status: res.status, violations: res.headers.get('sl-violations'), body: await res.text() };
}

describe('JSON answers pass Prism response validation', () => {
  test('every implemented read', async () => {
    const now = sandbox.clock.now();
    const implemented = new Set(sandbox.coverage().implemented);
    // Litmos REST reads only: the Learning Record Store takes other auth (test/lrs.test.ts).
    const reads = sandbox.spec.operations.filter(
      (op) =>
        op.method === 'GET' &&
        op.parameters.some((p) => p.in === 'query' && p.name === 'source') &&
        implemented.has(`${op.operationId} (${op.method} ${op.path})`),
    );
    expect(reads.length).toBeGreaterThanOrEqual(30);
    const failures: string[] = [];
    for (const op of reads) {
      const path = pathFor(sandbox, op);
      const query = op.sdk.delta
        ? window(now - 7 * DAY + HOUR, now + HOUR)
        : op.parameters.some((p) => p.name === 'since' && p.required)
          ? { since: '2026-09-01' }
          : {};
      const reply = await viaPrism(path, query);
      if (reply.status !== 200 || reply.violations) failures.push(`${op.operationId}: ${reply.status} ${reply.violations ?? reply.body.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  });

  test('writes and error answers', async () => {
    const created = await viaPrism(
      '/teams',
      {},
      {
        method: 'POST',
        body: JSON.stringify({ Id: '', Name: 'Via Prism', Description: 'x', ParentTeamId: '' }),
        headers: { 'content-type': 'application/json' },
      },
    );
    expect(created.status).toBe(201);
    expect(created.violations).toBeNull();
    const team = JSON.parse(created.body) as { Id: string };
    const user = [...sandbox.state.users.values()][2]!;
    const added = await viaPrism(
      `/teams/${team.Id}/users`,
      {},
      { method: 'POST', body: JSON.stringify([{ Id: user.Id }]), headers: { 'content-type': 'application/json' } },
    );
    expect(added.status).toBe(201);
    expect(added.violations).toBeNull();
    const conflict = await viaPrism(
      '/teams',
      {},
      { method: 'POST', body: JSON.stringify({ Id: '', Name: 'Via Prism' }), headers: { 'content-type': 'application/json' } },
    );
    expect(conflict.status).toBe(409);
    expect(conflict.violations).toBeNull();
    const notFound = await viaPrism('/users/no-such-person', {});
    expect(notFound.status).toBe(404);
    expect(notFound.violations).toBeNull();
  });

  test('control: an answer that drifts from the spec is flagged', async () => {
    // Written straight to the sandbox (Prism would refuse the request): a team name longer than
    // the spec's maxLength of 100, which the sandbox stores as given.
    const res = await fetch(`${sandbox.url}/teams?source=t&format=json`, {
      method: 'POST',
      body: JSON.stringify({ Id: '', Name: 'n'.repeat(120) }),
      headers: { apikey: sandbox.apiKey, 'content-type': 'application/json' },
    });
    const team = (await res.json()) as { Id: string };
    const reply = await viaPrism(`/teams/${team.Id}`, {});
    expect(reply.status).toBe(200);
    expect(reply.violations).toMatch(/maxLength|must NOT have more than 100 characters/);
  });
});
