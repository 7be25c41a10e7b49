import type { RequestInfoSummary } from './errors.js';
import { notLoaded } from './load-error-classes.js';
import { loadOnce } from './load-once.js';
import { redactSecrets } from './redact.js';
import type { ErrorRedactor } from './redact-error.js';

/**
 * The redaction of errors for `secrets` (redact-error.ts), loaded with the first failure that
 * needs it and kept; a load that fails is tried again next time, and rejects with a plain
 * `Error` naming `request` (see `notLoaded`).
 */
export function lazyErrorRedactor(secrets: readonly string[]): (request: RequestInfoSummary | undefined) => Promise<ErrorRedactor> {
  const load = loadOnce(() => import('./redact-error.js').then(({ createErrorRedactor }) => createErrorRedactor(secrets, { redactSecrets })));
  return (request) =>
    load().catch((error: unknown) => {
      throw notLoaded(request, 'the redaction of errors', error);
    });
}
