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

/** Up to three names close to a mistyped one, for "did you mean" hints. */
export function suggestResources(resources: readonly CliResource[], name: string): string[] {
  const wanted = name.toLowerCase();
  const tail = wanted.split('.').pop() ?? wanted;
  return resources
    .map((r) => r.name)
    .filter((n) => n.toLowerCase().includes(tail) || wanted.includes(n.toLowerCase()))
    .slice(0, 3);
}
