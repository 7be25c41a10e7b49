import { CliError } from './cli-error.js';

/**
 * Reads a whole-number flag value within bounds.
 * @throws {CliError} naming the flag and the range.
 */
export function parseIntegerOption(text: string, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new CliError(`${flag} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}, got ${JSON.stringify(text)}`);
  }
  return value;
}
