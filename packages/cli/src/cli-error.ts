import { ExitCode, type ExitCodeValue } from './exit-codes.js';

/**
 * A failure the CLI found itself (a bad flag, an unknown resource, an unwritable file), with the
 * hint and exit code to end on; the top level only prints it. Usage mistakes are the default.
 */
export class CliError extends Error {
  override name = 'CliError' as const;
  /** What to do about it, printed after the message. */
  readonly hint: string | undefined;
  /** The exit code to end with. */
  readonly exitCode: ExitCodeValue;

  constructor(message: string, options: { readonly hint?: string; readonly exitCode?: ExitCodeValue } = {}) {
    super(message);
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? ExitCode.usage;
  }
}
