import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from './rate-limit-store.js';

const window = { limit: 2, windowMs: 1_000, leaseMs: 500 };

function clocked() {
  let time = 10_000;
  const store = createMemoryRateLimitStore({ now: () => time });
  return { store, tick: (ms: number) => (time += ms) };
}

describe('createMemoryRateLimitStore', () => {
  it('grants `limit` slots per rolling window and says when the next one frees up', async () => {
    const { store, tick } = clocked();
    const a = await store.acquire('k', window);
    tick(100);
    const b = await store.acquire('k', window);
    expect(a.granted && b.granted).toBe(true);
    if (a.granted) await store.settle('k', a.slot, window); // a finished at 10 100
    tick(100);
    if (b.granted) await store.settle('k', b.slot, window); // b finished at 10 200
    expect(await store.acquire('k', window)).toEqual({ granted: false, waitMs: 900 });
    tick(900);
    expect((await store.acquire('k', window)).granted).toBe(true);
    expect((await store.acquire('k', window)).granted).toBe(false);
  });

  it('counts a slot from its completion, and holds an unsettled one for its lease', async () => {
    const { store, tick } = clocked();
    await store.acquire('k', window);
    await store.acquire('k', window);
    // Never settled: in flight until now + lease, then in the window for windowMs more.
    tick(1_400);
    expect(await store.acquire('k', window)).toEqual({ granted: false, waitMs: 100 });
    tick(100);
    expect((await store.acquire('k', window)).granted).toBe(true);
  });

  it('keeps keys apart', async () => {
    const { store } = clocked();
    await store.acquire('a', window);
    await store.acquire('a', window);
    expect((await store.acquire('a', window)).granted).toBe(false);
    expect((await store.acquire('b', window)).granted).toBe(true);
  });

  it('after a 503, holds the key until its oldest request leaves the window', async () => {
    const { store, tick } = clocked();
    const a = await store.acquire('k', window);
    if (a.granted) await store.settle('k', a.slot, window);
    tick(300);
    expect(await store.pause('k', window)).toBe(700);
    // The window has room by count, but the key is paused.
    expect(await store.acquire('k', window)).toEqual({ granted: false, waitMs: 700 });
    tick(700);
    expect((await store.acquire('k', window)).granted).toBe(true);
  });

  it('pauses for a full window when it has no request of its own in the window, and never shortens a pause', async () => {
    const { store, tick } = clocked();
    expect(await store.pause('k', window)).toBe(1_000);
    tick(100);
    const b = await store.acquire('other', window);
    expect(b.granted).toBe(true);
    expect(await store.pause('k', { ...window, windowMs: 200 })).toBe(900);
  });
});
