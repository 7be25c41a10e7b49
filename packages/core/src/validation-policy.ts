import type { DriftKind } from './decode-state.js';

/**
 * What an SDK does when a response differs from its spec:
 * - `'report'`: read it anyway (missing fields absent, unknown fields kept, unambiguous values
 *   converted, the rest kept as sent) and report each difference once per operation, place and kind
 *   in the body, through the `onDrift` hook and the logger;
 * - `'strict'`: throw a `ValidationError` listing the differences (for tests and CI);
 * - `'off'`: read it the same way without looking for differences (fastest).
 */
export type ValidationPolicy = 'report' | 'strict' | 'off';

/** One difference between a response and the spec, as the `onDrift` hook receives it. */
export interface DriftEvent {
  /** The operation that received the body (`listChangedUsers`). */
  readonly operation: string;
  readonly kind: DriftKind;
  /** Where in the body, with `[]` for any list index (`[].CompliantTillDate`); reported once per client. */
  readonly path: string;
  /** The first place it was seen, indices included (`[0, 'CompliantTillDate']`). */
  readonly at: readonly (string | number)[];
  /** What the spec says (`date or null`, `boolean`, the canonical field name). */
  readonly expected: string;
  /** What arrived (`missing`, `string`, the variant name); never the value itself. */
  readonly received: string;
  /** The request that got the response; `url` is redacted. */
  readonly method: string | undefined;
  readonly url: string | undefined;
}

/** The hook that sees differences between responses and the spec, for alerting on drift. */
export interface DriftHooks {
  /**
   * Called once per operation, place in the body and kind of difference per client, in the `'report'` policy. It
   * may be async (it is awaited); an exception in it is logged and otherwise ignored.
   */
  readonly onDrift?: (event: DriftEvent) => void | Promise<void>;
}

/** The validation option every SDK takes. */
export interface ValidationOptions {
  /**
   * What to do when a response differs from the spec. The API is the authority and its bodies
   * drift (fields added, left out, spelled another way, numbers sent as text):
   * - `'report'` reads every well-formed body: missing fields stay absent, unknown fields are
   *   kept, unambiguous values are converted (`"true"`, `"12"`, a number where an id string is
   *   expected), variant spellings get the spec's name, anything else is kept as sent. Each
   *   difference is reported once per operation, place in the body and kind: `hooks.onDrift` and a
   *   `warn` log line;
   * - `'strict'` throws a validation error listing the differences (tests, CI);
   * - `'off'` reads bodies the same way without looking for differences (fastest).
   * @default 'report'
   */
  readonly validation?: ValidationPolicy;
}

const POLICIES: readonly ValidationPolicy[] = ['report', 'strict', 'off'];

/**
 * Checks the `validation` option and the `onDrift` hook.
 * @throws {TypeError} when either is invalid.
 */
export function resolveValidation(validation: unknown, hooks?: DriftHooks): ValidationPolicy {
  if (validation !== undefined && !POLICIES.includes(validation as ValidationPolicy)) {
    throw new TypeError(`Expected \`validation\` to be one of ${POLICIES.map((p) => `'${p}'`).join(', ')}, got ${JSON.stringify(validation)}`);
  }
  if (hooks?.onDrift !== undefined && typeof hooks.onDrift !== 'function') throw new TypeError('Expected `hooks.onDrift` to be a function');
  return (validation as ValidationPolicy | undefined) ?? 'report';
}
