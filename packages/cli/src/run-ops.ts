import type { CommandIo } from './command-io.js';
import { ExitCode } from './exit-codes.js';
import { formatOperationsTable, listOperations } from './list-operations.js';

/** Runs `litmos ops [filter]`: the spec's operations as a table, or as JSON with `--json`. */
export function runOps(filter: string | undefined, flags: { readonly json?: boolean }, io: CommandIo): number {
  const rows = listOperations(filter);
  io.stdout.write(flags.json ? `${JSON.stringify(rows, null, 2)}\n` : formatOperationsTable(rows));
  return ExitCode.ok;
}
