// Starts the built CLI (`dist/cli.js`) in a child process and waits for its banner, so tests can
// drive the sandbox exactly as a user runs it, send it signals and read its memory.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, waitForOutput } from '../../../test-support/start-server.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** A running `litmos-sandbox` process. */
export interface CliSandbox {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:<port>/v1.svc` from the banner. */
  readonly url: string;
  readonly origin: string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  readonly exited: Promise<number | string | null>;
}

/** Spawns the CLI with `args` (port 0 is added) and waits, within the shared start-up bound, for its whole banner. */
export async function startCliSandbox(args: readonly string[]): Promise<CliSandbox> {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run the build first');
  const child = spawn(process.execPath, [cli, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  // The banner's last line names the operations.
  const [, url] = await startServer(
    'litmos-sandbox CLI',
    () => waitForOutput(child, /Litmos sandbox on (http:\/\/127\.0\.0\.1:\d+\/v1\.svc)[\s\S]* implemented/),
    {
      stop: () => child.kill(),
    },
  );
  return { child, url: url!, origin: url!.replace(/\/v1\.svc$/, ''), exited };
}

/** Peak resident memory of a Linux process so far, in bytes (`VmHWM`), or undefined elsewhere. */
export function peakRss(pid: number): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
