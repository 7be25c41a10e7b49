/** The `get` command: one record by id, printed as JSON (or NDJSON/CSV) on stdout or to a file. */
import { writeFileSync } from 'node:fs';
import type { CommandIo } from './command-io.js';
import { type ClientFlags, connect } from './connect.js';
import { createRowFormatter } from './create-row-formatter.js';
import type { ErrorContext } from './describe-error.js';
import { ExitCode } from './exit-codes.js';
import { exportResources, getResources } from './list-resources.js';
import { outputError } from './output-error.js';
import { parseFields } from './parse-fields.js';
import { parseParams } from './parse-params.js';
import { parseRateLimitOption } from './parse-rate-limit-option.js';
import { createProgressStats } from './progress-stats.js';
import { methodOf } from './read-pages.js';
import { requireResource } from './require-resource.js';

/** The flags of `litmos get`. */
export interface GetFlags extends ClientFlags {
  readonly format: 'json' | 'ndjson' | 'csv';
  readonly fields?: string;
  readonly out?: string;
  readonly param?: string[];
  readonly quiet?: boolean;
}

/** Runs `litmos get <resource> <id>`: the id fills the last path parameter, `--param` the others. */
export async function runGet(name: string, id: string, flags: GetFlags, io: CommandIo, context: ErrorContext): Promise<number> {
  const resource = requireResource(getResources(), name, 'get', exportResources());
  const idParam = resource.op.pathParams.at(-1) as string;
  Object.assign(context, { resource: resource.name, record: `${resource.name} record ${JSON.stringify(id)}` });
  const params = parseParams([...(flags.param ?? []), `${idParam}=${id}`], resource.op, resource.name);
  const fields = await parseFields(flags.fields, resource);
  const budget = flags.rateLimit ? parseRateLimitOption(flags.rateLimit) : { limit: 100, windowMs: 60_000 };
  const log = (line: string) => (flags.quiet && !flags.verbose ? undefined : void io.stderr.write(`${line}\n`));
  const connected = await connect(flags, io, budget, createProgressStats(budget), log);
  try {
    const record = await methodOf<(p: object, o: object) => Promise<unknown>>(connected.litmos, resource.op.sdkMethod)(params, { signal: io.signal });
    const row = (record ?? {}) as Record<string, unknown>;
    const shaped = fields ? Object.fromEntries(fields.map((f) => [f, row[f] ?? null])) : record;
    const text = flags.format === 'json' ? `${JSON.stringify(shaped, null, 2)}\n` : oneRow(flags.format, fields, record, Object.keys(row));
    if (flags.out && flags.out !== '-') {
      try {
        writeFileSync(flags.out, text);
      } catch (error) {
        throw outputError('write', flags.out, error);
      }
    } else io.stdout.write(text);
    return ExitCode.ok;
  } finally {
    await connected.close();
  }
}

function oneRow(format: 'ndjson' | 'csv', fields: string[] | null, record: unknown, keys: string[]): string {
  const formatter = createRowFormatter(format, fields ?? undefined, fields ?? keys);
  return formatter.header() + formatter.rows([record], 0) + formatter.footer(1);
}
