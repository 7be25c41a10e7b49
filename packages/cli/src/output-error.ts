import { CliError } from './cli-error.js';
import { ExitCode } from './exit-codes.js';

/** The error for an output file or checkpoint that could not be written (permissions, full disk, missing folder). */
export function outputError(action: string, path: string, cause: unknown): CliError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return new CliError(`could not ${action} ${path}: ${code ?? (cause as Error | undefined)?.message ?? String(cause)}`, {
    hint: code === 'ENOSPC' ? 'the disk is full; free some space and run again with --resume' : 'check that the folder exists and is writable',
    exitCode: ExitCode.output,
  });
}
