// Reads the bundled spec for the tests: operations, their examples, and an expected decoded
// value computed from the JSON example by walking the OpenAPI schema. That walk is written
// independently of the SDK's zod-based decoder, so the two check each other.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalizeLitmosDate } from '../src/litmos-date.js';

const require = createRequire(import.meta.url);
type Json = any; // eslint-style escape: the spec is untyped JSON

/** The bundled spec as JSON. */
export const spec: Json = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/openapi.json'), 'utf8'));

export function deref(node: Json): Json {
  while (node?.$ref)
    node = node.$ref
      .slice(2)
      .split('/')
      .reduce((o: Json, k: string) => o[k], spec);
  return node;
}

const DATE_REF = '#/components/schemas/LitmosDateTime';
const isDate = (schema: Json) => schema?.$ref === DATE_REF;

/** Expected SDK output for a JSON value of `schema`: dates normalised, "" dates nulled where nullable. */
export function expectedValue(value: Json, schema: Json): Json {
  if (value === null || value === undefined) return value;
  if (isDate(schema)) return value === '' ? '' : normalizeLitmosDate(value);
  const nullableDate = (schema?.oneOf ?? []).find(isDate);
  if (nullableDate) return value === '' ? null : normalizeLitmosDate(value);
  const s = deref(schema) ?? {};
  if (Array.isArray(value)) return value.map((v) => expectedValue(v, s.items));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expectedValue(v, s.properties?.[k])]));
  }
  return value;
}

export interface SpecOperation {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly op: Json;
}

/** Every operation of the bundled spec. */
export const specOperations: SpecOperation[] = Object.entries(spec.paths).flatMap(([path, item]: [string, Json]) =>
  ['get', 'post', 'put', 'delete']
    .filter((m) => item[m])
    // Parameters may sit on the path item (shared by its methods) or on the operation.
    .map((m) => ({
      id: item[m].operationId,
      method: m.toUpperCase(),
      path,
      op: { ...item[m], parameters: [...(item.parameters ?? []), ...(item[m].parameters ?? [])] },
    })),
);

/** The first example of a media type of the success response. */
export function successExample(op: Json, mediaType: 'application/xml' | 'application/json'): { value: Json; schema: Json } | undefined {
  const code = Object.keys(op.responses).find((c) => /^2/.test(c));
  const media = deref(op.responses[code as string])?.content?.[mediaType];
  if (!media) return undefined;
  const example = media.example ?? deref(Object.values(media.examples ?? {})[0])?.value;
  return { value: example, schema: media.schema };
}

/** The JSON example of an operation's request body and its schema, if it takes one. */
export function requestExample(op: Json): { value: Json; schema: Json } | undefined {
  const media = deref(op.requestBody)?.content?.['application/json'];
  if (!media) return undefined;
  return { value: media.example ?? deref(Object.values(media.examples ?? {})[0])?.value, schema: media.schema };
}
