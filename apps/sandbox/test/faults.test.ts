// Fault injection, per request (x-sandbox-fault header) and per run (seeded rates), and a clean
// stop with keep-alive connections open.
import { request } from 'node:http';
import { describe, expect, test } from 'vitest';
import { call, startSmall } from './helpers.js';

describe('per-request faults', () => {
  test('latency delays the answer but serves it', async () => {
    const sandbox = await startSmall({ users: 20 });
    try {
      const started = performance.now();
      const reply = await call(sandbox, '/teams', { headers: { 'x-sandbox-fault': 'latency=300' } });
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
      expect(reply.status).toBe(200);
      expect(reply.text.startsWith('<Teams')).toBe(true);
    } finally {
      await sandbox.close();
    }
  });

  test('reset drops the connection without an answer', async () => {
    const sandbox = await startSmall({ users: 20 });
    try {
      await expect(call(sandbox, '/teams', { headers: { 'x-sandbox-fault': 'reset' } })).rejects.toThrow(/fetch failed/);
      expect((await call(sandbox, '/teams')).status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });

  test('truncate serves half of the real body, which no longer parses', async () => {
    const sandbox = await startSmall({ users: 20 });
    try {
      const whole = await call(sandbox, '/teams', { format: 'json' });
      const cut = await call(sandbox, '/teams', { format: 'json', headers: { 'x-sandbox-fault': 'truncate' } });
      expect(cut.status).toBe(200);
      expect(cut.text).toBe(whole.text.slice(0, Math.floor(Buffer.byteLength(whole.text) / 2)));
      expect(() => JSON.parse(cut.text)).toThrow();
    } finally {
      await sandbox.close();
    }
  });

  test('html and status faults answer IIS/WCF HTML pages and leave the state alone', async () => {
    const sandbox = await startSmall({ users: 20 });
    try {
      const before = sandbox.state.teams.size;
      const body = JSON.stringify({ Id: '', Name: 'Faulted' });
      const html = await call(sandbox, '/teams', {
        method: 'POST',
        body,
        format: 'json',
        headers: { 'content-type': 'application/json', 'x-sandbox-fault': 'html' },
      });
      expect(html.status).toBe(500);
      expect(html.headers.get('content-type')).toMatch(/^text\/html/);
      expect(html.text).toContain('<TITLE>Request Error</TITLE>');
      expect(html.text).toContain("'InternalServerError'");
      const gateway = await call(sandbox, '/teams', { headers: { 'x-sandbox-fault': 'status=504' } });
      expect(gateway.status).toBe(504);
      expect(gateway.text).toContain("'GatewayTimeout'");
      expect(sandbox.state.teams.size).toBe(before);
      expect((await call(sandbox, '/teams', { headers: { 'x-sandbox-fault': 'explode' } })).status).toBe(400);
    } finally {
      await sandbox.close();
    }
  });
});

describe('run-level faults', () => {
  const outcomes = async (seed: number) => {
    const sandbox = await startSmall({ users: 20, faults: { errorRate: 0.2, resetRate: 0.1, truncateRate: 0.1, seed } });
    try {
      const out: string[] = [];
      for (let i = 0; i < 60; i++) {
        try {
          const r = await call(sandbox, '/teams', { format: 'json' });
          out.push(
            r.status !== 200
              ? String(r.status)
              : (() => {
                  try {
                    JSON.parse(r.text);
                    return 'ok';
                  } catch {
                    return 'cut';
                  }
                })(),
          );
        } catch {
          out.push('reset');
        }
      }
      return out;
    } finally {
      await sandbox.close();
    }
  };

  test('seeded rates give the same fault sequence for the same seed, and every kind occurs', async () => {
    const a = await outcomes(99);
    expect(await outcomes(99)).toEqual(a);
    expect(await outcomes(100)).not.toEqual(a);
    expect(a).toContain('ok');
    expect(a).toContain('reset');
    expect(a).toContain('cut');
    expect(a.some((o) => /^5\d\d$/.test(o))).toBe(true);
    expect(a.filter((o) => o === 'ok').length).toBeGreaterThan(20);
  });

  test('faults can be set and cleared through the control API', async () => {
    const sandbox = await startSmall({ users: 20 });
    try {
      await fetch(`${sandbox.origin}/__sandbox/faults`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ htmlRate: 1, pathPrefix: '/teams' }),
      });
      expect((await call(sandbox, '/teams')).status).toBe(500);
      expect((await call(sandbox, '/users')).status).toBe(200);
      await fetch(`${sandbox.origin}/__sandbox/faults`, { method: 'DELETE' });
      expect((await call(sandbox, '/teams')).status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });
});

describe('lifecycle', () => {
  test('close() ends promptly with a keep-alive connection and a slow request in flight', async () => {
    const sandbox = await startSmall({ users: 20 });
    const agentReq = (headers: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const req = request(`${sandbox.url}/teams?source=t`, { headers: { apikey: sandbox.apiKey, connection: 'keep-alive', ...headers } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', () => resolve(-1));
        req.end();
      });
    expect(await agentReq({})).toBe(200);
    const slow = agentReq({ 'x-sandbox-fault': 'latency=30000' });
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    await sandbox.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await slow).toBe(-1);
    await expect(fetch(`${sandbox.url}/teams`)).rejects.toThrow();
  });
});
