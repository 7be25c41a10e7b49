/**
 * The errors of failed HTTP attempts (transport.ts), built only when one fails: a client whose
 * calls succeed never loads this module. Each error is typed with the SDK's classes and scrubbed
 * of secrets. It imports nothing from the main chunk (a bundler would split that into a chunk of
 * its own): the classes and the error redactor come in as arguments.
 */
import type { isSdkError } from './error-checks.js';
import type { ErrorClasses, RequestInfoSummary, SdkError } from './errors.js';
import type { RefusedRedirect } from './follow-redirects.js';
import type { redactUrl } from './redact.js';
import type { ErrorRedactor } from './redact-error.js';

/** What the errors are made with: the SDK's classes and the client's error redactor. */
export interface TransportFailureSettings {
  readonly classes: ErrorClasses;
  readonly redactor: ErrorRedactor;
  /** The attempt timeout, for the `TimeoutError`'s message. */
  readonly timeoutMs: number;
  /** Core's check (error-checks.ts): an error already typed passes as it is. */
  readonly isSdkError: typeof isSdkError;
  /** Core's URL scrubber (redact.ts), for a redirect's target. */
  readonly redactUrl: typeof redactUrl;
}

/** Makes the redacted error of each way an attempt fails. */
export interface TransportFailures {
  /** The caller's signal stopped the attempt (before it started, or during it). */
  aborted(summary: RequestInfoSummary, cause: unknown): SdkError;
  /** What `fetch` or the body read threw: an abort, the timeout, or a connection failure. */
  attempt(error: unknown, summary: RequestInfoSummary, aborted: boolean, timedOut: boolean): SdkError;
  /** A status outside 2xx, with its body. */
  api(response: Response, body: Uint8Array, summary: RequestInfoSummary): Promise<SdkError>;
  /** A redirect that is not followed (see follow-redirects.ts). */
  redirect(summary: RequestInfoSummary, refused: RefusedRedirect): SdkError;
  /** A body longer than `maxResponseBytes`. */
  tooLarge(summary: RequestInfoSummary, status: number, maxBytes: number): SdkError;
  /** A 2xx text body that is not valid in its charset. */
  badText(summary: RequestInfoSummary, status: number, charset: string, body: Uint8Array, contentType: string | null): SdkError;
}

const lenient = new TextDecoder();

/** How errors name a request: its method and redacted URL. */
const where = (summary: RequestInfoSummary) => `${summary.method} ${summary.url}`;

/** The failures of one client's attempts. */
export function createTransportFailures(settings: TransportFailureSettings): TransportFailures {
  const { classes, redactor, timeoutMs } = settings;
  const { redactError, redactText } = redactor;
  return {
    aborted: (summary, cause) => redactError(new classes.AbortError(`${where(summary)} was aborted`, summary, { cause })),
    attempt(error, summary, aborted, timedOut) {
      if (settings.isSdkError(error)) return redactError(error);
      if (aborted) return redactError(new classes.AbortError(`${where(summary)} was aborted`, summary, { cause: error }));
      if (timedOut) return redactError(new classes.TimeoutError(`${where(summary)} timed out after ${timeoutMs} ms`, summary, { cause: error }));
      // undici says only "fetch failed"; the reason (ECONNREFUSED, ECONNRESET, …) is in its cause.
      const inner = (error as Error)?.cause as Error | undefined;
      const reason = [error, inner]
        .filter(Boolean)
        .map((e) => String((e as Error).message ?? e))
        .join(': ');
      return redactError(new classes.ConnectionError(`${where(summary)} failed: ${redactText(reason)}`, summary, { cause: error }));
    },
    async api(response, body, summary) {
      const raw = lenient.decode(body);
      const text = redactText(raw);
      // The reader of error bodies loads with the first error answer.
      const { errorDetail } = await import('./error-detail.js');
      const detail = redactText(errorDetail(text, response));
      const ErrorClass = classes.apiError(response.status, raw, response.statusText);
      return redactError(new ErrorClass(response.status, detail, text, redactor.redactHeaders(response.headers), summary));
    },
    redirect(summary, { status, location, reason }) {
      const shown = location === undefined ? undefined : redactText(settings.redactUrl(location));
      return redactError(
        new classes.RedirectError(`${where(summary)} was redirected (${status}) to ${shown ?? 'nowhere'}; not followed: ${reason}`, summary, status, shown),
      );
    },
    tooLarge: (summary, status, maxBytes) =>
      redactError(
        new classes.ResponseTooLargeError(
          `${where(summary)} answered ${status} with a body over maxResponseBytes (${maxBytes} bytes); the read was stopped`,
          summary,
          status,
          maxBytes,
        ),
      ),
    badText: (summary, status, charset, body, contentType) =>
      redactError(
        new classes.ParseError(
          `${where(summary)} answered ${status} with text that is not valid ${charset.toUpperCase()}`,
          lenient.decode(body),
          contentType ?? '',
          summary,
        ),
      ),
  };
}
