// Starting the servers that tests talk to (Prism, the sandbox, the docs server, Redis, Chromium,
// Verdaccio, plain HTTP servers): wait for the server's own ready signal, never a sleep, with a
// bound generous enough for a newcomer's busy 2-core machine on a cold cache, and when it does
// not come, say which server failed and why instead of a bare "hook timed out".
import type { ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Longest a test server may take to become ready. Idle, every server here starts in a second or
 * two; on a loaded machine Prism parsing the spec or Chromium starting has taken over ten times
 * that. Three minutes is far past both, and still ends a run whose server never comes up.
 */
export const STARTUP_BOUND_MS = 3 * 60_000;

/** Options of {@link startServer}. */
export interface StartServerOptions<T> {
  /** How long to wait for the ready signal (default {@link STARTUP_BOUND_MS}). */
  readonly boundMs?: number;
  /** Stops a server that became ready only after the bound ran out, so none is left behind. */
  readonly stop?: (server: T) => unknown;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs `start` (which resolves once the server is ready, e.g. when `listen` called back) and
 * waits for it at most `boundMs`.
 *
 * @param name What the server is, as a reader of the failure needs it: `'Prism mock of the Litmos spec'`.
 * @throws Error naming the server: "did not become ready within …" or "failed to start after …: <why>".
 */
export async function startServer<T>(name: string, start: () => Promise<T>, options: StartServerOptions<T> = {}): Promise<T> {
  const { boundMs = STARTUP_BOUND_MS, stop } = options;
  const began = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let late = false;
  const starting = Promise.resolve().then(start);
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true;
      reject(new Error(`${name} did not become ready within ${seconds(boundMs)} (the machine may be overloaded, or the server hangs while starting)`));
    }, boundMs);
  });
  try {
    return await Promise.race([starting, bound]);
  } catch (error) {
    if (late) {
      // It may still come up: stop it then, rather than leave it holding the run open.
      starting.then((server) => stop?.(server)).catch(() => undefined);
      throw error;
    }
    throw new Error(`${name} failed to start after ${seconds(performance.now() - began)}: ${reason(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Listens on 127.0.0.1 and a free port (port 0) and resolves with the server's origin,
 * `http://127.0.0.1:<port>`, once it listens; an `error` event (no free port, no loopback)
 * rejects naming the server.
 */
export function listenOnLoopback(server: Server, name: string): Promise<string> {
  return startServer(
    name,
    () =>
      new Promise<string>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
          server.off('error', reject);
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
        });
      }),
    { stop: () => server.close() },
  );
}

/** Keeps the last `max` characters of what a child printed, for error messages. */
function tail(text: string, max = 2_000): string {
  return text.length > max ? `…${text.slice(-max)}` : text;
}

/**
 * Resolves with the first match of `ready` in what `child` prints (stdout and stderr together):
 * the server's own "I am listening" line. Rejects, with the exit code and the last output, when
 * the child cannot start or exits first. Combine with {@link startServer} for the bound.
 */
export function waitForOutput(child: ChildProcess, ready: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const cleanup = () => {
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    const onData = (chunk: Buffer | string) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        cleanup();
        resolve(match);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      reject(new Error(`it exited (${signal ?? `code ${code}`}) before printing ${ready}; its last output:\n${tail(output) || '(nothing)'}`));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(new Error(`it could not be started: ${error.message}`));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}
