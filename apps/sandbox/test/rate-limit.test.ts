// The rate limit: 100 requests per rolling window per key, then 503 "Rating Limit Exceeded" with
// no Retry-After; a short window here keeps the test fast.
import { describe, expect, test } from 'vitest';
import { call, startSmall } from './helpers.js';

describe('rate limit', () => {
  test('the 101st request in a window is 503; another key is unaffected; the window rolls', async () => {
    // Litmos' own 60 s window: a burst of 100 fits in it even on a loaded machine (a 1.5 s window
    // did not). Rolling is checked on a second sandbox with a short window and a limit of 1.
    const sandbox = await startSmall({ users: 30, apiKeys: ['a', 'b'], rateLimit: { max: 100, windowMs: 60_000 } });
    const rolling = await startSmall({ users: 30, apiKeys: ['a'], rateLimit: { max: 1, windowMs: 3_000 } });
    try {
      const started = performance.now();
      const burst = await Promise.all(Array.from({ length: 100 }, () => call(sandbox, '/teams', { headers: { apikey: 'a' } })));
      expect(burst.map((r) => r.status)).toEqual(Array(100).fill(200));
      const refused = await call(sandbox, '/teams', { headers: { apikey: 'a' }, format: 'json' });
      // Only meaningful if the burst fit in the window.
      expect(performance.now() - started).toBeLessThan(60_000);
      expect(refused.status).toBe(503);
      expect(refused.statusText).toBe('Rating Limit Exceeded');
      expect(JSON.parse(refused.text)).toEqual({ Detail: 'Rating Limit Exceeded' });
      expect(refused.headers.get('retry-after')).toBeNull();
      const xml = await call(sandbox, '/teams', { headers: { apikey: 'a' } });
      expect(xml.text).toBe('<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">Rating Limit Exceeded</string>');
      expect((await call(sandbox, '/teams', { headers: { apikey: 'b' } })).status).toBe(200);

      const first = performance.now();
      expect((await call(rolling, '/teams', { headers: { apikey: 'a' } })).status).toBe(200);
      expect((await call(rolling, '/teams', { headers: { apikey: 'a' } })).status).toBe(503);
      expect(performance.now() - first).toBeLessThan(3_000);
      await new Promise((r) => setTimeout(r, 3_100 - (performance.now() - first)));
      expect((await call(rolling, '/teams', { headers: { apikey: 'a' } })).status).toBe(200);
    } finally {
      await Promise.all([sandbox.close(), rolling.close()]);
    }
  });

  test('refused requests do not count, and the limit is configurable or off', async () => {
    const small = await startSmall({ users: 30, rateLimit: { max: 3, windowMs: 60_000 } });
    const off = await startSmall({ users: 30, rateLimit: false });
    try {
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await call(small, '/teams')).status);
      expect(statuses).toEqual([200, 200, 200, 503, 503, 503]);
      const many = await Promise.all(Array.from({ length: 150 }, () => call(off, '/teams')));
      expect(many.filter((r) => r.status === 503)).toHaveLength(0);
    } finally {
      await Promise.all([small.close(), off.close()]);
    }
  });
});
