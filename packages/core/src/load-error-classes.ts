/**
 * Where the runtime gets the error classes it throws. A call that succeeds throws nothing, so
 * the classes (errors.ts, or an SDK's subclasses) can come from a loader and load with a
 * client's first failure: a bundler then leaves them out of the main chunk.
 */
import type { ErrorClasses, RequestInfoSummary } from './errors.js';

/**
 * An SDK's error classes (core's `defaultErrorClasses`, or its own subclasses), or a function that
 * loads them with the first failure (`() => import('./errors.js').then((m) => m.litmosErrors)`).
 * An SDK whose main entry exports its classes passes them as they are: a bundler splits a module
 * that is both imported and loaded into a chunk of its own. Core has no default loader, for the
 * same reason.
 */
export type ErrorClassesSource<K extends keyof ErrorClasses = keyof ErrorClasses> = Pick<ErrorClasses, K> | (() => Promise<Pick<ErrorClasses, K>>);

/**
 * The classes of `source` (an `ErrorClassesSource`, or an SDK's own set with more classes in it). A loader that fails (a chunk that
 * cannot be fetched) leaves nothing to throw the failure with: the promise then rejects with a
 * plain `Error` that names the request (`request`, already redacted) and has the loader's
 * error as its cause.
 */
export async function errorClassesOf<C extends object>(source: C | (() => Promise<C>), request: RequestInfoSummary | undefined): Promise<C> {
  if (typeof source !== 'function') return source;
  try {
    return await source();
  } catch (error) {
    throw notLoaded(request, 'the error classes', error);
  }
}

/**
 * What a failure is reported with when a part needed to report it (`what`) could not be loaded:
 * a plain `Error` naming the request (already redacted), with the loader's error as cause.
 */
export function notLoaded(request: RequestInfoSummary | undefined, what: string, cause: unknown): Error {
  const failed = request ? `${request.method} ${request.url}` : 'a call';
  return new Error(`${failed} failed, and ${what} to report it with could not be loaded`, { cause });
}
