import { isRecord } from '@litmos-kit/core/internal';
import type { CompletionStatus, ListLearnerResultsData } from '@litmos-kit/ispring-client';
import { zListLearnerResultsQuery } from '@litmos-kit/ispring-client/zod';

/** A date range filter: either bound may be left out to leave the range open on that side. */
export interface DateRange {
  /** At or after this moment: a `Date` or an ISO 8601 date-time with an offset (`2019-12-24T21:00:00Z`). */
  readonly startDate?: Date | string;
  /** At or before this moment: a `Date` or an ISO 8601 date-time with an offset. */
  readonly endDate?: Date | string;
}

/**
 * Filters of `ispring.learners.results.list`. Array filters go out repeated with brackets
 * (`userIds[]=a&userIds[]=b`) and date ranges with named bounds (`accessDate[startDate]=…`),
 * as iSpring Learn reads them; leave a filter out to not filter on it.
 */
export interface LearnerResultsParams {
  /** Only the results of these enrollments. */
  readonly enrollmentIds?: readonly string[];
  /** Only the results of these learners (user IDs). */
  readonly userIds?: readonly string[];
  /** Only the results in these courses. */
  readonly courseIds?: readonly string[];
  /** Only results whose course was assigned in this range. */
  readonly accessDate?: DateRange;
  /** Only results whose course is due in this range. */
  readonly dueDate?: DateRange;
  /** Only results whose course was completed in this range. */
  readonly completionDate?: DateRange;
  /** Only results with one of these course statuses. */
  readonly completionStatuses?: readonly CompletionStatus[];
  /** Only the results of people in these departments (sub-departments are not included by the API). */
  readonly departmentIds?: readonly string[];
  /**
   * Only results of users with these statuses: `1` active, `3` blocked.
   * @default only active users (iSpring's default)
   */
  readonly userStatuses?: readonly (1 | 3)[];
  /**
   * Rows per page.
   * @default 1000 (iSpring's default)
   */
  readonly pageSize?: number;
}

/** The query of the generated client, under iSpring's wire names (`userIds[]`, `accessDate[startDate]`). @internal */
export type LearnerResultsQuery = NonNullable<ListLearnerResultsData['query']>;

// SDK name → wire name. The brackets belong to the wire format, not to the caller.
const ARRAY_FILTERS = {
  enrollmentIds: 'enrollmentIds[]',
  userIds: 'userIds[]',
  courseIds: 'courseIds[]',
  completionStatuses: 'completionStatuses[]',
  departmentIds: 'departmentIds[]',
  userStatuses: 'userStatuses[]',
} as const;
const RANGE_FILTERS = new Set(['accessDate', 'dueDate', 'completionDate']);
const BOUNDS = new Set(['startDate', 'endDate']);
const METHOD = 'learners.results.list';

/**
 * Turns the SDK's filters into the generated client's query, checked against the spec's
 * generated zod schema, so that a bad filter fails at the call rather than as a 400 later.
 * @throws {TypeError} naming the first unknown or invalid filter.
 * @internal
 */
export function toLearnerResultsQuery(params: LearnerResultsParams): LearnerResultsQuery {
  if (!isRecord(params)) throw new TypeError(`${METHOD}: expected the filters to be an object`);
  const query: Record<string, unknown> = {};
  // Wire name → SDK name, to name the caller's filter in zod's complaints.
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Object.hasOwn(ARRAY_FILTERS, name)) {
      // An empty list would silently mean "no filter" on the wire: refuse it rather than read everything.
      if (!Array.isArray(value) || value.length === 0)
        throw new TypeError(`${METHOD}: expected \`${name}\` to be a non-empty array (leave it out to not filter)`);
      const wire = ARRAY_FILTERS[name as keyof typeof ARRAY_FILTERS];
      query[wire] = [...value];
      names.set(wire, name);
    } else if (RANGE_FILTERS.has(name)) {
      if (!isRecord(value) || value instanceof Date)
        throw new TypeError(`${METHOD}: expected \`${name}\` to be an object with \`startDate\` and/or \`endDate\``);
      for (const [bound, date] of Object.entries(value)) {
        if (!BOUNDS.has(bound)) throw new TypeError(`${METHOD}: unknown bound \`${name}.${bound}\` (expected startDate or endDate)`);
        if (date === undefined) continue;
        const wire = `${name}[${bound}]`;
        query[wire] = dateTime(date, `${name}.${bound}`);
        names.set(wire, `${name}.${bound}`);
      }
    } else if (name === 'pageSize') {
      query.pageSize = value;
    } else {
      throw new TypeError(`${METHOD}: unknown parameter \`${name}\``);
    }
  }
  const checked = zListLearnerResultsQuery.safeParse(query);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const [wire, ...rest] = issue?.path ?? [];
    const where = `${names.get(String(wire)) ?? String(wire)}${rest.map((key) => `[${String(key)}]`).join('')}`;
    throw new TypeError(`${METHOD}: invalid \`${where}\`: ${issue?.message ?? 'does not match the spec'}`);
  }
  // In the schema's (the spec's) order, whatever the order of the caller's object: one filter set,
  // one wire form.
  const ordered = Object.keys(zListLearnerResultsQuery.shape).filter((name) => name in query);
  return Object.fromEntries(ordered.map((name) => [name, query[name]])) as LearnerResultsQuery;
}

/** A `Date` as iSpring writes date-times (UTC, whole seconds without `.000`); strings are left to the schema. */
function dateTime(value: unknown, name: string): unknown {
  if (!(value instanceof Date)) return value;
  if (Number.isNaN(value.getTime())) throw new TypeError(`${METHOD}: \`${name}\` is an invalid Date`);
  return value.toISOString().replace('.000Z', 'Z');
}
