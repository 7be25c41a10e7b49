/**
 * The drift recorder of the generated decoders (see decode-state.ts): keeps the differences
 * between a body and the spec as `DecodeIssue`s (in words: `string of at most 50 characters or
 * null`), and builds the `ValidationError` of a body that fails. Only a body that differs from
 * the spec needs it, so the call pipeline loads it with the first such body (decode-body.ts);
 * it imports nothing at run time.
 */
import type { CreateDriftRecorder, DecodeIssue, DecodePath, DriftKind, DriftRecorder, Expected, ScalarSpec } from './decode-state.js';
import type { ErrorClasses, RequestInfoSummary, ValidationError, ValidationIssue } from './errors.js';

/** The drift recorder of one decoding. */
export const createDriftRecorder: CreateDriftRecorder = (settings) => new Recorder(settings.strict, settings.maxIssues);

class Recorder implements DriftRecorder {
  readonly issues: DecodeIssue[] = [];
  count = 0;
  readonly #strict: boolean;
  readonly #maxIssues: number;
  /** Report mode: the patterns seen in this body, so 1,000 rows missing one field make one issue (made on the first). */
  #seen: Set<string> | undefined;

  constructor(strict: boolean, maxIssues: number) {
    this.#strict = strict;
    this.#maxIssues = maxIssues;
  }

  record(kind: DriftKind, path: DecodePath | undefined, key: string | number | undefined, expected: Expected, received: string): void {
    this.count++;
    const base = path ? patternOf(path) : '';
    const pattern = key === undefined ? base : base === '' ? String(key) : `${base}.${key}`;
    if (!this.#strict) {
      const id = `${kind}\u0000${pattern}`;
      this.#seen ??= new Set();
      if (this.#seen.has(id)) return;
      this.#seen.add(id);
    }
    if (this.issues.length >= this.#maxIssues) return;
    const concrete: (string | number)[] = [];
    for (let node: DecodePath | undefined = path; node; node = node.up) concrete.push(node.key);
    concrete.reverse();
    if (key !== undefined) concrete.push(key);
    this.issues.push({ kind, path: concrete, pattern, expected: typeof expected === 'string' ? expected : describe(expected), received });
  }
}

const patterns = new WeakMap<DecodePath, string>();

/** The path with `[]` for every index, the same for all items of a list (kept per path: a list's items share one). */
function patternOf(path: DecodePath): string {
  let pattern = patterns.get(path);
  if (pattern === undefined) {
    const up = path.up ? patternOf(path.up) : '';
    pattern = path.item ? `${up}[]` : up === '' ? String(path.key) : `${up}.${path.key}`;
    patterns.set(path, pattern);
  }
  return pattern;
}

const descriptions = new WeakMap<ScalarSpec, string>();

/** What the spec expects, in words (`string of at most 50 characters or null`). */
function describe(spec: ScalarSpec): string {
  let text = descriptions.get(spec);
  if (text !== undefined) return text;
  if (spec.enum) text = `one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  else {
    text = spec.type === 'any' ? 'any value' : spec.format ? `${spec.type} (${spec.format})` : spec.type;
    const limits: string[] = [];
    if (spec.minLength !== undefined) limits.push(`at least ${spec.minLength}`);
    if (spec.maxLength !== undefined) limits.push(`at most ${spec.maxLength}`);
    if (limits.length) text += ` of ${limits.join(' and ')} characters`;
    if (spec.pattern) text += ` matching ${spec.pattern.source}`;
    const range = [
      spec.minimum !== undefined ? `≥ ${spec.minimum}` : '',
      spec.exclusiveMinimum !== undefined ? `> ${spec.exclusiveMinimum}` : '',
      spec.maximum !== undefined ? `≤ ${spec.maximum}` : '',
      spec.exclusiveMaximum !== undefined ? `< ${spec.exclusiveMaximum}` : '',
    ].filter(Boolean);
    if (range.length) text += ` ${range.join(' and ')}`;
  }
  if (spec.nullable) text += ' or null';
  descriptions.set(spec, text);
  return text;
}

/** What a decoding found that makes the body fail: a root of the wrong kind, or differences under `'strict'`. */
export interface DecodeFailure {
  /** The operation, for the message (`listAchievements`). */
  readonly label: string;
  /** `DecodeState.wrongRoot`. */
  readonly wrongRoot: string | undefined;
  readonly issues: readonly DecodeIssue[];
  readonly issueCount: number;
  /** The decoded value. */
  readonly value: unknown;
  readonly request: RequestInfoSummary | undefined;
  readonly ValidationError: ErrorClasses['ValidationError'];
  readonly kindOf: (value: unknown) => string;
}

/**
 * The error for a body that decoded but fails: its root is another kind of value than the spec
 * describes (under any policy), or it differs from the spec under `'strict'`.
 */
export function decodeFailure(failure: DecodeFailure): ValidationError {
  const { label, wrongRoot, value, request, ValidationError, kindOf } = failure;
  if (wrongRoot) {
    const received = kindOf(value);
    const issue = { code: 'mismatch', path: [], message: `expected ${wrongRoot}, received ${received}`, expected: wrongRoot, received };
    return new ValidationError(`${label}: the response is not the ${wrongRoot} the spec describes, but ${article(received)}`, [issue], value, request);
  }
  const issues = failure.issues.map(toValidationIssue);
  const first = issues[0];
  const count = failure.issueCount;
  return new ValidationError(
    `${label}: the response does not match the spec (${count} problem${count === 1 ? '' : 's'}; first at ${first?.path.join('.') || '(root)'}: ${first?.message})`,
    issues,
    value,
    request,
  );
}

const article = (kind: string) => (kind === 'missing' || kind === 'null' ? kind : /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

function toValidationIssue(issue: DecodeIssue): ValidationIssue {
  const message =
    issue.kind === 'missing'
      ? `missing (expected ${issue.expected})`
      : issue.kind === 'unknown'
        ? `not in the spec (${issue.received})`
        : issue.kind === 'respelled'
          ? `spelled ${issue.received} instead of ${issue.expected}`
          : `expected ${issue.expected}, received ${issue.received}`;
  return { code: issue.kind, path: issue.path, message, expected: issue.expected, received: issue.received };
}
