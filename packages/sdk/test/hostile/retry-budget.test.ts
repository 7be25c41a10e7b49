// #17 item 6: one attempt and time budget per call, across every layer that retries it. The
// fetch retries 5xx and the layer above asks again for a cut-off 200; each used to count on its
// own, so 500, 500, 500 and then a truncated 200 with `maxAttempts: 4, maxElapsedMs: 1000` made
// 16 attempts over 3.8 s. Now the call stops at 4 attempts in all, and the waits it plans fit
// 1000 ms (checked on the waits the SDK announces, not on the clock).
import { describe, expect, it } from 'vitest';
import { InternalServerError, type LitmosErrorEvent, LitmosParseError } from '../../src/index.js';
import { achievement, testClient } from '../runtime/fixtures.js';
import { sendJson, sendText } from '../runtime/http-server.js';
import { expectNoKey, observe } from './observe.js';
import { useTestServer } from './use-test-server.js';

const server = useTestServer();

const whole = JSON.stringify([achievement(1)]);
/** Three 500s, then a 200 whose body is cut in half (complete HTTP, broken JSON), for every request. */
function failThenTruncate() {
  server.handler = (_req, res) =>
    server.arrivals.length % 4 === 0 ? sendText(res, 200, whole.slice(0, 40), 'application/json') : sendJson(res, 500, { Detail: 'boom' });
}

describe('one retry budget per call', () => {
  it('500, 500, 500, truncated 200 with maxAttempts 4 makes 4 attempts in all, not 4 per layer', async () => {
    failThenTruncate();
    const { lines, events, options } = observe();
    const error = await testClient(server.url, { ...options, retry: { maxAttempts: 4, maxElapsedMs: 60_000, baseDelayMs: 1 } })
      .achievements.list()
      .toArray({ max: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitmosParseError);
    expect(error).toMatchObject({ attempts: 4 });
    expect(server.arrivals).toHaveLength(4);
    expectNoKey(error, lines, events);
  });

  it('with maxAttempts 4 and maxElapsedMs 1000 as well, stops within both: at most 4 attempts, waits planned within 1000 ms', async () => {
    failThenTruncate();
    const { events, options } = observe();
    const error = await testClient(server.url, { ...options, retry: { maxAttempts: 4, maxElapsedMs: 1_000, baseDelayMs: 100, maxDelayMs: 400 } })
      .achievements.list()
      .toArray({ max: 5 })
      .catch((e: unknown) => e);
    // Four attempts fit when the machine is quick (the cut 200 is the last); on a slow one the
    // elapsed budget ends the call earlier, after a 500. Either way it is one budget.
    expect(error).toBeInstanceOf(server.arrivals.length === 4 ? LitmosParseError : InternalServerError);
    expect(server.arrivals.length).toBeLessThanOrEqual(4);
    const waits = (events as LitmosErrorEvent[]).filter((e) => 'willRetry' in e && e.willRetry).map((e) => e.delayMs ?? 0);
    expect(waits).toHaveLength(server.arrivals.length - 1);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1_000);
  });

  it('with the default backoff, the elapsed budget ends the call before the attempts do', async () => {
    failThenTruncate();
    const { events, options } = observe();
    const error = await testClient(server.url, { ...options, retry: { maxAttempts: 4, maxElapsedMs: 1_000 } })
      .achievements.list()
      .toArray({ max: 5 })
      .catch((e: unknown) => e);
    // 500 ms, then 1000 ms would end past 1000 ms: two attempts, and the 500 is what is left.
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.arrivals.length).toBeLessThanOrEqual(2);
    const waits = (events as LitmosErrorEvent[]).filter((e) => 'willRetry' in e && e.willRetry).map((e) => e.delayMs ?? 0);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1_000);
  });

  it('a truncated 200 after retried 500s can still be fixed while attempts remain', async () => {
    let n = 0;
    server.handler = (_req, res) => {
      n++;
      if (n === 1) return sendJson(res, 500, { Detail: 'boom' });
      if (n === 2) return sendText(res, 200, whole.slice(0, 40), 'application/json');
      return sendJson(res, 200, [achievement(1)]);
    };
    await expect(
      testClient(server.url, { retry: { maxAttempts: 3, baseDelayMs: 1 } })
        .achievements.list()
        .toArray({ max: 5 }),
    ).resolves.toHaveLength(1);
    expect(server.arrivals).toHaveLength(3);
  });
});
