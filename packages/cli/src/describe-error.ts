/**
 * Turns any failure into the one line the CLI prints and the exit code it ends with. The hints
 * name the usual causes: a wrong key, a key of another region (401 or 403: sources differ), a
 * range over Litmos' 7-day limit, a host that cannot be reached.
 */
import {
  AuthenticationError,
  isLitmosError,
  LitmosAbortError,
  LitmosApiError,
  LitmosConnectionError,
  LitmosParseError,
  LitmosTimeoutError,
  LitmosValidationError,
  NotAcceptableError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from '@litmos-kit/sdk';
import { CliError } from './cli-error.js';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';

/** What the CLI prints for a failure, and how it exits. */
export interface ErrorReport {
  readonly message: string;
  readonly hint: string | undefined;
  readonly exitCode: ExitCodeValue;
}

/** Where the failure happened, for sharper hints. */
export interface ErrorContext {
  /** The resource being read, e.g. `org.users.changed`. */
  readonly resource?: string;
  /** Whether it is a delta (`/org/*`) listing. */
  readonly delta?: boolean;
  /** Whether a single record was asked for (`litmos get`). */
  readonly record?: string;
}

const REGION_HINT =
  'check the key (LITMOS_API_KEY or --api-key; an Account Owner key from Litmos) and the region: a key of another region is refused the same way, so try --region us, eu or au';

const FORBIDDEN_HINT =
  "check the API key (LITMOS_API_KEY or --api-key; a key of another region is refused too, so try --region us, eu or au), that the base URL uses HTTPS and that a source is sent; otherwise the key's access level or a feature turned off for the account does not allow the call";

/** Describes a failure of a command. */
export function describeError(error: unknown, context: ErrorContext = {}): ErrorReport {
  if (error instanceof CliError) return { message: error.message, hint: error.hint, exitCode: error.exitCode };
  if (error instanceof TypeError && !isLitmosError(error)) {
    // The SDK checks options and parameters with TypeErrors before any request.
    return { message: error.message, hint: 'see `litmos <command> --help`', exitCode: ExitCode.usage };
  }
  if (!isLitmosError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      message: `unexpected error: ${message}`,
      hint: 'run again with --verbose for details; this is a bug if it repeats',
      exitCode: ExitCode.unexpected,
    };
  }
  const status = error instanceof LitmosApiError ? ` (${error.status} ${error.detail})` : '';
  if (error instanceof LitmosAbortError) return { message: 'interrupted', hint: undefined, exitCode: ExitCode.interrupted };
  if (error instanceof AuthenticationError) return { message: `Litmos refused the API key${status}`, hint: REGION_HINT, exitCode: ExitCode.auth };
  if (error instanceof PermissionDeniedError) {
    // Litmos' overview gives 403 for a wrong key, plain HTTP and a missing source, so a 403 on the
    // first request is as likely a refused key as a call the key may not make.
    return { message: `Litmos refused the API key or the call${status}`, hint: FORBIDDEN_HINT, exitCode: ExitCode.auth };
  }
  if (error instanceof NotFoundError) {
    const html = /<html/i.test(error.body);
    return {
      message: context.record ? `Litmos has no ${context.record}${status}` : `Litmos found no such path${status}`,
      hint: html
        ? 'this is not a Litmos API path: check --base-url/LITMOS_BASE_URL (it ends in /v1.svc)'
        : context.record
          ? 'check the id (and any --param); `litmos export` lists the ids that exist'
          : 'check the --param values (ids of records that exist)',
      exitCode: ExitCode.notFound,
    };
  }
  if (error instanceof NotAcceptableError) {
    return {
      message: `Litmos refused the request${status}`,
      hint: context.delta
        ? 'delta calls take since/to at most 7 days apart (YYYY-MM-DD HH:MM:SS, UTC); the CLI splits --since/--to into 7-day windows itself, so check that --since is before --to'
        : 'check --page-size (at most 1000) and the date parameters',
      exitCode: ExitCode.api,
    };
  }
  if (error instanceof RateLimitError) {
    return {
      message: `Litmos kept refusing requests over its rate limit${status} after ${error.attempts} attempts`,
      hint: "another client is spending this key's budget (100 requests per 60 s); run later, or lower --rate-limit so both fit",
      exitCode: ExitCode.rateLimited,
    };
  }
  if (error instanceof LitmosConnectionError || error instanceof LitmosTimeoutError) {
    return { message: error.message, hint: 'check --region/LITMOS_REGION or --base-url/LITMOS_BASE_URL, and the network', exitCode: ExitCode.network };
  }
  if (error instanceof LitmosParseError) {
    return {
      message: `${error.message} (${error.contentType ?? 'no Content-Type'})`,
      hint: 'Litmos or a proxy sent a cut or HTML body; run again (with --resume after an export to a file)',
      exitCode: ExitCode.api,
    };
  }
  if (error instanceof LitmosValidationError) {
    return { message: error.message, hint: 'the answer does not match the spec; try --wire json (or xml), and report it', exitCode: ExitCode.api };
  }
  return { message: error.message, hint: 'Litmos failed; run again later (with --resume after an export to a file)', exitCode: ExitCode.api };
}

/** The single line printed for a report. */
export function formatErrorReport(report: ErrorReport): string {
  return `litmos: error: ${report.message}${report.hint ? ` (hint: ${report.hint})` : ''}`;
}
