import type { CommandIo } from './command-io.js';
import { ExitCode } from './exit-codes.js';
import { formatOperationsTable, listOperations } from './list-operations.js';

/**
 * The width to lay text out in: the terminal's, else `COLUMNS`, else 100, which fits a usual
 * terminal window (a pipe to `less` or a file included). Never under 40: narrower helps no one.
 */
function terminalWidth(io: CommandIo): number {
  const columns = (io.stdout as { columns?: number }).columns ?? Number.parseInt(io.env.COLUMNS ?? '', 10);
  return Number.isInteger(columns) && columns > 0 ? Math.max(40, columns) : 100;
}

/** Runs `litmos ops [filter]`: the spec's operations as a table, or as JSON with `--json`. */
export function runOps(filter: string | undefined, flags: { readonly json?: boolean }, io: CommandIo): number {
  const rows = listOperations(filter);
  io.stdout.write(flags.json ? `${JSON.stringify(rows, null, 2)}\n` : formatOperationsTable(rows, terminalWidth(io)));
  return ExitCode.ok;
}
