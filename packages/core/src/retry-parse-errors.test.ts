import { describe, expect, it } from 'vitest';
import { AbortError, ConnectionError, ParseError } from './errors.js';
import { resolveRetry } from './retry.js';
import { createRetryBudget } from './retry-budget.js';
import { retryParseErrors } from './retry-parse-errors.js';

const retry = resolveRetry({ maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 });

/** A call that fails with `error` `failures` times, then answers 'ok'. */
function flaky(failures: number, error: () => Error = () => new ParseError('cut off', '<respo', 'application/xml')) {
  let calls = 0;
  return {
    call: async () => {
      if (++calls <= failures) throw error();
      return 'ok';
    },
    calls: () => calls,
  };
}

describe('retryParseErrors', () => {
  it('asks a read again until its body is whole', async () => {
    const { call, calls } = flaky(2);
    await expect(retryParseErrors(call, { method: 'GET', retry })).resolves.toBe('ok');
    expect(calls()).toBe(3);
  });

  it('gives up with the ParseError once the attempts are used', async () => {
    const { call, calls } = flaky(5);
    await expect(retryParseErrors(call, { method: 'get', retry })).rejects.toBeInstanceOf(ParseError);
    expect(calls()).toBe(3);
  });

  it('never replays a write, nor retries other errors (the fetch below did that)', async () => {
    const write = flaky(1);
    await expect(retryParseErrors(write.call, { method: 'POST', retry })).rejects.toBeInstanceOf(ParseError);
    expect(write.calls()).toBe(1);
    const down = flaky(1, () => new ConnectionError('down'));
    await expect(retryParseErrors(down.call, { method: 'GET', retry })).rejects.toBeInstanceOf(ConnectionError);
    expect(down.calls()).toBe(1);
  });

  it('fails with the configured abort class when aborted while waiting', async () => {
    class MyAbort extends AbortError {}
    const { call } = flaky(1);
    const slow = resolveRetry({ baseDelayMs: 60_000, maxDelayMs: 60_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    const error = await retryParseErrors(call, { method: 'GET', retry: slow, signal: controller.signal, errors: { AbortError: MyAbort } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MyAbort);
    expect((error as Error).message).toBe('the call was aborted while waiting to retry');
  });
});

describe('retryParseErrors with a shared RetryBudget', () => {
  it('counts the attempts the fetch below made: after 3 of 3, a parse error is final', async () => {
    const budget = createRetryBudget(retry);
    const { call, calls } = flaky(5);
    // The fetch under the call spent three attempts (two 5xx retried, then the cut 200).
    const spent = async () => {
      budget.attempts += 3;
      return call();
    };
    const error = await retryParseErrors(spent, { method: 'GET', retry, budget }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ attempts: 3 });
    expect(calls()).toBe(1);
  });

  it('does not start a retry that would end past maxElapsedMs of the call', async () => {
    const slow = resolveRetry({ maxAttempts: 10, maxElapsedMs: 1_000, baseDelayMs: 100 });
    // The call started 950 ms ago: the shortest backoff (75 ms) no longer fits.
    const budget = createRetryBudget(slow, performance.now() - 950);
    const { call, calls } = flaky(5);
    await expect(retryParseErrors(call, { method: 'GET', retry: slow, budget })).rejects.toBeInstanceOf(ParseError);
    expect(calls()).toBe(1);
  });
});
