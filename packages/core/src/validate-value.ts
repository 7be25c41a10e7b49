import { defaultErrorClasses, type ErrorClasses, type RequestInfoSummary, type ValidationIssue } from './errors.js';

/** What `validateValue` needs of a schema: zod's (and zod/mini's) `safeParse`. */
export interface SafeParseSchema {
  safeParse(value: unknown): {
    readonly success: boolean;
    readonly error?: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] } | undefined;
  };
}

/** Settings of `validateValue`. */
export interface ValidateValueSettings {
  /** Names the operation in the message (`listLearnerResults`). */
  readonly label: string;
  /** The request the value answered, for the error. */
  readonly request?: RequestInfoSummary | undefined;
  /**
   * The class to throw.
   * @default defaultErrorClasses
   */
  readonly errors?: Pick<ErrorClasses, 'ValidationError'> | undefined;
}

/**
 * Checks a decoded body against the spec's (generated) schema and returns it as it was, so that
 * fields the spec does not know yet are kept rather than stripped.
 * @throws {ValidationError} with zod's issues when the value does not match.
 */
export function validateValue<T>(schema: SafeParseSchema, value: unknown, settings: ValidateValueSettings): T {
  const result = schema.safeParse(value);
  if (result.success) return value as T;
  // The issues as zod reports them (code, path, message and the details of each kind).
  const issues = (result.error?.issues ?? []) as readonly ValidationIssue[];
  const first = issues[0];
  const { label, request, errors = defaultErrorClasses } = settings;
  throw new errors.ValidationError(
    `${label}: the response does not match the spec (${issues.length} problem${issues.length === 1 ? '' : 's'}; first at ${first?.path.map(String).join('.') || '(root)'}: ${first?.message})`,
    issues,
    value,
    request,
  );
}
