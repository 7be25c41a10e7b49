/**
 * Whether `value` is a plain object (what a JSON checkpoint or a decoded body holds), not null
 * or an array; with `keys`, one that holds no other keys than those (so a cursor of one paging
 * strategy is not taken for another's).
 */
export function isRecord(value: unknown, keys?: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return keys === undefined || Object.keys(value).every((key) => keys.includes(key));
}
