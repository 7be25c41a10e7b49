// Measures (and reports, without asserting times) how long the default org takes to seed and
// how long a 1,000-item page takes to answer; asserts only that the answers are complete.
// Numbers go to the console and to test-results/timings.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { startServer } from '../../../test-support/start-server.js';
import { startSandbox } from '../src/index.js';
import { call, DAY, HOUR, window } from './helpers.js';

describe('timings (reported, not asserted)', () => {
  test('seed the default org (5,000 people) and answer 1,000-item pages', async () => {
    const sandbox = await startServer('Litmos sandbox (default org)', () => startSandbox({ rateLimit: false, clock: 'frozen' }), { stop: (s) => s.close() });
    try {
      expect(sandbox.state.users.size).toBe(5000);
      const timings: Record<string, number> = { seedDefaultOrgMs: Math.round(sandbox.seedMs) };
      const now = sandbox.clock.now();
      const pages: Array<[string, string, Record<string, string | number>, 'xml' | 'json']> = [
        ['usersXml', '/users', { limit: 1000, start: 2000 }, 'xml'],
        ['usersJson', '/users', { limit: 1000, start: 2000 }, 'json'],
        ['orgResultsJson', '/org/results/details', { ...window(now - 7 * DAY + HOUR, now + HOUR), limit: 1000 }, 'json'],
      ];
      for (const [name, path, query, format] of pages) {
        await call(sandbox, path, { query, format }); // warm-up
        const runs: number[] = [];
        let items = 0;
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          const reply = await call(sandbox, path, { query, format });
          runs.push(performance.now() - started);
          items = format === 'json' ? (JSON.parse(reply.text) as unknown[]).length : reply.text.split('<User>').length - 1;
        }
        expect(items, name).toBe(1000);
        timings[`page1000${name[0]!.toUpperCase()}${name.slice(1)}Ms`] = Math.round(runs.sort((a, b) => a - b)[2]! * 10) / 10;
      }
      console.log(`sandbox timings (node ${process.version}): ${JSON.stringify(timings)}`);
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/timings.json', `${JSON.stringify({ node: process.version, ...timings }, null, 2)}\n`);
    } finally {
      await sandbox.close();
    }
  });
});
