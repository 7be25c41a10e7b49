import { spawn } from 'node:child_process';
import { startServer, waitForOutput } from '../../../../test-support/start-server.js';

/** A running local npm registry (Verdaccio on 127.0.0.1). */
export interface LocalRegistry {
  /** Its URL, for `npm install --registry <url>`: `http://127.0.0.1:<port>/`. */
  readonly url: string;
  /** Stops it (SIGTERM, then SIGKILL if it lingers). */
  close(): Promise<void>;
}

/**
 * Starts Verdaccio with its storage in `storage` (run-verdaccio.mjs, on the Node running the
 * tests) and resolves once it prints its ready line.
 */
export function startRegistry(storage: string): Promise<LocalRegistry> {
  return startServer(
    'Verdaccio (the local npm registry of the packaging tests)',
    async () => {
      const child = spawn(process.execPath, [new URL('./run-verdaccio.mjs', import.meta.url).pathname, storage], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        const [, url] = await waitForOutput(child, /verdaccio ready at (http:\/\/\S+)/);
        // Its warnings stay visible in the test output.
        child.stdout.pipe(process.stdout);
        child.stderr.pipe(process.stderr);
        return { url: `${url}/`, close: () => stopChild(child) };
      } catch (error) {
        await stopChild(child);
        throw error;
      }
    },
    { stop: (registry) => registry.close() },
  );
}

function stopChild(child: ReturnType<typeof spawn>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
