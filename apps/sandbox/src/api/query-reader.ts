/** A query parameter by name, case-insensitively; null when absent. */
export type QueryReader = (name: string) => string | null;

/** Case-insensitive view of the query string (WCF binds query names case-insensitively; the first value wins). */
export function queryReader(search: URLSearchParams): QueryReader {
  const lower = new Map<string, string>();
  for (const [k, v] of search) if (!lower.has(k.toLowerCase())) lower.set(k.toLowerCase(), v);
  return (name) => lower.get(name.toLowerCase()) ?? null;
}
