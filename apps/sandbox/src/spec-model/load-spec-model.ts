/**
 * Turns the bundled OpenAPI document into the operation table the sandbox routes with. Nothing
 * about Litmos' operations is hard-coded here: paths, parameters, status codes and schemas all
 * come from `spec/dist/openapi.json`, so operations added to the spec appear in the sandbox (as
 * 501 until a handler exists) without touching this file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { matchRoute, type RouteMatch } from './match-route.js';
import { createRefResolver, deref, type RefResolver, type Schema } from './schema-tools.js';

export type { RouteMatch } from './match-route.js';

/** A query, path or header parameter of an operation, with its `$ref` resolved. */
export interface SpecParameter {
  readonly name: string;
  readonly in: 'query' | 'path' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: Schema;
}

/** The `x-litmos-sdk` extension of an operation. */
export interface SdkExtension {
  readonly method?: string;
  readonly paging?: string;
  readonly delta?: boolean;
  readonly itemKey?: readonly string[];
}

/** One operation of the spec. */
export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  /** Path template as written in the spec, such as `/users/{userId}`. */
  readonly path: string;
  /** Method and path with parameter names blanked (`GET /users/{}`): the key handlers register
   * under, so a renamed path parameter does not unplug a handler. */
  readonly shape: string;
  readonly parameters: readonly SpecParameter[];
  /** Response objects by status code, `$ref`s resolved. */
  readonly responses: Readonly<Record<string, { content?: Record<string, { schema?: Schema }> }>>;
  readonly requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  readonly sdk: SdkExtension;
  /** Literal path segments (lower-cased) and `undefined` for parameters. */
  readonly segments: readonly (string | undefined)[];
  /** Names of the path parameters, in order. */
  readonly pathParams: readonly string[];
}

/** The spec as the sandbox uses it. */
export interface SpecModel {
  readonly doc: Schema;
  readonly operations: readonly SpecOperation[];
  readonly resolve: RefResolver;
  /** Finds the operation for a request path (without the `/v1.svc` base). */
  match(method: string, path: string): RouteMatch;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** The shape key of a method and path template: `GET /users/{}`. */
export function operationShape(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;
}

/**
 * Default location of the bundled spec: the copy the build puts beside this module (what the
 * published package ships), else the `@litmos-kit/spec` workspace package (tests run from src/).
 */
export function defaultSpecPath(): string {
  const shipped = fileURLToPath(new URL('../litmos-openapi.json', import.meta.url));
  return existsSync(shipped) ? shipped : createRequire(import.meta.url).resolve('@litmos-kit/spec/openapi.json');
}

/**
 * Builds the model from a bundled document (object) or the path of a bundled JSON file.
 * @param source the document, or a path; defaults to the workspace bundle.
 */
export function loadSpecModel(source: Schema | string = defaultSpecPath()): SpecModel {
  const doc = typeof source === 'string' ? (JSON.parse(readFileSync(source, 'utf8')) as Schema) : source;
  const resolve = createRefResolver(doc);
  const operations: SpecOperation[] = [];
  const paths = (doc.paths ?? {}) as Record<string, Schema>;
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(rawItem, resolve);
    const shared = (item.parameters ?? []) as Schema[];
    for (const method of METHODS) {
      const raw = item[method] as Schema | undefined;
      if (raw) operations.push(readOperation(path, method, raw, shared, resolve));
    }
  }
  return { doc, operations, resolve, match: (method, path) => matchRoute(operations, method, path) };
}

/** One operation of a path item, with its shared and own parameters merged (own ones win). */
function readOperation(path: string, method: string, raw: Schema, shared: readonly Schema[], resolve: RefResolver): SpecOperation {
  const byKey = new Map<string, SpecParameter>();
  for (const p of [...shared, ...((raw.parameters ?? []) as Schema[])]) {
    const param = deref(p, resolve);
    byKey.set(`${String(param.in)}:${String(param.name)}`, {
      name: String(param.name),
      in: param.in as SpecParameter['in'],
      required: param.required === true,
      schema: deref((param.schema ?? {}) as Schema, resolve),
    });
  }
  const responses: Record<string, { content?: Record<string, { schema?: Schema }> }> = {};
  for (const [status, r] of Object.entries((raw.responses ?? {}) as Record<string, Schema>)) {
    responses[status] = deref(r, resolve) as { content?: Record<string, { schema?: Schema }> };
  }
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((s) => (/^\{.+\}$/.test(s) ? undefined : s.toLowerCase()));
  return {
    operationId: String(raw.operationId ?? `${method} ${path}`),
    method: method.toUpperCase(),
    path,
    shape: operationShape(method, path),
    parameters: [...byKey.values()],
    responses,
    ...(raw.requestBody ? { requestBody: deref(raw.requestBody as Schema, resolve) as SpecOperation['requestBody'] & object } : {}),
    sdk: (raw['x-litmos-sdk'] ?? {}) as SdkExtension,
    segments,
    pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
  };
}
