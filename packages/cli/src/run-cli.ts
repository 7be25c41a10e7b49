/**
 * `litmos`: parses the command line, runs the command and turns any failure into one line on
 * stderr and a distinct exit code (see exit-codes.ts). Everything written to stderr passes
 * through a filter that masks the API key, whatever produced the text.
 */
import { CommanderError } from 'commander';
import type { CommandIo, MessageStream } from './command-io.js';
import { createProgram } from './create-program.js';
import { describeError, type ErrorContext, formatErrorReport } from './describe-error.js';
import { ExitCode } from './exit-codes.js';
import { redactSecrets } from './redact-secrets.js';
import { runCheckSpec } from './run-check-spec.js';
import { runExport } from './run-export.js';
import { runGet } from './run-get.js';
import { runOps } from './run-ops.js';

export type { CommandIo, MessageStream } from './command-io.js';
export { ExitCode, type ExitCodeValue } from './exit-codes.js';

/** The API keys a command line may carry: from `--api-key` and `LITMOS_API_KEY`. */
function secretsOf(argv: readonly string[], env: CommandIo['env']): string[] {
  const secrets = [env.LITMOS_API_KEY ?? ''];
  argv.forEach((arg, i) => {
    if (arg === '--api-key') secrets.push(argv[i + 1] ?? '');
    else if (arg.startsWith('--api-key=')) secrets.push(arg.slice('--api-key='.length));
  });
  return secrets.filter((s) => s.length > 0);
}

function redacting(stream: MessageStream, secrets: readonly string[]): MessageStream {
  return {
    write: (text: string) => stream.write(redactSecrets(text, secrets)),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}

/**
 * Runs `litmos` with `argv` (the arguments after the program name) and returns the exit code.
 *
 * @example
 * ```ts
 * const code = await runCli(['export', 'users', '--sandbox', '--limit', '5'], {
 *   stdout: process.stdout, stderr: process.stderr, env: process.env, signal: AbortSignal.timeout(60_000),
 * });
 * ```
 */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const secrets = secretsOf(argv, io.env);
  const stderr = redacting(io.stderr, secrets);
  const safe: CommandIo = { ...io, stderr };
  const context: ErrorContext = {};
  let code: number = ExitCode.ok;
  const program = createProgram(
    {
      export: async (resource, flags) => {
        code = await runExport(resource, flags, safe, context);
      },
      get: async (resource, id, flags) => {
        code = await runGet(resource, id, flags, safe, context);
      },
      checkSpec: async (flags) => {
        code = await runCheckSpec(flags, safe);
      },
      ops: (filter, flags) => {
        code = runOps(filter, flags, safe);
      },
    },
    { writeOut: (text) => void io.stdout.write(text), writeErr: (text) => void stderr.write(text) },
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    // Commander has printed its own message (or the help, or the version) already.
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    const report = describeError(error, context);
    stderr.write(`${formatErrorReport(report)}\n`);
    // A stack helps only with an error the CLI did not expect.
    if (report.exitCode === ExitCode.unexpected && (argv.includes('--verbose') || argv.includes('-v')))
      stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    return report.exitCode;
  }
}
