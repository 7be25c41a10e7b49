/**
 * The report of `litmos check-spec`: where a real account's answers differ from the spec. It is
 * meant to be attached to a public issue as it is, so it holds only what the spec is made of
 * (operations, field names, whether a field was there, the kind of value) and never a value,
 * an id, a URL or the key. Everything here is built from the SDK's drift events, which carry the
 * kind of a value and never the value, and from error classes and statuses, never messages.
 */
import type { DriftKind } from '@litmos-kit/sdk';

/** A wire format the check asks Litmos for. */
export type WireFormat = 'xml' | 'json';

/** One place where an answer differs from the spec. */
export interface Difference {
  readonly kind: DriftKind;
  /** Where in the body, `[]` standing for any row of a list (`[].CompliantTillDate`); `(root)` for the body itself. */
  readonly path: string;
  /** What the spec says: a type (`boolean`, `date or null`), `no such field`, or the spec's spelling. */
  readonly expected: string;
  /** What arrived: a type, `missing`, or the other spelling. */
  readonly received: string;
}

/** Why an operation was not called. */
export type NotReachedReason =
  /** The list that gives `param` its id answered no rows. */
  | 'empty'
  /** That list was refused or could not be read. */
  | 'failed'
  /** Its first row has no `field`. */
  | 'no-field'
  /** It was left out with `--skip`. */
  | 'skipped'
  /** The spec names no list of such records. */
  | 'no-list'
  /** The operation needs a query parameter the check cannot choose. */
  | 'query';

/** How one operation answered in one format. */
export type AnswerOutcome =
  | {
      readonly outcome: 'answered';
      /** A list with no rows (nothing to compare but the wrapper), with rows, or one record. */
      readonly rows: 'none' | 'some' | 'record';
      readonly differences: readonly Difference[];
    }
  | {
      /** The body could not be read as the spec describes: an HTML page, a cut body, another root. */
      readonly outcome: 'unreadable';
      readonly reason: string;
      readonly differences: readonly Difference[];
    }
  | {
      /** Litmos answered with an error, or did not answer. */
      readonly outcome: 'refused';
      readonly status: number | null;
      /** The SDK's error class (`NotFoundError`, `LitmosTimeoutError`). */
      readonly error: string;
    }
  | {
      readonly outcome: 'not-reached';
      readonly reason: NotReachedReason;
      /** The path parameter or query parameter that had no value. */
      readonly param: string;
      /** The list that should have given it (`GET /teams`). */
      readonly list: string | null;
    };

/** One operation and its answers, per format. */
export interface OperationReport {
  readonly operationId: string;
  readonly sdkMethod: string;
  /** `GET /users/{userId}`: the spec's path, never a URL with ids. */
  readonly http: string;
  readonly answers: Readonly<Partial<Record<WireFormat, AnswerOutcome>>>;
}

/** A difference with its operation, merged across the formats it showed in. */
export interface ReportedDifference extends Difference {
  readonly operationId: string;
  readonly sdkMethod: string;
  readonly http: string;
  readonly formats: readonly WireFormat[];
}

/** What a report says about its run, besides the answers. */
export interface ReportSettings {
  /** Version of the CLI, which fixes the spec it compares with. */
  readonly version: string;
  /** Day of the run, UTC (`2026-11-24`). */
  readonly date: string;
  /** Where the answers came from, in words that name no host: `Litmos (region eu)`, `the local sandbox`. */
  readonly target: string;
  readonly formats: readonly WireFormat[];
  /** Most rows asked of each list. */
  readonly rowsPerList: number;
  /** Days of the `since`/`to` range given to delta (`/org/*`) operations, ending now. */
  readonly deltaDays: number;
}

/** What `litmos check-spec` writes with `--json`; the Markdown report shows the same. */
export interface SpecCheckReport extends ReportSettings {
  readonly tool: 'litmos check-spec';
  readonly summary: {
    /** Operations called or meant to be called. */
    readonly operations: number;
    /** Operations that answered in at least one format. */
    readonly answered: number;
    /** Operations whose answers differ from the spec or could not be read. */
    readonly differing: number;
    /** Distinct differences (an operation, a path and a kind), formats merged. */
    readonly differences: number;
    readonly refused: number;
    readonly notReached: number;
    readonly skipped: number;
  };
  readonly differences: readonly ReportedDifference[];
  readonly operations: readonly OperationReport[];
  /** Operations not called at all, and why (the Learning Record Store). */
  readonly skipped: readonly { readonly operationId: string; readonly http: string; readonly reason: string }[];
}

const differs = (a: AnswerOutcome | undefined) => (a?.outcome === 'answered' && a.differences.length > 0) || a?.outcome === 'unreadable';

/** Whether an operation answered (in any format) differently from the spec, or unreadably. */
export function operationDiffers(op: OperationReport): boolean {
  return Object.values(op.answers).some(differs);
}

/** Builds the report from the answers, sorted by path so that two runs compare line by line. */
export function createSpecCheckReport(settings: ReportSettings, operations: readonly OperationReport[], skipped: SpecCheckReport['skipped']): SpecCheckReport {
  const sorted = [...operations].sort((a, b) => a.http.localeCompare(b.http) || a.operationId.localeCompare(b.operationId));
  const merged = new Map<string, ReportedDifference>();
  for (const op of sorted) {
    for (const format of settings.formats) {
      const answer = op.answers[format];
      if (answer?.outcome !== 'answered' && answer?.outcome !== 'unreadable') continue;
      for (const d of answer.differences) {
        const id = [op.operationId, d.path, d.kind, d.expected, d.received].join('\u0000');
        const seen = merged.get(id);
        merged.set(
          id,
          seen
            ? { ...seen, formats: [...seen.formats, format] }
            : { operationId: op.operationId, sdkMethod: op.sdkMethod, http: op.http, ...d, formats: [format] },
        );
      }
    }
  }
  const some = (test: (a: AnswerOutcome) => boolean) => sorted.filter((op) => Object.values(op.answers).some(test)).length;
  return {
    tool: 'litmos check-spec',
    ...settings,
    summary: {
      operations: sorted.length,
      answered: some((a) => a.outcome === 'answered' || a.outcome === 'unreadable'),
      differing: sorted.filter(operationDiffers).length,
      differences: merged.size,
      refused: some((a) => a.outcome === 'refused'),
      notReached: some((a) => a.outcome === 'not-reached'),
      skipped: skipped.length,
    },
    differences: [...merged.values()],
    operations: sorted,
    skipped,
  };
}
