/**
 * The one call pipeline of every litmos-kit SDK. A call of an operation goes: load the
 * operation's codec (once), build the request from its definition, then attempts until one
 * succeeds or the retry budget is spent; each attempt is paced by the limiter, observed by the
 * hooks and the log, sent by the transport, and its 2xx body decoded by the generated decoder
 * (the XML reader loads on the first XML body). Connection failures, timeouts, 5xx, rate-limit
 * refusals and cut-off 200 bodies are retried by the same loop, with one backoff rule and one
 * budget for the whole call. Every error that leaves it is typed and redacted.
 */
import { buildUrl, type HttpRequest, type RequestParts } from './build-request.js';
import { bodyFormatOf, decodeBody, UndecodableBody } from './decode-body.js';
import type { DateRule } from './decode-state.js';
import type { DriftReporter } from './drift-reporter.js';
import { isSdkError } from './error-checks.js';
import type { RequestInfoSummary, SdkError } from './errors.js';
import type { FailureSettings, handleFailedAttempt } from './handle-failed-attempt.js';
import { type HttpHooks, runHook } from './hooks.js';
import type { ResolvedHttpOptions } from './http-options.js';
import { lazyErrorRedactor } from './lazy-error-redactor.js';
import { type ErrorClassesSource, errorClassesOf } from './load-error-classes.js';
import { loadOnce } from './load-once.js';
import { createLog, formatDelay, type Log } from './logger.js';
import type { OperationCodec, OperationDef } from './operation-def.js';
import { redactSecrets } from './redact.js';
import { retryRules } from './retry.js';
import { createRetryBudget, elapsedMs, type RetryBudget } from './retry-budget.js';
import { announceWait, createAttempt, type RequestLimiter } from './send-attempt.js';
import { sleep } from './sleep.js';
import { createTransport, summarize } from './transport.js';
import type { DriftHooks, ValidationPolicy } from './validation-policy.js';

/** What `createCaller` builds an SDK's calls from. */
export interface CallerSettings {
  /** The base URL of the API (`resolveBaseUrl`). */
  readonly baseUrl: string;
  /** The checked HTTP options (`resolveHttpOptions`), with the `onDrift` hook and the validation policy. */
  readonly options: ResolvedHttpOptions & { readonly hooks: HttpHooks & DriftHooks; readonly validation: ValidationPolicy };
  /** Values that must never appear in errors, logs or hooks: keys, tokens, passwords. */
  readonly secrets: readonly string[];
  /** Starts every log line (`litmos`, `ispring`, `xbox`). */
  readonly logPrefix: string;
  /** The API's name in log lines (`iSpring Learn`). */
  readonly service: string;
  /** The classes to throw (core's `defaultErrorClasses`, or the SDK's), or their loader (see `ErrorClassesSource`). */
  readonly errors: ErrorClassesSource;
  /** Builds a client-side limiter, given the SDK's log (for its own warnings). */
  readonly limiter?: ((log: Log) => RequestLimiter | undefined) | undefined;
  /** The SDK's rule for `date` fields of responses (see `DateRule`). */
  readonly date?: DateRule | undefined;
}

/** One call's request: its parameters in wire form, and the body once the codec is at hand. */
export interface CallRequest extends RequestParts {
  /** Writes the request body, given the operation's codec (which knows its XML shape); it may load its writer first. */
  readonly body?: ((codec: OperationCodec) => string | Promise<string>) | undefined;
  /** Another base URL than the client's, for an operation with a server of its own. */
  readonly baseUrl?: string | undefined;
}

/** Per-call settings. */
export interface CallSettings {
  /** Stops the call: during a request, or while it waits for the limiter or a retry. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Whether the limiter paces this call; `false` for a host it does not cover.
   * @default true
   */
  readonly paced?: boolean | undefined;
  /** Which declared fields the body must carry (see `DecodeStateSettings.expect`). @default 'required' */
  readonly expect?: 'all' | 'required' | undefined;
}

/** The decoded body of a call, its response (body already read) and the request, as errors show it. */
export interface CallResult<T> {
  readonly value: T;
  readonly response: Response;
  readonly request: RequestInfoSummary;
}

/** Calls operations of one client. */
export interface Caller {
  <T>(op: OperationDef<T>, request: CallRequest, settings?: CallSettings): Promise<CallResult<T>>;
  /** The client's log: leveled, with secrets scrubbed. */
  readonly log: Log;
}

const loaded = new WeakMap<OperationDef<unknown>, OperationCodec<unknown>>();

/** The operation's codec: loaded on its first call, then at hand without waiting (a failed load is tried again next call). */
async function loadCodec<T>(op: OperationDef<T>): Promise<OperationCodec<T>> {
  const codec = await op.load();
  loaded.set(op as OperationDef<unknown>, codec);
  return codec;
}

/** Builds the calls of one client (see the module comment). */
export function createCaller(settings: CallerSettings): Caller {
  const { options, secrets, logPrefix: prefix, service, errors, date } = settings;
  const { retry, hooks, validation: policy } = options;
  const log = createLog(options.logger, options.logLevel, secrets);
  const redactor = lazyErrorRedactor(secrets);
  const redacted = async <E extends Error>(error: E, summary: RequestInfoSummary | undefined): Promise<E> => (await redactor(summary)).redactError(error);
  const transport = createTransport({ fetch: options.fetch, timeoutMs: options.timeoutMs, maxResponseBytes: options.maxResponseBytes, secrets, errors });
  const attemptSettings = { transport, hooks, log, logPrefix: prefix, service, limiter: settings.limiter?.(log) };
  const attempt = createAttempt(attemptSettings);
  // Drift is rare once a spec is right: the reporter loads with the first difference.
  const loadReporter = loadOnce(() =>
    import('./drift-reporter.js').then(({ createDriftReporter }) =>
      createDriftReporter({
        notify: (event) => runHook(hooks.onDrift, event, 'onDrift', log, prefix),
        log,
        prefix,
        clean: (text) => redactSecrets(text, secrets),
      }),
    ),
  );
  const reportDrift: DriftReporter = async (...report) => (await loadReporter())(...report);

  const aborted = async (summary: RequestInfoSummary, attempts: number, signal: AbortSignal | undefined): Promise<SdkError> => {
    const { AbortError } = await errorClassesOf(errors, summary);
    const error = new AbortError(`${summary.method} ${summary.url} was aborted`, summary, { cause: signal?.reason });
    error.attempts = attempts;
    return error;
  };
  // Retries, the onError hook and the failure's log lines load with the client's first failure.
  const failureSettings: FailureSettings = {
    retry,
    hooks,
    log,
    prefix,
    rules: retryRules,
    formatDelay,
    runHook,
    elapsedMs,
    sleep,
    announceWait: (summary, attempt, reason, delayMs, status) => announceWait(attemptSettings, summary, attempt, reason, delayMs, status),
    aborted,
  };
  const loadFailureHandling = loadOnce(() => import('./handle-failed-attempt.js').then((loaded) => loaded.handleFailedAttempt));
  const handleFailure = async (error: SdkError, summary: RequestInfoSummary, budget: RetryBudget, signal: AbortSignal | undefined) => {
    let handle: typeof handleFailedAttempt;
    try {
      handle = await loadFailureHandling();
    } catch {
      // Not loaded (a chunk that cannot be fetched): no retry, the failure itself; tried again next time.
      throw error;
    }
    await handle(error, summary, budget, signal, failureSettings);
  };

  const caller = async <T>(op: OperationDef<T>, input: CallRequest, callSettings: CallSettings = {}): Promise<CallResult<T>> => {
    const { signal, paced = true, expect } = callSettings;
    let codec: OperationCodec<T>;
    let request: HttpRequest;
    try {
      codec = (loaded.get(op as OperationDef<unknown>) as OperationCodec<T> | undefined) ?? (await loadCodec(op));
      request = {
        method: op.httpMethod,
        url: buildUrl(input.baseUrl ?? settings.baseUrl, op, input),
        headers: input.headers,
        body: input.body ? await input.body(codec as OperationCodec) : undefined,
      };
    } catch (error) {
      // A body writer's or the URL builder's TypeError may quote values: scrubbed like any error.
      throw error instanceof Error ? await redacted(error, undefined) : error;
    }
    const summary = summarize(request, secrets);
    const budget = createRetryBudget(retry);
    const decodeSettings = { policy, date, expect, request: summary };
    for (;;) {
      let error: SdkError;
      try {
        const { response, text, contentType } = await attempt(request, summary, budget, signal, paced);
        const shape = codec.response;
        if (!shape.decode) return { value: undefined as T, response, request: summary };
        const format = bodyFormatOf(text, contentType, shape, decodeSettings);
        // The first body that needs the decoders' slow path (every XML body: the XML reader
        // comes with it) waits for it to load.
        const decoded = decodeBody(text, format, contentType, shape, decodeSettings, undefined);
        const { value, drift } = decoded instanceof Promise ? await decoded : decoded;
        if (drift.length) await reportDrift(op.id, drift, summary);
        return { value, response, request: summary };
      } catch (caught) {
        if (caught instanceof UndecodableBody) {
          // Errors raised after the answer (parse, validation) carry the body: scrubbed before any
          // hook or log line sees them.
          error = await redacted(caught.toError(await errorClassesOf(errors, summary)), summary);
        } else if (isSdkError(caught)) {
          error = await redacted(caught, summary);
        } else {
          if (signal?.aborted) throw await aborted(summary, budget.attempts, signal);
          throw caught instanceof Error ? await redacted(caught, summary) : caught;
        }
      }
      await handleFailure(error, summary, budget, signal);
    }
  };
  return Object.assign(caller, { log });
}
