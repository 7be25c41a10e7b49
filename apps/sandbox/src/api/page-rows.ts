/**
 * Litmos' list parameters: `search` filters, `sort`/`dir` order, then
 * `start`/`limit` cut a page. Without `sort` the order is the natural order of the records
 * (creation order), which stays stable while records change, so paging never skips or repeats.
 */

/** The list parameters of one request, already validated. */
export interface ListQuery {
  readonly start: number;
  readonly limit: number;
  readonly sort?: string;
  readonly dir: 'ASC' | 'DESC';
  readonly search?: string;
}

/** Default page size Litmos uses. */
export const DEFAULT_LIMIT = 100;
/** Largest page Litmos serves. */
export const MAX_LIMIT = 1000;

/** Fields `search` matches when a list does not say otherwise: people's names, username and
 * e-mail (documented), and the name, title or code of everything else. */
export const DEFAULT_SEARCH_FIELDS = ['FirstName', 'LastName', 'UserName', 'Email', 'Name', 'Title', 'Code'];

/** Fields `search` matches on people (documented: first and last name, username, e-mail). */
export const PERSON_SEARCH_FIELDS = ['FirstName', 'LastName', 'UserName', 'Email'];

/** Applies search, sort and the page window; also returns the number of matches before paging. */
export function pageRows<T extends object>(
  rows: readonly T[],
  query: ListQuery,
  searchFields: readonly string[] = DEFAULT_SEARCH_FIELDS,
): { page: T[]; total: number } {
  let matched: T[] = rows.slice();
  if (query.search) {
    const needle = query.search.toLowerCase();
    matched = matched.filter((row) =>
      searchFields.some((field) => {
        const value = (row as Record<string, unknown>)[field];
        return typeof value === 'string' && value.toLowerCase().includes(needle);
      }),
    );
  }
  if (query.sort) {
    const field = findField(matched[0], query.sort);
    if (field) {
      const sign = query.dir === 'DESC' ? -1 : 1;
      // Array.prototype.sort is stable, so ties keep the natural order in both directions.
      matched.sort((a, b) => sign * compareValues((a as Record<string, unknown>)[field], (b as Record<string, unknown>)[field]));
    }
  } else if (query.dir === 'DESC') {
    matched.reverse();
  }
  return { page: matched.slice(query.start, query.start + query.limit), total: matched.length };
}

/** Sort names are matched case-insensitively against the row's fields (`lastname` = `LastName`);
 * an unknown field leaves the natural order, as Litmos ignores sort names it does not know. */
function findField(sample: object | undefined, name: string): string | undefined {
  if (!sample) return undefined;
  const lower = name.toLowerCase();
  return Object.keys(sample).find((k) => k.toLowerCase() === lower);
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return -1;
  if (b === null || b === undefined || b === '') return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return (a ? 1 : 0) - (b ? 1 : 0);
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}
