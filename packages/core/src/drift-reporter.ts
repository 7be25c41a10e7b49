/**
 * Drift reporting: each difference between a body and the spec said once. The pipeline
 * (create-caller.ts) loads this module with the first difference; it imports nothing at run time
 * (redaction and the hook come in its settings), so a bundler gives it a chunk of its own.
 */
import type { DecodeIssue } from './decode-state.js';
import type { RequestInfoSummary } from './errors.js';
import type { Log } from './logger.js';
import type { DriftEvent } from './validation-policy.js';

/** Reports the differences of one response; resolves once the hook has run. */
export type DriftReporter = (operation: string, issues: readonly DecodeIssue[], request?: RequestInfoSummary) => Promise<void>;

/** Settings of `createDriftReporter`. */
export interface DriftReporterSettings {
  /** Runs the `onDrift` hook (through `runHook`, which logs a hook's failure instead of failing the call). */
  readonly notify: (event: DriftEvent) => Promise<void>;
  readonly log: Log;
  /** Starts each log line (`litmos`, `ispring`). */
  readonly prefix: string;
  /** Scrubs secrets from text: a field named after one (a server echoing the key) is redacted in events as in logs. */
  readonly clean: (text: string) => string;
  /**
   * Most differences remembered as reported. Past it the memory starts over, so a server sending
   * ever new field names cannot grow it without bound (a place may then be reported again).
   * @default 10000
   */
  readonly maxRemembered?: number;
}

/**
 * Creates one client's drift reporter: each difference is reported once per operation, place in
 * the body (`[].CompliantTillDate`) and kind, through the `onDrift` hook and as a `warn` log
 * line, so a sync job can alert on drift without drowning in one line per row. The kind is part
 * of the difference: a field first sent as text (`coerced`) and later left out (`missing`) is
 * two changes on Litmos' side, and both are worth a line.
 */
export function createDriftReporter(settings: DriftReporterSettings): DriftReporter {
  const { notify, log, prefix, clean, maxRemembered = 10_000 } = settings;
  const reported = new Set<string>();
  return async (operation, issues, request) => {
    for (const issue of issues) {
      const id = `${operation}\u0000${issue.kind}\u0000${issue.pattern}`;
      if (reported.has(id)) continue;
      if (reported.size >= maxRemembered) reported.clear();
      reported.add(id);
      // Field names come from the body: they are data, and pass through redaction like values would.
      const path = clean(issue.pattern || '(root)');
      log.warn(
        `${prefix}: ${operation}: the response differs from the spec at ${path}: expected ${issue.expected}, received ${issue.received} (${issue.kind})`,
        {
          operation,
          kind: issue.kind,
          path,
          expected: issue.expected,
          received: issue.received,
        },
      );
      const event: DriftEvent = {
        operation,
        kind: issue.kind,
        path,
        at: issue.path.map((part) => (typeof part === 'string' ? clean(part) : part)),
        expected: clean(issue.expected),
        received: clean(issue.received),
        method: request?.method,
        url: request?.url,
      };
      await notify(event);
    }
  };
}
