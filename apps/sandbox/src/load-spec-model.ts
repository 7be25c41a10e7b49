/**
 * Turns the bundled OpenAPI document into the operation table the sandbox routes with. Nothing
 * about Litmos' operations is hard-coded here: paths, parameters, status codes and schemas all
 * come from `spec/dist/openapi.json`, so operations added to the spec appear in the sandbox (as
 * 501 until a handler exists) without touching this file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createRefResolver, deref, type RefResolver, type Schema } from './schema-tools.js';

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

/** Result of routing a request. */
export type RouteMatch =
  | { readonly kind: 'found'; readonly operation: SpecOperation; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'not-found' };

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
  const shipped = fileURLToPath(new URL('./litmos-openapi.json', import.meta.url));
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
      if (!raw) continue;
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
      operations.push({
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
      });
    }
  }

  const match = (method: string, rawPath: string): RouteMatch => {
    const parts = rawPath.split('/').filter(Boolean);
    let best: { op: SpecOperation; literals: number }[] = [];
    for (const op of operations) {
      if (op.segments.length !== parts.length) continue;
      let literals = 0;
      let ok = true;
      for (let i = 0; i < parts.length; i++) {
        const seg = op.segments[i];
        if (seg === undefined) continue;
        // WCF UriTemplate matches literal segments case-insensitively.
        if (seg !== parts[i]!.toLowerCase()) {
          ok = false;
          break;
        }
        literals++;
      }
      if (ok) best.push({ op, literals });
    }
    if (best.length === 0) return { kind: 'not-found' };
    // A literal segment beats a parameter: /users/paginated is not /users/{userId}.
    const top = Math.max(...best.map((b) => b.literals));
    best = best.filter((b) => b.literals === top);
    const hit = best.find((b) => b.op.method === method.toUpperCase());
    if (!hit) return { kind: 'method-not-allowed', allowed: best.map((b) => b.op.method) };
    const params: Record<string, string> = {};
    let n = 0;
    for (let i = 0; i < parts.length; i++) {
      if (hit.op.segments[i] === undefined) {
        const name = hit.op.pathParams[n++]!;
        try {
          params[name] = decodeURIComponent(parts[i]!);
        } catch {
          params[name] = parts[i]!;
        }
      }
    }
    return { kind: 'found', operation: hit.op, params };
  };

  return { doc, operations, resolve, match };
}
