/** Checks run-level fault settings from the control API or `startSandbox`, so a bad value is a clear error, not a crash later. */
import { type FaultOptions, MAX_FAULT_LATENCY_MS } from './fault-plan.js';

const RATES = ['resetRate', 'truncateRate', 'htmlRate', 'errorRate'] as const;
const LATENCIES = ['latencyMs', 'latencyJitterMs'] as const;
const KNOWN = new Set<string>([...RATES, ...LATENCIES, 'errorStatuses', 'seed', 'pathPrefix']);

/**
 * Returns `value` as fault options.
 * @throws TypeError naming the first setting that is unknown or out of range.
 */
export function checkFaultOptions(value: unknown): FaultOptions {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TypeError('Faults are an object of settings');
  const options = value as Record<string, unknown>;
  for (const key of Object.keys(options)) if (!KNOWN.has(key)) throw new TypeError(`Unknown fault setting "${key}" (use ${[...KNOWN].join(', ')})`);
  for (const key of RATES) {
    const rate = options[key];
    if (rate !== undefined && !(typeof rate === 'number' && rate >= 0 && rate <= 1)) throw new TypeError(`${key} is a probability from 0 to 1`);
  }
  for (const key of LATENCIES) {
    const ms = options[key];
    if (ms !== undefined && !(Number.isInteger(ms) && (ms as number) >= 0 && (ms as number) <= MAX_FAULT_LATENCY_MS)) {
      throw new TypeError(`${key} is a whole number of milliseconds from 0 to ${MAX_FAULT_LATENCY_MS}`);
    }
  }
  const statuses = options.errorStatuses;
  if (statuses !== undefined && !(Array.isArray(statuses) && statuses.length <= 20 && statuses.every((n) => Number.isInteger(n) && n >= 400 && n <= 599))) {
    throw new TypeError('errorStatuses is a list of at most 20 statuses from 400 to 599');
  }
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed)) throw new TypeError('seed is a whole number');
  const prefix = options.pathPrefix;
  if (prefix !== undefined && !(typeof prefix === 'string' && prefix.length <= 200)) throw new TypeError('pathPrefix is a path of at most 200 characters');
  return options as FaultOptions;
}
