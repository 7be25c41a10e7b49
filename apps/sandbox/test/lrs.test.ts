// The Learning Record Store through the SDK: statements are stored, replaced and read back;
// the store wants HTTP Basic credentials, not the Litmos API key.
import { AuthenticationError, createLitmos } from '@litmos-kit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../test-support/start-server.js';
import { type Sandbox, startSandbox } from '../src/index.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startServer('Litmos sandbox', () => startSandbox({ users: 20 }), { stop: (s) => s.close() });
});
afterAll(() => sandbox.close());

const statement = {
  actor: { objectType: 'Agent' as const, name: 'Ana Souza', mbox: 'mailto:ana.souza@northwind.example' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  object: { objectType: 'Activity' as const, id: 'https://northwind.example/xapi/activities/forklift-sim' },
};

describe('Learning Record Store', () => {
  it('stores, replaces and reads statements', async () => {
    const litmos = createLitmos({
      apiKey: sandbox.apiKey,
      source: 'lrs-tests',
      baseUrl: sandbox.url,
      lrs: { username: 'lrs-user', password: 'lrs-pass', baseUrl: sandbox.origin },
    });
    const ids = (await litmos.lrs.statements.create({ body: statement })) as string[];
    expect(ids).toHaveLength(1);
    const read = (await litmos.lrs.statements.list({ statementId: ids[0] as string })) as { actor: unknown; id: string };
    expect(read.id).toBe(ids[0]);
    expect(read.actor).toEqual(statement.actor);
    await litmos.lrs.statements.put({
      statementId: '6f1c2e3a-8b4d-4e5f-9a6b-7c8d9e0f1a21',
      body: { ...statement, id: '6f1c2e3a-8b4d-4e5f-9a6b-7c8d9e0f1a21' },
    });
    const all = (await litmos.lrs.statements.list({})) as { statements: { id: string }[] };
    expect(all.statements.map((s) => s.id)).toEqual([ids[0], '6f1c2e3a-8b4d-4e5f-9a6b-7c8d9e0f1a21']);
  });

  it('refuses a call without LRS credentials', async () => {
    const response = await fetch(`${sandbox.origin}/statements`, { headers: { apikey: sandbox.apiKey } });
    expect(response.status).toBe(401);
    const wrongCredentials = createLitmos({
      apiKey: sandbox.apiKey,
      source: 'lrs-tests',
      lrs: { username: 'x', password: 'y', baseUrl: `${sandbox.origin}/nowhere` },
    });
    await expect(wrongCredentials.lrs.statements.list({})).rejects.toBeInstanceOf(Error);
    expect(AuthenticationError).toBeDefined();
  });
});
