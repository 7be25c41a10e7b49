import type { RequestInfoSummary } from './errors.js';
import { notLoaded } from './load-error-classes.js';
import { redactSecrets } from './redact.js';
import type { ErrorRedactor } from './redact-error.js';

/**
 * The redaction of errors for `secrets` (redact-error.ts), loaded with the first failure that
 * needs it and kept; a load that fails is tried again next time, and rejects with a plain
 * `Error` naming `request` (see `notLoaded`).
 */
export function lazyErrorRedactor(secrets: readonly string[]): (request: RequestInfoSummary | undefined) => Promise<ErrorRedactor> {
  let loading: Promise<ErrorRedactor> | undefined;
  return async (request) => {
    loading ??= import('./redact-error.js').then(({ createErrorRedactor }) => createErrorRedactor(secrets, { redactSecrets }));
    try {
      return await loading;
    } catch (error) {
      loading = undefined;
      throw notLoaded(request, 'the redaction of errors', error);
    }
  };
}
