// Starts a real redis-server (the Debian package; scripts/ensure-system-packages.mjs installs
// it) on 127.0.0.1 and a free port, with persistence off, and stops it again.
import { type ChildProcess, spawn } from 'node:child_process';
import { startServer, waitForOutput } from '../../../../test-support/start-server.js';
import type { RedisScriptClient } from '../../src/index.js';
import { closedPort } from './http-server.js';

export interface RedisProcess {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisProcess> {
  // The port is free when picked; another process could take it before redis binds, so retry.
  for (let attempt = 1; ; attempt++) {
    const port = await closedPort();
    try {
      return await startServer(
        `redis-server on 127.0.0.1:${port}`,
        async () => {
          const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          try {
            await waitForOutput(child, /Ready to accept connections/);
          } catch (error) {
            await stop(child);
            throw error;
          }
          return { url: `redis://127.0.0.1:${port}`, stop: () => stop(child) };
        },
        { stop: (redis) => redis.stop() },
      );
    } catch (error) {
      const { message } = error as Error;
      if (/address already in use/i.test(message) && attempt < 3) continue;
      if (!/could not be started/.test(message)) throw error;
      throw new Error(`${message} (is the redis-server package installed? node scripts/ensure-system-packages.mjs installs it)`, { cause: error });
    }
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** `client` for `createRedisRateLimitStore`, counting the scripts it runs in `runs` (which a test may reset). */
export function countingScripts(client: RedisScriptClient) {
  const counted = {
    runs: 0,
    evalSha: (sha: string, options: { keys: string[]; arguments: string[] }) => {
      counted.runs++;
      return client.evalSha(sha, options);
    },
    scriptLoad: (script: string) => client.scriptLoad(script),
  };
  return counted;
}
