// @litmos-kit/core/internal: plumbing shared by the litmos-kit packages and the code generated
// for them (decoders, operation tables). Not a public API: it may change in any release. The
// public surface is `@litmos-kit/core`.
//
// Nothing here re-exports the error classes (errors.ts): with code splitting, esbuild puts in an
// app's main chunk every module that a re-export of an imported entry reaches, and the classes
// load with a client's first failure. An SDK's runtime modules therefore take the pipeline's
// parts from here, not from the main entry (which re-exports the classes for users).
export { type BodyFormat, bodyFormat } from './body-format.js';
export { resolveClientOptions } from './client-options.js';
export { createCaller } from './create-caller.js';
export { CursorPager } from './cursor-pager.js';
export { bodyFormatOf, type DecodeParts, decodeBody, type XmlReader } from './decode-body.js';
export {
  type Alternative,
  type CreateDecodeSlowPath,
  type CreateDriftRecorder,
  type DateRule,
  type DecodeIssue,
  DecodePath,
  type Decoder,
  type DecodeSlowPath,
  type DecodeSlowPathSettings,
  DecodeState,
  type DecodeStateSettings,
  type DriftRecorder,
  type Expected,
  type ListSpec,
  rfc3339Date,
  type ScalarSpec,
  SlowPathNeeded,
} from './decode-state.js';
// Types only: the reporter itself loads with a client's first drift (create-caller.ts), and a
// re-export here would pull it into every consumer's main chunk.
export type { DriftReporter, DriftReporterSettings } from './drift-reporter.js';
export { resolveHooks, runHook } from './hooks.js';
export { resolveMaxResponseBytes, resolveTimeoutMs } from './http-options.js';
export { isRecord } from './is-record.js';
// Error redaction (redact-error.ts) loads with a client's first failure: `lazyErrorRedactor`.
export { lazyErrorRedactor } from './lazy-error-redactor.js';
export { errorClassesOf } from './load-error-classes.js';
export { loadOnce } from './load-once.js';
export { createLog, formatDelay, type Log, resolveLogging } from './logger.js';
export { MAX_TIMER_MS } from './max-timer-ms.js';
export { offsetPaging } from './offset-paging.js';
export { redactFields, redactSecrets, redactUrl } from './redact.js';
// The retry rule itself loads with a client's first failure (`loadRetryDelay`).
export { resolveBaseUrl } from './resolve-base-url.js';
export { loadRetryDelay, resolveRetry, retryRules } from './retry.js';
export { createRetryBudget, elapsedMs, type RetryBudget } from './retry-budget.js';
export type { RetryRules } from './retry-delay.js';
export { rowKey } from './row-key.js';
export { Semaphore } from './semaphore.js';
export { type Attempt, type AttemptSettings, announceWait, createAttempt } from './send-attempt.js';
export { sleep } from './sleep.js';
export { sortParams } from './sort-params.js';
export { createTransport, DEFAULT_MAX_RESPONSE_BYTES, type Received, summarize, type Transport, type TransportOptions } from './transport.js';
