/**
 * Reads the Ids out of a "list of Ids" body, whatever its form: the JSON bare array
 * `[{"Id": …}]` or the XML wrapper read as `{ Course: [{ Id }] }`.
 */
export function bodyIds(body: unknown): string[] {
  const list = Array.isArray(body) ? body : body && typeof body === 'object' ? ((Object.values(body).find(Array.isArray) as unknown[] | undefined) ?? []) : [];
  return list.map((item) => (item && typeof item === 'object' ? String((item as Record<string, unknown>).Id ?? '') : ''));
}

/** The items of a list body (bare JSON array or XML wrapper), as records. */
export function bodyItems(body: unknown): Array<Record<string, unknown>> {
  const list = Array.isArray(body) ? body : body && typeof body === 'object' ? ((Object.values(body).find(Array.isArray) as unknown[] | undefined) ?? []) : [];
  return list.filter((item): item is Record<string, unknown> => Boolean(item) && typeof item === 'object');
}
