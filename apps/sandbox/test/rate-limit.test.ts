// The rate limit: 100 requests per rolling window per key, then 503 "Rating Limit Exceeded" with
// no Retry-After; a short window here keeps the test fast.
import { describe, expect, test } from 'vitest';
import { call, startSmall } from './helpers.js';

describe('rate limit', () => {
  test('the 101st request in a window is 503; another key is unaffected; the window rolls', async () => {
    const sandbox = await startSmall({ users: 30, apiKeys: ['a', 'b'], rateLimit: { max: 100, windowMs: 1500 } });
    try {
      const started = performance.now();
      const burst = await Promise.all(Array.from({ length: 100 }, () => call(sandbox, '/teams', { headers: { apikey: 'a' } })));
      expect(burst.map((r) => r.status)).toEqual(Array(100).fill(200));
      const refused = await call(sandbox, '/teams', { headers: { apikey: 'a' }, format: 'json' });
      // Only meaningful if the burst fit in the window (it takes well under a second here).
      expect(performance.now() - started).toBeLessThan(1500);
      expect(refused.status).toBe(503);
      expect(refused.statusText).toBe('Rating Limit Exceeded');
      expect(JSON.parse(refused.text)).toEqual({ Detail: 'Rating Limit Exceeded' });
      expect(refused.headers.get('retry-after')).toBeNull();
      const xml = await call(sandbox, '/teams', { headers: { apikey: 'a' } });
      expect(xml.text).toBe('<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">Rating Limit Exceeded</string>');
      expect((await call(sandbox, '/teams', { headers: { apikey: 'b' } })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1600));
      expect((await call(sandbox, '/teams', { headers: { apikey: 'a' } })).status).toBe(200);
    } finally {
      await sandbox.close();
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
