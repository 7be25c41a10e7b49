/**
 * Where `litmos check-spec` finds the id a path parameter needs: in the first row of the list
 * that holds such records. It is read from the paths of the spec, with two exceptions: the list
 * of `/teams/{teamId}` is `/teams`, the list of `/users/{userId}/courses/{courseId}` is
 * `/users/{userId}/courses` (a course of that person, so the call can succeed).
 */
import type { OperationDef } from '@litmos-kit/client/operations';
import { isExportable } from './list-resources.js';
import { responseFields } from './response-fields.js';

/** The list whose first row gives a path parameter its value, and the field of the row that holds it. */
export interface IdSource {
  readonly list: OperationDef;
  readonly field: string;
}

/**
 * Where the paths alone lead astray, checked first:
 * - sessions and registrations belong to instructor-led modules, which Litmos lists apart at
 *   `/courses/{courseId}/modules/ilt`: the first module of a course is often of another kind,
 *   and asking it for sessions gets a 404;
 * - Litmos lists the listings of a collection at `/collectionlistings/{collectionId}` and
 *   addresses one listing as `/collectionlistings/{listingId}/…`: no path prefix leads from one
 *   to the other.
 */
const LISTED_ELSEWHERE: readonly { readonly param: string; readonly under: RegExp; readonly list: string }[] = [
  { param: 'moduleId', under: /\/modules\/\{moduleId\}\/(sessions|registration)/, list: '/courses/{courseId}/modules/ilt' },
  { param: 'listingId', under: /^/, list: '/collectionlistings/{collectionId}' },
];

/** The part of `path` before `/{param}`, or `undefined` when the path has no such parameter. */
function prefixBefore(path: string, param: string): string | undefined {
  const at = path.indexOf(`/{${param}}`);
  return at > 0 ? path.slice(0, at) : undefined;
}

/**
 * The field of a row of `list` that holds the id of `param`: a field named after the parameter
 * (`TokenId` for `tokenId`, `CustomFieldId` for `customFieldId`), else `Id`, else the list's one
 * identity field.
 */
async function idField(list: OperationDef, param: string): Promise<string> {
  const fields = (await responseFields(list)) ?? [];
  const named = fields.find((f) => f.toLowerCase() === param.toLowerCase());
  if (named) return named;
  if (fields.includes('Id') || list.itemKey.length !== 1) return 'Id';
  return list.itemKey[0] as string;
}

/**
 * Finds the list that gives `param` of `op` its value: a list named in `LISTED_ELSEWHERE`; else
 * the GET list at the path before the parameter; else the list before the same parameter in
 * another path of the spec (a module's id comes from `/courses/{courseId}/modules`).
 * `undefined` when the spec has none. Read from the paths alone, so planning needs no codec.
 */
export function findIdList(op: OperationDef, param: string, all: readonly OperationDef[]): OperationDef | undefined {
  const lists = new Map(all.filter((o) => isExportable(o)).map((o) => [o.path, o]));
  const elsewhere = LISTED_ELSEWHERE.find((e) => e.param === param && e.under.test(op.path));
  const own = prefixBefore(op.path, param);
  let list = elsewhere ? lists.get(elsewhere.list) : own === undefined ? undefined : lists.get(own);
  for (const other of all) {
    if (list) break;
    const prefix = prefixBefore(other.path, param);
    if (prefix !== undefined) list = lists.get(prefix);
  }
  return list;
}

/**
 * The list that gives `param` of `op` its value (see `findIdList`) and the field of its rows
 * that holds the id, which is read from the list's codec (loaded on first use).
 */
export async function findIdSource(op: OperationDef, param: string, all: readonly OperationDef[]): Promise<IdSource | undefined> {
  const list = findIdList(op, param, all);
  return list && { list, field: await idField(list, param) };
}
