/**
 * The CLI's resource names, derived from the spec's operations (never a hand-kept list): the
 * SDK method name without a trailing `.list` for exports (`users.list` → `users`,
 * `teams.users.list` → `teams.users`, `org.users.changed` as it is) and without a trailing
 * `.get` for `litmos get` (`users.get` → `users`, `courses.details` as it is).
 */
import { type OperationDef, operations } from '@litmos-kit/client/operations';
import { isArrayResponse } from './response-fields.js';

/** An operation the CLI can run, under the name the command line uses for it. */
export interface CliResource {
  /** The name on the command line: `users`, `org.users.changed`, `teams.users`. */
  readonly name: string;
  readonly op: OperationDef;
}

const all = Object.values(operations) as OperationDef[];

/** Whether `litmos export` can read an operation: a GET that pages, or that answers with a list. */
export function isExportable(op: OperationDef): boolean {
  return op.httpMethod === 'GET' && (op.paging === 'offset' || isArrayResponse(op));
}

/** Whether `litmos get` can read an operation: a GET of one record, named by path parameters. */
export function isGettable(op: OperationDef): boolean {
  return op.httpMethod === 'GET' && op.paging === 'none' && op.pathParams.length > 0 && !isArrayResponse(op);
}

/** Every resource `litmos export` knows, sorted by name. */
export function exportResources(): CliResource[] {
  return all
    .filter(isExportable)
    .map((op) => ({ name: op.sdkMethod.replace(/\.list$/, ''), op }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Every resource `litmos get` knows, sorted by name. */
export function getResources(): CliResource[] {
  return all
    .filter(isGettable)
    .map((op) => ({ name: op.sdkMethod.replace(/\.get$/, ''), op }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Finds a resource by its CLI name; the SDK method name (`users.list`) and the spec's
 * operationId (`listUsers`) are accepted too.
 */
export function findResource(resources: readonly CliResource[], name: string): CliResource | undefined {
  return resources.find((r) => r.name === name || r.op.sdkMethod === name || r.op.id === name);
}

/**
 * Up to three names close to a mistyped one, closest first: a few typos away (a missing,
 * extra, wrong or swapped letter, case ignored), or else names that have it as a whole part
 * (`attendance` → `courses.sessions.attendance`).
 */
export function suggestResources(resources: readonly CliResource[], name: string): string[] {
  const wanted = name.toLowerCase();
  // Two typos, or one per four letters in long names: `usr` → users, `achievments` → achievements.
  const tolerance = Math.max(2, Math.floor(wanted.length / 4));
  const close = resources
    .map((r) => ({ name: r.name, distance: Math.min(editDistance(wanted, r.name.toLowerCase()), editDistance(wanted, r.op.sdkMethod.toLowerCase())) }))
    .filter((r) => r.distance <= tolerance)
    .sort((a, b) => a.distance - b.distance || a.name.length - b.name.length || a.name.localeCompare(b.name))
    .map((r) => r.name);
  if (close.length) return close.slice(0, 3);
  return resources
    .map((r) => r.name)
    .filter((n) => n.toLowerCase().split('.').includes(wanted))
    .slice(0, 3);
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`: the optimal string alignment distance. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => rows[i]?.[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}
