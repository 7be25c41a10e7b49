/**
 * Which operations `litmos check-spec` calls: every GET of the Litmos REST API in the spec, or
 * those `--only` names, less those `--skip` names, plus the lists that give the chosen ones
 * their ids. Never an operation that writes.
 */
import { type OperationDef, operations } from '@litmos-kit/client/operations';
import { CliError } from './cli-error.js';
import { findIdList } from './find-id-source.js';
import { suggestResources } from './list-resources.js';

/** What the command line chose. */
export interface CheckSelection {
  /** Operations or groups to call (`users.list`, `org`, `listUsers`); all when empty. */
  readonly only: readonly string[];
  /** Operations or groups not to call. */
  readonly skip: readonly string[];
  /** Path parameters given with `--param`: their lists need not be called. */
  readonly given: ReadonlySet<string>;
}

/** The operations a check calls, and those it leaves out. */
export interface CheckPlan {
  /** Sorted by path; a list that gives ids runs before the calls that need them, whatever the order. */
  readonly operations: readonly OperationDef[];
  /** Operations chosen but not called, and why. */
  readonly skipped: readonly { readonly op: OperationDef; readonly reason: string }[];
  /** Operations left out with `--skip`: a call that needs an id from one of them is not reached. */
  readonly excluded: ReadonlySet<OperationDef>;
}

const all = Object.values(operations) as OperationDef[];

/** The reads of the spec: its GET operations. */
export const readOperations: readonly OperationDef[] = all.filter((op) => op.httpMethod === 'GET');

/** The SDK method without `.list`/`.get`: the name `litmos export`/`get` use. */
const cliName = (op: OperationDef) => op.sdkMethod.replace(/\.(list|get)$/, '');

/**
 * Whether `term` names `op`: its SDK method, CLI name, operationId or path, or a group of SDK
 * methods (`org` for every `org.*`, `teams.users` for `teams.users.*`); any letter case.
 */
export function namesOperation(term: string, op: OperationDef): boolean {
  const t = term.trim().toLowerCase().replace(/\.$/, '');
  const method = op.sdkMethod.toLowerCase();
  return [method, cliName(op).toLowerCase(), op.id.toLowerCase(), op.path.toLowerCase()].includes(t) || method.startsWith(`${t}.`);
}

/** The operations `terms` name. @throws {CliError} for a term that names no GET operation. */
function named(terms: readonly string[], flag: string): Set<OperationDef> {
  const out = new Set<OperationDef>();
  for (const term of terms) {
    const found = readOperations.filter((op) => namesOperation(term, op));
    if (!found.length) {
      const near = suggestResources(
        readOperations.map((op) => ({ name: op.sdkMethod, op })),
        term,
      );
      throw new CliError(`${flag} ${JSON.stringify(term)} names no read operation`, {
        hint: `${near.length ? `did you mean ${near.join(', ')}? ` : ''}give SDK methods or groups as \`litmos ops\` lists them (users.list, org, teams.users)`,
      });
    }
    for (const op of found) out.add(op);
  }
  return out;
}

/**
 * Splits comma-separated, repeated flag values into terms (`--only users.list,teams --only org`).
 */
export function splitTerms(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * Plans a check. The Learning Record Store (`lrs.*`) is left out: it is another service, with
 * its own host and credentials, that the spec describes separately.
 * @throws {CliError} for a term that names no GET operation, or a selection that leaves nothing.
 */
export function planSpecCheck(selection: CheckSelection): CheckPlan {
  const only = named(selection.only, '--only');
  const excluded = named(selection.skip, '--skip');
  const chosen = readOperations.filter((op) => (only.size === 0 || only.has(op)) && !excluded.has(op));
  const skipped = chosen.filter((op) => op.auth !== 'apiKey').map((op) => ({ op, reason: 'the Learning Record Store has its own host and credentials' }));
  const planned = new Set(chosen.filter((op) => op.auth === 'apiKey'));
  // The lists that give ids, and the lists theirs need, unless the id is given or the list skipped.
  const pending = [...planned];
  for (let op = pending.pop(); op; op = pending.pop()) {
    for (const param of op.pathParams) {
      const list = selection.given.has(param) ? undefined : findIdList(op, param, all);
      if (list && !excluded.has(list) && !planned.has(list)) {
        planned.add(list);
        pending.push(list);
      }
    }
  }
  if (planned.size === 0 && skipped.length === 0) throw new CliError('nothing to check', { hint: '--skip leaves out every operation --only chose' });
  return { operations: [...planned].sort((a, b) => a.path.localeCompare(b.path) || a.id.localeCompare(b.id)), skipped, excluded };
}
