import { CliError } from './cli-error.js';
import { parseIntegerOption } from './parse-integer-option.js';

/**
 * Reads `--rate-limit <requests>/<ms>`, e.g. `100/60000` (Litmos' budget per key).
 * @throws {CliError} for another form.
 */
export function parseRateLimitOption(text: string): { limit: number; windowMs: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match)
    throw new CliError(`--rate-limit must be <requests>/<milliseconds>, got ${JSON.stringify(text)}`, {
      hint: 'Litmos allows 100/60000 per key; give a share of it when another client uses the same key, e.g. 50/60000',
    });
  return {
    limit: parseIntegerOption(match[1] as string, '--rate-limit requests', 1),
    windowMs: parseIntegerOption(match[2] as string, '--rate-limit milliseconds', 1),
  };
}
