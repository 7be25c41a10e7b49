/**
 * The command line, declared with commander: commands, flags, defaults and help with examples.
 * It only parses; the `run…` functions do the work.
 */
import { Command, Option } from 'commander';
import { cliVersion } from './cli-version.js';
import { OUTPUT_FORMATS } from './create-row-formatter.js';
import { DEFAULT_SANDBOX_USERS, DEFAULT_SOURCE, MAX_SANDBOX_USERS } from './resolve-connection.js';
import type { CheckSpecFlags } from './run-check-spec.js';
import type { ExportFlags } from './run-export.js';
import type { GetFlags } from './run-get.js';

/** What each command does once its flags are parsed. */
export interface ProgramActions {
  export(resource: string, flags: ExportFlags): Promise<void>;
  get(resource: string, id: string, flags: GetFlags): Promise<void>;
  checkSpec(flags: CheckSpecFlags): Promise<void>;
  ops(filter: string | undefined, flags: { json?: boolean }): void;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/**
 * Flags shared by `export`, `get` and `check-spec`: where Litmos is, how to talk to it, how much
 * to say. `check-spec` chooses wire formats itself (`--format`), so it takes no `--wire`.
 */
function addConnectionOptions(command: Command, { wire = true } = {}): Command {
  command
    .option('--api-key <key>', 'API key (prefer LITMOS_API_KEY: a flag shows in the process list)')
    .option('--source <name>', `names your integration to Litmos (env LITMOS_SOURCE; default ${DEFAULT_SOURCE})`)
    .addOption(new Option('--region <region>', 'region of the account (env LITMOS_REGION; default us)').choices(['us', 'eu', 'au']))
    .option('--base-url <url>', 'full API base URL instead of a region (env LITMOS_BASE_URL)')
    .option('--mock', 'start the local Prism mock (spec examples) on 127.0.0.1 and use it; no key needed (in a clone of the litmos-kit repository only)')
    .option('--sandbox', 'start the local sandbox (rules and rate limit of Litmos) on 127.0.0.1 and use it; no key needed')
    .option(
      '--sandbox-users <people>',
      `people in the sandbox organisation, 1 to ${MAX_SANDBOX_USERS.toLocaleString('en-US')} (default ${DEFAULT_SANDBOX_USERS.toLocaleString('en-US')}; implies --sandbox)`,
    );
  if (wire)
    command.addOption(new Option('--wire <format>', 'format on the wire: xml (Litmos native) or json (faster)').choices(['xml', 'json']).default('xml'));
  return command
    .option('--timeout <ms>', 'longest time one HTTP attempt may take', '60000')
    .option('--rate-limit <requests/ms>', 'requests allowed per rolling window for this key (Litmos: 100/60000)')
    .option('-q, --quiet', 'no progress or notices on stderr (errors still)')
    .option('-v, --verbose', 'show every request and answer on stderr (URLs redacted, never the key)');
}

const EXPORT_EXAMPLES = `
Examples:
  # every person, as NDJSON on stdout
  $ litmos export users > users.ndjson

  # people changed in the last 30 days, every field, as CSV (read in 7-day windows)
  $ litmos export org.users.changed --since 30d --format csv --out changed.csv

  # a quarter of course results; after a crash or Ctrl-C, the same command with --resume
  $ litmos export org.results.changed --since 2026-07-01 --to 2026-10-01 --out results.ndjson
  $ litmos export org.results.changed --since 2026-07-01 --to 2026-10-01 --out results.ndjson --resume

  # the members of one team, two fields
  $ litmos export teams.users --param teamId=pVyZvJ9Vf9c1 --fields Id,UserName --format csv

  # no account needed: a local sandbox (5,000 people, or as many as --sandbox-users says)
  $ litmos export users --sandbox --limit 10
  $ litmos export org.users.changed --sandbox-users 20000 --since 30d --format csv --out changed.csv

Resources are named after the SDK: users, courses, achievements, teams.users, org.users.changed,
org.results.changed, … \`litmos ops\` lists every one with the --param it needs. Dates are UTC:
2026-11-01, "2026-11-01 08:00:00", 30d / 12h / 2w ago, now, today, yesterday.
With --out, a checkpoint (<out>.checkpoint.json) is kept beside the file until the export ends.`;

const GET_EXAMPLES = `
Examples:
  $ litmos get users pVyZvJ9Vf9c1
  $ litmos get courses.details uDgUfC0fNCk1 --fields Id,Name,Active
  $ litmos get users.courses C9BGmrI5Ej81 --param userId=pVyZvJ9Vf9c1 --format ndjson
  $ litmos get teams pVyZvJ9Vf9c1 --sandbox --verbose

The id fills the last path parameter; --param gives the others (\`litmos ops get\` lists them).`;

const CHECK_SPEC_EXAMPLES = `
Every read operation of the spec is called once (GET only: nothing is ever written), in XML and
in JSON: each list for one page, each get with the id of the first row of its list, each delta
(/org/*) call for the last 7 days. The answers are decoded as the SDK reads them, and the report
lists where they differ from the spec: field names, presence and types only. It never holds a
value, an id, a URL or the key, so it can be attached to an issue as it is.

Examples:
  # your account: a Markdown report to attach to an issue
  $ LITMOS_API_KEY=… litmos check-spec --region eu --out check-spec.md

  # as JSON, only the people and the delta streams, XML only
  $ litmos check-spec --only users,org --format xml --json > check-spec.json

  # reach the sessions of a course of yours (ids stay out of the report)
  $ litmos check-spec --only courses.sessions --param courseId=… --param moduleId=…

  # no account needed: the local sandbox answers as the spec says
  $ litmos check-spec --sandbox

About 160 calls with both formats: at Litmos' 100 per 60 s, two minutes or so. If the key also
serves a live integration, leave it room with --rate-limit 50/60000.
Exit codes: 0 no difference · 9 differences found (the report says where; not a failure)
· 3 the key was refused · other codes as for every command (litmos --help).`;

const OPS_EXAMPLES = `
Examples:
  $ litmos ops                 # every operation, with the command that runs it
  $ litmos ops org.            # the delta streams
  $ litmos ops users --json    # as JSON`;

const ROOT_FOOTER = `
Configuration (a flag beats its variable):
  LITMOS_API_KEY     API key of an Account Owner          (--api-key)
  LITMOS_SOURCE      name of your integration              (--source)
  LITMOS_REGION      us, eu or au                          (--region)
  LITMOS_BASE_URL    full API base URL instead of a region (--base-url)

Exit codes:
  0 done · 1 unexpected error · 2 usage (flag, resource, date, missing key, other checkpoint)
  3 key refused (401/403: wrong key or region) · 4 not found (404) · 5 rate limit, still refused
  6 cannot reach Litmos (connection, timeout) · 7 other Litmos error (406, 5xx, unreadable body)
  8 cannot write the output or checkpoint · 9 check-spec found differences from the spec
  130 interrupted (Ctrl-C; resume with --resume)

Try it with no account:
  $ litmos export org.users.changed --sandbox --since 30d --format csv --out changed.csv`;

/** Builds the `litmos` program; `write`/`writeErr` receive commander's own help and errors. */
export function createProgram(actions: ProgramActions, output: { writeOut(text: string): void; writeErr(text: string): void }): Command {
  const program = new Command('litmos')
    .description('Export Litmos LMS data (any list, any /org delta stream) to NDJSON, CSV or JSON, with progress and resume.')
    .version(cliVersion, '-V, --version')
    .configureOutput({ writeOut: output.writeOut, writeErr: output.writeErr })
    .showHelpAfterError('(add --help for usage and examples)')
    .exitOverride()
    .addHelpText('after', ROOT_FOOTER);

  addConnectionOptions(
    program
      .command('export')
      .description('write every row of a list or delta stream to stdout or a file')
      .argument('<resource>', 'what to export, e.g. users, org.users.changed, teams.users (see `litmos ops`)')
      .option('--since <date>', 'start of the range (delta streams: required; any length)')
      .option('--to <date>', 'end of the range (default: now)')
      .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('ndjson'))
      .option('-o, --out <file>', 'write to a file (atomically per page, resumable) instead of stdout')
      .option('--resume', 'continue the export recorded in <out>.checkpoint.json')
      .option('--fields <list>', 'only these fields, in this order, comma-separated')
      .option('--limit <rows>', 'stop after this many rows')
      .option('-p, --param <name=value>', 'a path or query parameter of the operation (repeatable)', collect)
      .option('--page-size <rows>', 'rows per request, at most 1000', '1000'),
  )
    .addHelpText('after', EXPORT_EXAMPLES)
    .action((resource: string, flags: ExportFlags) => actions.export(resource, flags));

  addConnectionOptions(
    program
      .command('get')
      .description('print one record by id')
      .argument('<resource>', 'what to read, e.g. users, courses, teams (see `litmos ops get`)')
      .argument('<id>', 'the record id (the last path parameter)')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson', 'csv']).default('json'))
      .option('--fields <list>', 'only these fields, comma-separated')
      .option('-o, --out <file>', 'write to a file instead of stdout')
      .option('-p, --param <name=value>', 'another path parameter (repeatable)', collect),
  )
    .addHelpText('after', GET_EXAMPLES)
    .action((resource: string, id: string, flags: GetFlags) => actions.get(resource, id, flags));

  addConnectionOptions(
    program
      .command('check-spec')
      .description('call every read of the spec once (GET only) and report where the answers differ from it')
      .addOption(new Option('--format <format>', 'wire formats to ask for').choices(['xml', 'json', 'both']).default('both'))
      .option('--json', 'write the report as JSON instead of Markdown')
      .option('-o, --out <file>', 'write the report to a file instead of stdout')
      .option('--only <operations>', 'call only these operations or groups, comma-separated (users.list, org, teams.users)', collect)
      .option('--skip <operations>', 'do not call these operations or groups, comma-separated', collect)
      .option('-p, --param <name=value>', 'an id for a path parameter, instead of the first row of its list (repeatable)', collect)
      .option('--page-size <rows>', 'rows asked of each list, at most 1000', '100'),
    { wire: false },
  )
    .addHelpText('after', CHECK_SPEC_EXAMPLES)
    .action((flags: CheckSpecFlags) => actions.checkSpec(flags));

  program
    .command('ops')
    .description('list the operations the spec knows, and the command that runs each')
    .argument('[filter]', 'keep operations whose command, SDK method, id or path contains this')
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', OPS_EXAMPLES)
    .action((filter: string | undefined, flags: { json?: boolean }) => actions.ops(filter, flags));

  return program;
}
