// The bundled Litmos spec as the mock tests read it: operations with their parameters merged,
// URLs built from the parameters' examples, and where the records of a list sit in its XML.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Json = any;

/** The bundled spec (JSON form). */
export const spec: Json = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/openapi.json'), 'utf8'));

export function deref(node: Json): Json {
  let current = node;
  while (current?.$ref)
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((o: Json, k: string) => o[k], spec);
  return current;
}

export interface Operation {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly op: Json;
  readonly parameters: Json[];
}

export const operations: Operation[] = Object.entries(spec.paths).flatMap(([path, item]: [string, Json]) =>
  ['get', 'post', 'put', 'delete']
    .filter((method) => item[method])
    .map((method) => ({
      id: item[method].operationId as string,
      method: method.toUpperCase(),
      path,
      op: item[method],
      parameters: [...(item.parameters ?? []), ...(item[method].parameters ?? [])].map(deref),
    })),
);

/** The path with its parameters' examples, plus `source` and the required query parameters. */
export function exampleUrl(operation: Operation, extra: Record<string, string> = {}): string {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === name);
    return encodeURIComponent(String(parameter?.example ?? 'x'));
  });
  const query = new URLSearchParams();
  for (const p of operation.parameters) if (p.in === 'query' && p.required) query.set(p.name, String(p.example));
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  return `${path}?${query}`;
}

/** The JSON example of the success response. */
export function jsonExample(operation: Operation): Json {
  const code = Object.keys(operation.op.responses).find((c) => /^2/.test(c)) as string;
  const media = deref(operation.op.responses[code])?.content?.['application/json'];
  return media?.example ?? deref(Object.values(media?.examples ?? {})[0])?.value;
}

/**
 * Where a list's records sit in its XML form, read from the spec: the root element, an optional
 * wrapper element, and the record element's name.
 */
export function xmlListShape(operation: Operation): { root: string; wrapper?: string; item: string } | undefined {
  const code = Object.keys(operation.op.responses).find((c) => /^2/.test(c)) as string;
  const schema = deref(deref(operation.op.responses[code])?.content?.['application/xml']?.schema);
  const entries = Object.entries(schema?.properties ?? {}) as [string, Json][];
  if (entries.length !== 1) return undefined;
  const [name, raw] = entries[0]!;
  const property = deref(raw);
  if (property?.type !== 'array') return undefined;
  const item = property.items?.xml?.name ?? deref(property.items)?.xml?.name ?? name;
  return property.xml?.wrapped ? { root: schema.xml.name, wrapper: property.xml.name ?? name, item } : { root: schema.xml.name, item };
}

/** Operations that page with `start` and answer a bare JSON list. */
export const pagedLists = operations.filter(
  (operation) => operation.parameters.some((p) => p.in === 'query' && p.name === 'start') && Array.isArray(jsonExample(operation)),
);
