// Visible waiting: every pause before an attempt reaches the `onWait` hook with its reason and
// delay, and the log says so at `info`, rounded, never with the key. Against a real local server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LitmosWaitEvent } from '../../src/index.js';
import { achievement, CANARY_KEY, testClient } from './fixtures.js';
import { sendJson, startTestServer, type TestServer } from './http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function recorder() {
  const lines: { level: string; message: string; fields: Record<string, unknown> | undefined }[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push({ level, message, fields });
  return { lines, logger: { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') } };
}

/** Everything a wait left behind, as one string, to look for the key in any form. */
const everything = (waits: LitmosWaitEvent[], lines: unknown[]) => JSON.stringify([waits, lines]).toLowerCase();

describe('onWait and the info log', () => {
  it('reports the client-side rate-limit wait before the request that waits, at info when it is a second or more', async () => {
    server.handler = (_req, res) => sendJson(res, 200, [achievement(1)]);
    const windowMs = 3_000;
    const waits: LitmosWaitEvent[] = [];
    const { lines, logger } = recorder();
    const litmos = testClient(server.url, {
      rateLimit: { limit: 1, windowMs },
      hooks: { onWait: (event) => void waits.push(event) },
      logger,
      logLevel: 'info',
    });
    await litmos.achievements.list().toArray({ max: 1 });
    expect(waits).toEqual([]);
    const before = server.arrivals.length;
    await litmos.achievements.list().toArray({ max: 1 });

    // One wait, announced before the second request went out, for about the rest of the window.
    expect(waits).toHaveLength(1);
    const [wait] = waits as [LitmosWaitEvent];
    expect(wait).toMatchObject({ reason: 'rate-limit', method: 'GET', attempt: 1 });
    expect(wait.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/achievements\?/);
    expect(wait.delayMs).toBeGreaterThan(1_000);
    expect(wait.delayMs).toBeLessThanOrEqual(windowMs);
    expect(server.arrivals).toHaveLength(before + 1);

    const info = lines.filter((l) => l.level === 'info');
    expect(info).toHaveLength(1);
    expect(info[0]?.message).toMatch(/^litmos: waiting \d(\.\d)? s for the rate limit before GET http:\/\/127\.0\.0\.1:\d+\/achievements\?\S+$/);
    expect(info[0]?.fields).toEqual({ reason: 'rate-limit', delayMs: Math.round(wait.delayMs) });
    expect(everything(waits, lines)).not.toContain(CANARY_KEY.toLowerCase());
  });

  it('does not log short waits at info, but still tells the hook', async () => {
    server.handler = (_req, res) => sendJson(res, 200, [achievement(1)]);
    const waits: LitmosWaitEvent[] = [];
    const { lines, logger } = recorder();
    const litmos = testClient(server.url, { rateLimit: { limit: 1, windowMs: 200 }, hooks: { onWait: (e) => void waits.push(e) }, logger });
    for (let i = 0; i < 3; i++) await litmos.achievements.list().toArray({ max: 1 });
    expect(waits.map((w) => w.reason)).toEqual(['rate-limit', 'rate-limit']);
    for (const w of waits) expect(w.delayMs).toBeLessThanOrEqual(200);
    expect(lines).toEqual([]);
  });

  it('reports a 503 as a server-503 wait of the pause it asked for, rounded in the log', async () => {
    let calls = 0;
    server.handler = (_req, res) =>
      calls++ === 0 ? sendJson(res, 503, { Detail: 'Rating Limit Exceeded' }, { 'retry-after': '2' }) : sendJson(res, 200, [achievement(2)]);
    const waits: LitmosWaitEvent[] = [];
    const { lines, logger } = recorder();
    const litmos = testClient(server.url, { hooks: { onWait: (e) => void waits.push(e) }, logger, logLevel: 'info' });
    await expect(litmos.achievements.list().toArray({ max: 1 })).resolves.toHaveLength(1);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toMatchObject({ reason: 'server-503', delayMs: 2_000, status: 503, attempt: 2, method: 'GET' });
    expect(lines.map((l) => `${l.level} ${l.message.replace(/http:\/\/\S+/, 'URL')}`)).toEqual([
      'warn litmos: retrying GET URL in 2 s after RateLimitError (attempt 1 of 4)',
    ]);
    expect(everything(waits, lines)).not.toContain(CANARY_KEY.toLowerCase());
  });

  it('with the limiter on, a 503 holds the key for the rest of the window and says so in whole or tenth seconds', async () => {
    let calls = 0;
    server.handler = (_req, res) => (calls++ === 0 ? sendJson(res, 503, { Detail: 'Rating Limit Exceeded' }) : sendJson(res, 200, [achievement(3)]));
    const waits: LitmosWaitEvent[] = [];
    const { lines, logger } = recorder();
    const windowMs = 2_500;
    const litmos = testClient(server.url, { rateLimit: { windowMs }, hooks: { onWait: (e) => void waits.push(e) }, logger, logLevel: 'info' });
    await expect(litmos.achievements.list().toArray({ max: 1 })).resolves.toHaveLength(1);
    const served = waits.find((w) => w.reason === 'server-503');
    expect(served).toMatchObject({ status: 503, attempt: 2 });
    expect(served?.delayMs).toBeGreaterThan(1_000);
    expect(served?.delayMs).toBeLessThanOrEqual(windowMs);
    const messages = lines.map((l) => l.message);
    expect(messages[0]).toMatch(/^litmos: 503 from Litmos; holding every request of this key for \d(\.\d)? s$/);
    expect(messages[1]).toMatch(/^litmos: retrying GET http:\S+ in \d(\.\d)? s after RateLimitError \(attempt 1 of 4\)$/);
    expect(everything(waits, lines)).not.toContain(CANARY_KEY.toLowerCase());
  });

  it('reports backoff after a 500 as a retry wait', async () => {
    let calls = 0;
    server.handler = (_req, res) => (calls++ === 0 ? sendJson(res, 500, { Detail: 'boom' }) : sendJson(res, 200, [achievement(4)]));
    const waits: LitmosWaitEvent[] = [];
    const litmos = testClient(server.url, { retry: { baseDelayMs: 40, maxDelayMs: 40 }, hooks: { onWait: (e) => void waits.push(e) } });
    await litmos.achievements.list().toArray({ max: 1 });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toMatchObject({ reason: 'retry', status: 500, attempt: 2 });
    // Backoff is the base delay less up to 25 % jitter.
    expect(waits[0]?.delayMs).toBeGreaterThanOrEqual(30);
    expect(waits[0]?.delayMs).toBeLessThanOrEqual(40);
  });

  it('rejects an onWait that is not a function', () => {
    expect(() => testClient(server.url, { hooks: { onWait: 1 as never } })).toThrow(/hooks.onWait/);
  });
});
