/**
 * The `export` command: checks every flag, then connects, shows progress on stderr and runs the
 * export. Interruptions become exit 130 with the command that resumes.
 */
import type { ExportIdentity } from './checkpoint-file.js';
import { CliError } from './cli-error.js';
import type { CommandIo } from './command-io.js';
import { type ClientFlags, connect } from './connect.js';
import { createProgressReporter, type ProgressMode, type ProgressReporter } from './create-progress-reporter.js';
import type { OutputFormat } from './create-row-formatter.js';
import type { ErrorContext } from './describe-error.js';
import { ExitCode } from './exit-codes.js';
import { exportResource } from './export-resource.js';
import { type CliResource, exportResources, getResources } from './list-resources.js';
import { formatLitmosDate, parseDateOption } from './parse-date-option.js';
import { parseFields } from './parse-fields.js';
import { parseIntegerOption } from './parse-integer-option.js';
import { parseParams } from './parse-params.js';
import { parseRateLimitOption } from './parse-rate-limit-option.js';
import { createProgressStats } from './progress-stats.js';
import { formatSummary } from './render-progress.js';
import { requireResource } from './require-resource.js';

/** The flags of `litmos export`, as commander hands them over. */
export interface ExportFlags extends ClientFlags {
  readonly since?: string;
  readonly to?: string;
  readonly format: OutputFormat;
  readonly out?: string;
  readonly fields?: string;
  readonly limit?: string;
  readonly param?: string[];
  readonly pageSize: string;
  readonly resume?: boolean;
  readonly quiet?: boolean;
}

/** The `since`/`to` of an export, as typed and resolved. */
function dateRange(flags: ExportFlags, resource: CliResource, now: number): Pick<ExportIdentity, 'since' | 'to'> {
  const { op, name } = resource;
  const takes = (p: string) => op.query.find((q) => q.name === p);
  for (const flag of ['since', 'to'] as const) {
    if (flags[flag] !== undefined && !takes(flag))
      throw new CliError(`${name} takes no --${flag}`, {
        hint: 'the /org/* delta streams and a few lists (achievements, results.details) take dates; see `litmos ops`',
      });
  }
  // A delta range needs both ends; `to` defaults to now, the usual "everything since".
  const toArg = flags.to ?? (op.delta && flags.since !== undefined ? 'now' : undefined);
  if (takes('since')?.required && flags.since === undefined) {
    throw new CliError(`${name} needs --since`, {
      hint: op.delta
        ? 'give any range (--since 30d, --since 2026-01-01 --to 2026-07-01): the CLI reads it in 7-day windows, the most Litmos allows per request'
        : 'e.g. --since 2026-11-01',
    });
  }
  if (op.delta && toArg !== undefined && flags.since === undefined)
    throw new CliError(`${name} needs --since with --to`, { hint: 'a delta range has both ends' });
  const resolve = (arg: string | undefined, flag: string) => (arg === undefined ? null : { arg, value: formatLitmosDate(parseDateOption(arg, flag, now)) });
  const since = resolve(flags.since, '--since');
  const to = resolve(toArg, '--to');
  if (since && to && to.value <= since.value)
    throw new CliError(`--to (${to.value}) is not after --since (${since.value})`, { hint: 'dates are UTC; swap them or widen the range' });
  return { since, to };
}

function progressMode(flags: ExportFlags, io: CommandIo, toStdout: boolean): ProgressMode {
  // --verbose asks for request lines, which --quiet would hide: the explicit request wins.
  if (flags.quiet && !flags.verbose) return 'off';
  // A redrawn display would tear up request lines (--verbose), or rows printed to the same terminal.
  const rowsOnTerminal = toStdout && (io.stdout as { isTTY?: boolean }).isTTY === true;
  return io.stderr.isTTY && !flags.verbose && !rowsOnTerminal ? 'live' : 'plain';
}

/** Runs `litmos export <resource>`. */
export async function runExport(name: string, flags: ExportFlags, io: CommandIo, context: ErrorContext): Promise<number> {
  const resource = requireResource(exportResources(), name, 'export', getResources());
  Object.assign(context, { resource: resource.name, delta: resource.op.delta });
  const identity: ExportIdentity = {
    resource: resource.name,
    params: Object.fromEntries(Object.entries(parseParams(flags.param ?? [], resource.op, resource.name)).sort(([a], [b]) => a.localeCompare(b))),
    ...dateRange(flags, resource, Date.now()),
    format: flags.format,
    fields: await parseFields(flags.fields, resource),
    limit: flags.limit === undefined ? null : parseIntegerOption(flags.limit, '--limit', 1),
  };
  const pageSize = parseIntegerOption(flags.pageSize, '--page-size', 1, 1000);
  const out = flags.out === '-' ? undefined : flags.out;
  const budget = flags.rateLimit ? parseRateLimitOption(flags.rateLimit) : { limit: 100, windowMs: 60_000 };
  const stats = createProgressStats(budget);
  const mode = progressMode(flags, io, out === undefined);
  // Lines printed before the display starts (the sandbox banner) go straight to stderr.
  let reporter: ProgressReporter | undefined;
  const log = (line: string) => (reporter ? reporter.log(line) : mode === 'off' ? undefined : void io.stderr.write(`${line}\n`));
  const connected = await connect(flags, io, budget, stats, log);
  const destination = out ?? 'stdout';
  reporter = createProgressReporter({ stream: io.stderr, mode, title: `litmos export ${resource.name} → ${destination}`, snapshot: stats.snapshot });
  try {
    await exportResource(
      { resource, identity, pageSize, out, resume: flags.resume === true },
      { litmos: connected.litmos, stats, stdout: io.stdout, signal: io.signal, notice: reporter.log, onPage: reporter.update },
    );
    reporter.stop(formatSummary(stats.snapshot(), destination));
    return ExitCode.ok;
  } catch (error) {
    reporter.stop();
    if (io.signal.aborted) {
      const rows = stats.snapshot().rows.toLocaleString('en-US');
      throw new CliError(`interrupted after ${rows} rows`, {
        hint: out
          ? 'every complete page is in the file and its checkpoint; run the same command with --resume to continue'
          : 'export with --out to be able to resume',
        exitCode: ExitCode.interrupted,
      });
    }
    throw error;
  } finally {
    await connected.close();
  }
}
