/**
 * Calls each planned operation once in one wire format and records how it answered. A list is
 * read one page deep; a call that needs an id takes it from the first row of the list that holds
 * such records (see find-id-source.ts), which is called first if it has not been yet. The
 * differences themselves arrive through the SDK's `onDrift` hook, in its report mode; this
 * module only asks for them after each call.
 */
import { type OperationDef, operations } from '@litmos-kit/client/operations';
import {
  AuthenticationError,
  type Litmos,
  LitmosAbortError,
  LitmosApiError,
  LitmosConnectionError,
  LitmosParseError,
  LitmosTimeoutError,
  LitmosValidationError,
  type Pager,
  PermissionDeniedError,
  RateLimitError,
} from '@litmos-kit/sdk';
import { findIdSource } from './find-id-source.js';
import type { CheckPlan } from './plan-spec-check.js';
import { methodOf } from './read-pages.js';
import type { AnswerOutcome, Difference, NotReachedReason } from './spec-check-report.js';

/** What a check in one format runs with. */
export interface CheckAnswersOptions {
  /** A client in the format to check, in the `report` validation mode. */
  readonly litmos: Litmos;
  /** The differences the client's `onDrift` hook saw in the answer of an operation (by operationId). */
  readonly differencesOf: (operationId: string) => readonly Difference[];
  readonly plan: CheckPlan;
  /** Path parameters given on the command line. */
  readonly given: Readonly<Record<string, string>>;
  /** Rows asked of each list. */
  readonly pageSize: number;
  /** Days of the delta range, which ends now. */
  readonly deltaDays: number;
  readonly signal: AbortSignal;
  /** Called after each operation, with how it answered. */
  readonly onAnswer?: (op: OperationDef, answer: AnswerOutcome) => void;
}

type ListMethod = (params: object, options: object) => Pager<unknown>;
type CallMethod = (params: object, options: object) => Promise<unknown>;

const all = Object.values(operations) as OperationDef[];
const DAY_MS = 86_400_000;

/** An answer and, for a list, its rows (to take ids from). */
interface Answered {
  readonly answer: AnswerOutcome;
  readonly rows: readonly unknown[] | undefined;
}

/**
 * Errors that end the whole check: the key is refused (every call would be: a 401, or a 403
 * before anything answered, which Litmos' overview gives for a wrong key or a missing source),
 * the rate budget is spent by someone else (more calls would only spend it further), the user
 * stopped it, or the host cannot be reached before anything answered (a wrong region or base URL).
 * A 403 after some call answered is the key's access level for that call: it is reported.
 */
function isFatal(error: unknown, anyAnswered: boolean): boolean {
  if (error instanceof AuthenticationError || error instanceof RateLimitError || error instanceof LitmosAbortError) return true;
  return !anyAnswered && (error instanceof PermissionDeniedError || error instanceof LitmosConnectionError || error instanceof LitmosTimeoutError);
}

/** Why a body could not be read, in words that quote nothing of it. */
function unreadableReason(error: LitmosParseError): string {
  const type =
    (error.contentType ?? '')
      .split(';')[0]
      ?.trim()
      .replace(/[^\w.+/-]/g, '') ?? '';
  if (/html/i.test(type)) return 'an HTML page instead of XML or JSON';
  return `a body that is not the XML or JSON the spec describes (${type || 'no content type'})`;
}

/** How a failed call ends up in the report. @throws the error when it ends the whole check. */
function failedAnswer(error: unknown, anyAnswered: boolean): AnswerOutcome {
  if (isFatal(error, anyAnswered)) throw error;
  if (error instanceof LitmosValidationError) {
    // Thrown in report mode only when the root is another kind of value (an object for a list).
    const differences = error.issues.map((issue) => ({
      kind: 'mismatch' as const,
      path: issue.path.map(String).join('.') || '(root)',
      expected: String(issue.expected ?? 'another value'),
      received: String(issue.received ?? 'another value'),
    }));
    return { outcome: 'unreadable', reason: 'a body of another shape than the spec describes', differences };
  }
  if (error instanceof LitmosParseError) return { outcome: 'unreadable', reason: unreadableReason(error), differences: [] };
  if (error instanceof LitmosApiError) return { outcome: 'refused', status: error.status, error: error.name };
  if (error instanceof LitmosConnectionError || error instanceof LitmosTimeoutError) return { outcome: 'refused', status: null, error: error.name };
  throw error;
}

/**
 * Checks every planned operation in one format. Resolves to how each answered, by operationId.
 * @throws the first error that ends the whole check (see `isFatal`).
 */
export async function checkAnswers(options: CheckAnswersOptions): Promise<Map<string, AnswerOutcome>> {
  const { litmos, plan, given, pageSize, signal } = options;
  const planned = new Set(plan.operations);
  const answers = new Map<OperationDef, Promise<Answered>>();
  let anyAnswered = false;

  const notReached = (reason: NotReachedReason, param: string, list?: OperationDef): Answered => ({
    answer: { outcome: 'not-reached', reason, param, list: list ? `GET ${list.path}` : null },
    rows: undefined,
  });

  /** The value of one path parameter, or why there is none. */
  const idOf = async (op: OperationDef, param: string): Promise<string | Answered> => {
    const value = given[param];
    if (value !== undefined) return value;
    const source = await findIdSource(op, param, all);
    if (!source) return notReached('no-list', param);
    if (!planned.has(source.list)) return notReached('skipped', param, source.list);
    const { answer, rows } = await answerOf(source.list);
    if (answer.outcome !== 'answered') return notReached('failed', param, source.list);
    if (!rows?.length) return notReached('empty', param, source.list);
    const id = (rows[0] as Record<string, unknown> | null)?.[source.field];
    return typeof id === 'string' || typeof id === 'number' ? String(id) : notReached('no-field', param, source.list);
  };

  const call = async (op: OperationDef): Promise<Answered> => {
    const params: Record<string, unknown> = {};
    for (const param of op.pathParams) {
      const id = await idOf(op, param);
      if (typeof id !== 'string') return id;
      params[param] = id;
    }
    // Delta operations take a range ending now (the SDK moves `to` a little into the future, so
    // today counts); a few minutes are kept off the 7 days so that the move stays within them.
    const required = (name: string) => op.query.some((q) => q.name === name && q.required);
    const now = Date.now();
    if (required('since')) params.since = new Date(now - options.deltaDays * DAY_MS + 600_000);
    if (required('to')) params.to = new Date(now);
    const missing = op.query.find((q) => q.required && !['source', 'since', 'to'].includes(q.name));
    if (missing) return notReached('query', missing.name);
    if (op.query.some((q) => q.name === 'limit')) params.limit = pageSize;
    try {
      let rows: readonly unknown[] | undefined;
      let record = false;
      if (op.paging === 'offset') {
        rows = [];
        for await (const page of methodOf<ListMethod>(litmos, op.sdkMethod)(params, { signal, maxPages: 1 }).pages()) {
          rows = page.items;
          break;
        }
      } else {
        const value = await methodOf<CallMethod>(litmos, op.sdkMethod)(params, { signal });
        if (Array.isArray(value)) rows = value;
        else record = true;
      }
      anyAnswered = true;
      const answer: AnswerOutcome = {
        outcome: 'answered',
        rows: record ? 'record' : rows?.length ? 'some' : 'none',
        differences: options.differencesOf(op.id),
      };
      return { answer, rows };
    } catch (error) {
      return { answer: failedAnswer(error, anyAnswered), rows: undefined };
    }
  };

  const answerOf = (op: OperationDef): Promise<Answered> => {
    let pending = answers.get(op);
    if (!pending) {
      pending = call(op);
      answers.set(op, pending);
      pending.then(({ answer }) => options.onAnswer?.(op, answer)).catch(() => undefined);
    }
    return pending;
  };

  const out = new Map<string, AnswerOutcome>();
  for (const op of plan.operations) out.set(op.id, (await answerOf(op)).answer);
  return out;
}
