import { execFile } from 'node:child_process';

/** Bound for one command (an install, a Node run, tsc): seconds when idle, far more on a loaded machine. */
export const COMMAND_BOUND_MS = 5 * 60_000;

/** The environment without pnpm's npm_* settings and the workspace's NODE_PATH: what a user's shell has. */
export const userEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') && key !== 'NODE_PATH'));

/** How a command ended. */
export interface CommandResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command without blocking this process (which may serve what the command calls), within
 * {@link COMMAND_BOUND_MS}. Resolves however the command ends; rejects only when it cannot start
 * or runs out of time.
 */
export function runCommand(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = userEnv): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env, encoding: 'utf8', timeout: COMMAND_BOUND_MS, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const { code, signal, killed } = (error ?? {}) as { code?: unknown; signal?: unknown; killed?: boolean };
      if (error && (typeof code !== 'number' || killed)) {
        reject(
          new Error(
            `${command} ${args.join(' ')} ${killed ? `ran out of ${COMMAND_BOUND_MS / 60_000} minutes` : `failed (${String(signal ?? code)})`}:\n${stdout}\n${stderr}`,
          ),
        );
      } else {
        resolve({ code: typeof code === 'number' ? code : 0, stdout, stderr });
      }
    });
  });
}

/** Runs a command that must succeed; resolves with its stdout, or rejects with everything it printed. */
export async function runOk(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = userEnv): Promise<string> {
  const result = await runCommand(command, args, cwd, env);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
