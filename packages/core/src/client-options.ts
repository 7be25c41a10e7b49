import type { HttpHooks } from './hooks.js';
import { type HttpOptions, type ResolvedHttpOptions, resolveHttpOptions } from './http-options.js';
import { type DriftHooks, resolveValidation, type ValidationOptions, type ValidationPolicy } from './validation-policy.js';

/**
 * The settings every litmos-kit client takes besides its credentials and host: HTTP
 * (`timeoutMs`, `retry`, `fetch`, `logger`, …), `validation`, and hooks around every attempt
 * plus `onDrift`.
 */
export interface ClientOptions<H extends HttpHooks & DriftHooks = HttpHooks & DriftHooks> extends HttpOptions, ValidationOptions {
  /**
   * Callbacks around every HTTP attempt (metrics, tracing), and `onDrift` for responses that
   * differ from the spec (see `validation`).
   */
  readonly hooks?: H;
}

/** `ClientOptions` after validation, with every default filled in. */
export interface ResolvedClientOptions<H extends HttpHooks & DriftHooks = HttpHooks & DriftHooks> extends ResolvedHttpOptions {
  readonly hooks: H;
  readonly validation: ValidationPolicy;
}

/**
 * Checks a client's HTTP settings, validation policy and hooks before any request is made, and
 * fills in defaults.
 * @throws {TypeError} naming the first option that is invalid.
 */
export function resolveClientOptions<H extends HttpHooks & DriftHooks>(options: ClientOptions<H>): ResolvedClientOptions<H> {
  const http = resolveHttpOptions(options);
  // `resolveHttpOptions` checks the HTTP hooks and hands the object back as it came, `onDrift` included.
  return { ...http, hooks: http.hooks as H, validation: resolveValidation(options.validation, options.hooks) };
}
