/**
 * `litmos check-spec`: calls every read of the spec once against an account (GET only), in XML
 * and JSON, and writes where the answers differ from the spec, as a report that can be
 * attached to an issue as it is (see spec-check-report.ts for what it may hold).
 */
import { writeFileSync } from 'node:fs';
import type { DriftEvent } from '@litmos-kit/sdk';
import { checkAnswers } from './check-answers.js';
import { CliError } from './cli-error.js';
import { cliVersion } from './cli-version.js';
import type { CommandIo } from './command-io.js';
import { type ClientFlags, connect } from './connect.js';
import { createProgressReporter, type ProgressMode, type ProgressReporter } from './create-progress-reporter.js';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';
import { formatSpecCheckMarkdown } from './format-spec-check-markdown.js';
import { outputError } from './output-error.js';
import { parseIntegerOption } from './parse-integer-option.js';
import { parseRateLimitOption } from './parse-rate-limit-option.js';
import { planSpecCheck, readOperations, splitTerms } from './plan-spec-check.js';
import { createProgressStats } from './progress-stats.js';
import { redactSecrets } from './redact-secrets.js';
import { type CheckProgress, formatCheckProgressLine, renderCheckProgress } from './render-check-progress.js';
import { plural, seconds } from './render-progress.js';
import { createSpecCheckReport, type Difference, type OperationReport, type SpecCheckReport, type WireFormat } from './spec-check-report.js';

/** The flags of `litmos check-spec`, as commander hands them over. */
export interface CheckSpecFlags extends Omit<ClientFlags, 'wire'> {
  readonly format: WireFormat | 'both';
  readonly json?: boolean;
  readonly out?: string;
  readonly only?: string[];
  readonly skip?: string[];
  readonly param?: string[];
  readonly pageSize: string;
  readonly quiet?: boolean;
}

/** Days of the range given to delta operations: the most Litmos accepts in one call. */
const DELTA_DAYS = 7;

/**
 * Reads `--param name=value` pairs: ids for path parameters, so that the lists that would give
 * them need not be called (or can be reached at all: a course with sessions, say).
 * @throws {CliError} for a malformed pair or a name no read operation has.
 */
function parseIds(pairs: readonly string[]): Record<string, string> {
  const names = [...new Set(readOperations.flatMap((op) => op.pathParams))].sort();
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const name = names.find((n) => n.toLowerCase() === pair.slice(0, Math.max(at, 0)).trim().toLowerCase());
    if (at <= 0 || at === pair.length - 1)
      throw new CliError(`--param ${JSON.stringify(pair)} is not name=value`, { hint: 'for example --param courseId=… (an id of your account)' });
    if (!name) throw new CliError(`no read operation has a path parameter ${JSON.stringify(pair.slice(0, at))}`, { hint: `use one of ${names.join(', ')}` });
    out[name] = pair.slice(at + 1);
  }
  return out;
}

function progressMode(flags: CheckSpecFlags, io: CommandIo): ProgressMode {
  if (flags.quiet && !flags.verbose) return 'off';
  // The report printed on the same terminal would tear a redrawn display.
  const reportOnTerminal = (flags.out === undefined || flags.out === '-') && (io.stdout as { isTTY?: boolean }).isTTY === true;
  return io.stderr.isTTY && !flags.verbose && !reportOnTerminal ? 'live' : 'plain';
}

/**
 * The exit code of a finished check: differences are its finding, not a failure; a check in
 * which nothing answered failed as the refusals say.
 */
function exitCodeOf(report: SpecCheckReport): ExitCodeValue {
  if (report.summary.differing > 0) return ExitCode.differs;
  if (report.summary.answered > 0 || report.summary.refused === 0) return ExitCode.ok;
  const refusals = report.operations.flatMap((op) => Object.values(op.answers)).filter((a) => a.outcome === 'refused');
  return refusals.every((a) => a.status === 401 || a.status === 403) ? ExitCode.auth : ExitCode.api;
}

/** Runs `litmos check-spec`. */
export async function runCheckSpec(flags: CheckSpecFlags, io: CommandIo): Promise<number> {
  const given = parseIds(flags.param ?? []);
  const plan = planSpecCheck({ only: splitTerms(flags.only), skip: splitTerms(flags.skip), given: new Set(Object.keys(given)) });
  const formats: WireFormat[] = flags.format === 'both' ? ['xml', 'json'] : [flags.format];
  const pageSize = parseIntegerOption(flags.pageSize, '--page-size', 1, 1000);
  const budget = flags.rateLimit ? parseRateLimitOption(flags.rateLimit) : { limit: 100, windowMs: 60_000 };
  const out = flags.out === '-' ? undefined : flags.out;
  const stats = createProgressStats(budget);
  const mode = progressMode(flags, io);
  let reporter: ProgressReporter | undefined;
  const log = (line: string) => (reporter ? reporter.log(line) : mode === 'off' ? undefined : void io.stderr.write(`${line}\n`));
  const connected = await connect(flags, io, budget, stats, log);

  const calls = plan.operations.length * formats.length;
  const progress: { -readonly [K in keyof CheckProgress]: CheckProgress[K] } = {
    done: 0,
    total: calls,
    format: undefined,
    differing: 0,
    refused: 0,
    notReached: 0,
  };
  const differing = new Set<string>();
  log(
    `litmos: checking ${plural(plan.operations.length, 'read operation')} in ${formats.map((f) => f.toUpperCase()).join(' and ')}: ` +
      `${plural(calls, 'call')} at most, paced to ${budget.limit} per ${seconds(budget.windowMs).replace('.0 s', ' s')}`,
  );
  stats.begin();
  reporter = createProgressReporter({
    stream: io.stderr,
    mode,
    title: `litmos check-spec → ${out ?? 'stdout'}`,
    snapshot: stats.snapshot,
    render: (s, title, width, frame) => renderCheckProgress(progress, s, title, width, frame),
    line: (s) => formatCheckProgressLine(progress, s),
  });

  const answers = new Map<string, { -readonly [F in WireFormat]?: OperationReport['answers'][F] }>();
  try {
    for (const format of formats) {
      progress.format = format;
      const found = new Map<string, Difference[]>();
      const onDrift = (event: DriftEvent) => {
        const list = found.get(event.operation) ?? [];
        list.push({ kind: event.kind, path: event.path || '(root)', expected: event.expected, received: event.received });
        found.set(event.operation, list);
      };
      const results = await checkAnswers({
        litmos: connected.client({ wire: format, onDrift }),
        differencesOf: (id) => found.get(id) ?? [],
        plan,
        given,
        pageSize,
        deltaDays: DELTA_DAYS,
        signal: io.signal,
        onAnswer: (op, answer) => {
          progress.done++;
          if ((answer.outcome === 'answered' && answer.differences.length) || answer.outcome === 'unreadable') differing.add(op.id);
          progress.differing = differing.size;
          if (answer.outcome === 'refused') progress.refused++;
          if (answer.outcome === 'not-reached') progress.notReached++;
          reporter?.update();
        },
      });
      for (const [id, answer] of results) answers.set(id, { ...answers.get(id), [format]: answer });
    }
  } catch (error) {
    reporter.stop();
    await connected.close();
    if (io.signal.aborted) throw new CliError('interrupted; no report written', { exitCode: ExitCode.interrupted });
    throw error;
  }
  await connected.close();

  const report = createSpecCheckReport(
    {
      version: cliVersion,
      date: new Date().toISOString().slice(0, 10),
      target: connected.target,
      formats,
      rowsPerList: pageSize,
      deltaDays: DELTA_DAYS,
    },
    plan.operations.map((op) => ({ operationId: op.id, sdkMethod: op.sdkMethod, http: `GET ${op.path}`, answers: answers.get(op.id) ?? {} })),
    plan.skipped.map(({ op, reason }) => ({ operationId: op.id, http: `${op.httpMethod} ${op.path}`, reason })),
  );
  // The report holds no value by construction; masking the key once more costs nothing.
  const secrets = [flags.apiKey ?? '', io.env.LITMOS_API_KEY ?? ''].filter(Boolean);
  const text = redactSecrets(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatSpecCheckMarkdown(report), secrets);
  try {
    if (out) writeFileSync(out, text);
    else io.stdout.write(text);
  } catch (error) {
    reporter.stop();
    throw outputError('write', out ?? 'stdout', error);
  }
  const s = report.summary;
  reporter.stop(
    `litmos: checked ${plural(s.operations, 'operation')}: ${s.differing} ${s.differing === 1 ? 'differs' : 'differ'} from the spec (${plural(s.differences, 'difference')}), ` +
      `${s.refused} refused, ${s.notReached} not reached; report ${out ? `in ${out}` : 'on stdout'} ` +
      `(${plural(stats.snapshot().requests, 'request')} in ${seconds(stats.snapshot().elapsedMs)})`,
  );
  return exitCodeOf(report);
}
