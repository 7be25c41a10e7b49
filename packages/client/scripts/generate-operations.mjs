// Writes src/operations.gen.ts: one descriptor per operation of the bundled spec, linking the
// hey-api SDK function and zod schemas to what the handwritten SDK needs to know (where the
// method lives, how it pages, which fields identify a row). Read from `x-litmos-sdk`, so no
// list of endpoints is kept by hand anywhere.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportedTypeNames, generateDecoders } from './generate-decoders.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const spec = JSON.parse(readFileSync(here('../../../spec/dist/openapi.json'), 'utf8'));
const zodSource = readFileSync(here('../src/gen/zod.gen.ts'), 'utf8');
const sdkSource = readFileSync(here('../src/gen/sdk.gen.ts'), 'utf8');
const typesSource = readFileSync(here('../src/gen/types.gen.ts'), 'utf8');

// The schema-directed decoders of every response and body (src/gen/decoders/).
const decoders = generateDecoders({
  spec,
  outDir: here('../src/gen/decoders'),
  dateSchema: 'LitmosDateTime',
  typeNames: exportedTypeNames(typesSource),
});

const pascal = (s) => s[0].toUpperCase() + s.slice(1);
const resolve = (node) => {
  if (!node?.$ref) return node;
  const target = node.$ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((o, k) => o[k], spec);
  return resolve(target);
};
// The element names of an XML success body: the root, and for lists the item element.
const xmlNames = (response) => {
  const schema = resolve(resolve(response)?.content?.['application/xml']?.schema);
  if (!schema?.xml?.name) return undefined;
  const props = Object.entries(schema.properties ?? {}).filter(([, p]) => resolve(p).type === 'array');
  if (props.length !== 1 || Object.keys(schema.properties).length !== 1) return { root: schema.xml.name };
  const [name, prop] = props[0];
  // A wrapped list (<Ecommerce><Courses><Course>…) holds its items one element further down.
  const wrapped = resolve(prop).xml?.wrapped ? [resolve(prop).xml?.name ?? name] : [];
  return {
    root: schema.xml.name,
    item: resolve(prop).items?.xml?.name ?? resolve(resolve(prop).items)?.xml?.name ?? resolve(prop).xml?.name ?? name,
    wrappers: wrapped,
  };
};
// How to write a request body as XML: element names and order from the spec's XML schema.
// Node kinds: object (fields in wire order), list (wrapped or repeated items), value (leaf).
const DATE_REF = '#/components/schemas/LitmosDateTime';
const isDateSchema = (node) => node?.$ref === DATE_REF || (node?.oneOf ?? []).some((o) => o.$ref === DATE_REF);
// `field` is true for an object property: its element is named after the property unless the
// property itself says otherwise; roots and list items take the name of the schema they use.
const xmlShape = (node, name, field, depth = 0) => {
  if (depth > 12) throw new Error(`XML body schema nests too deep at <${name}>`);
  const schema = resolve(node);
  const own = field ? node.xml?.name : (schema.xml?.name ?? node.xml?.name);
  const elementName = own ?? name;
  if (isDateSchema(node)) return { kind: 'value', name: elementName, date: true };
  const types = [].concat(schema.type ?? (schema.properties ? 'object' : schema.items ? 'array' : 'string'));
  if (types.includes('object') && schema.properties) {
    const fields = Object.entries(schema.properties).map(([prop, sub]) => ({ ...xmlShape(sub, prop, true, depth + 1), prop }));
    return { kind: 'object', name: elementName, fields };
  }
  if (types.includes('array')) {
    const itemName = node.items?.xml?.name ?? schema.items?.xml?.name ?? resolve(schema.items)?.xml?.name ?? name;
    return { kind: 'list', name: elementName, wrapped: !!(schema.xml?.wrapped ?? node.xml?.wrapped), item: xmlShape(schema.items, itemName, false, depth + 1) };
  }
  return { kind: 'value', name: elementName, date: false };
};
const bodyXmlShape = (op) => {
  const schema = resolve(op.requestBody)?.content?.['application/xml']?.schema;
  if (!schema) return undefined;
  const shape = xmlShape(schema, 'Body', false);
  // A list body (<Users><User>…</User></Users>) is a bare array in JSON: say so once here.
  if (shape.kind === 'object' && shape.fields.length === 1 && shape.fields[0].kind === 'list' && !shape.fields[0].wrapped) {
    return { kind: 'list', name: shape.name, wrapped: true, item: shape.fields[0].item };
  }
  return shape;
};
const exported = (source, name) => new RegExp(`export const ${name}\\b`).test(source);

const ops = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
    const op = item[method];
    if (!op) continue;
    const ext = op['x-litmos-sdk'];
    if (!ext?.method) throw new Error(`${method.toUpperCase()} ${path}: x-litmos-sdk.method is missing`);
    const id = op.operationId;
    if (!exported(sdkSource, id)) throw new Error(`${id}: no SDK function in sdk.gen.ts`);
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
    const success = Object.keys(op.responses).find((code) => /^2\d\d$/.test(code));
    const responseSchema = `z${pascal(id)}Response`;
    const xml = xmlNames(op.responses[success]);
    const bodySchema = `z${pascal(id)}Body`;
    // Rows are told apart by canonical field names only: the decoder renames variant spellings.
    const rowSchema = resolve(resolve(resolve(op.responses[success])?.content?.['application/json']?.schema)?.items);
    for (const key of ext.itemKey ?? []) {
      if (rowSchema?.properties?.[key]?.['x-litmos-spelling-of']) throw new Error(`${id}: itemKey \`${key}\` is a variant spelling; name the canonical field`);
    }
    ops.push({
      id,
      httpMethod: method.toUpperCase(),
      path,
      sdkMethod: ext.method,
      paging: ext.paging ?? 'none',
      delta: ext.delta === true,
      itemKey: ext.itemKey ?? [],
      query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: !!p.required })),
      pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
      successStatus: Number(success ?? 200),
      response: exported(zodSource, responseSchema) ? responseSchema : undefined,
      decode: decoders.operations[id]?.response,
      body: exported(zodSource, bodySchema) ? bodySchema : undefined,
      bodyXml: bodyXmlShape(op),
      bodyMediaTypes: Object.keys(resolve(op.requestBody)?.content ?? {}),
      xmlRoot: xml?.root,
      xmlItem: xml?.item,
      xmlWrappers: xml?.wrappers ?? [],
      headerParams: params
        .filter((p) => p.in === 'header')
        .map((p) => ({
          name: p.name,
          required: !!p.required,
          ...(resolve(p.schema)?.default === undefined ? {} : { default: String(resolve(p.schema).default) }),
        })),
      auth: (op.security ?? spec.security ?? []).some((req) => 'lrsBasic' in req) ? 'basic' : 'apiKey',
      server: op.servers?.[0]
        ? { url: op.servers[0].url, variables: Object.fromEntries(Object.entries(op.servers[0].variables ?? {}).map(([k, v]) => [k, v.default])) }
        : undefined,
    });
  }
}
ops.sort((a, b) => a.id.localeCompare(b.id));

// Nest descriptors by their dotted SDK method (`org.users.changed`).
const tree = {};
for (const op of ops) {
  const parts = op.sdkMethod.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    if (typeof node[part] === 'string') throw new Error(`${op.sdkMethod} clashes with another method`);
    node = node[part];
  }
  const leaf = parts.at(-1);
  if (node[leaf]) throw new Error(`two operations claim ${op.sdkMethod}`);
  node[leaf] = op.id;
}
const printTree = (node, indent) =>
  `{\n${Object.entries(node)
    .map(([k, v]) => `${indent}  ${k}: ${typeof v === 'string' ? v : printTree(v, `${indent}  `)},`)
    .join('\n')}\n${indent}}`;

const q = (v) => JSON.stringify(v);
const lines = [
  '// This file is auto-generated by packages/client/scripts/generate-operations.mjs',
  '// from spec/dist/openapi.json. Do not edit: change the spec and run `pnpm generate`.',
  '',
  "import type { Decoder } from '@litmos-kit/core';",
  "import type { ZodMiniType } from 'zod/mini';",
  ...ops.filter((op) => op.decode).map((op) => `import { ${op.decode.name} } from './gen/decoders/${op.decode.module.replace(/\.ts$/, '.js')}';`),
  "import * as sdk from './gen/sdk.gen.js';",
  "import type * as t from './gen/types.gen.js';",
  "import * as z from './gen/zod.gen.js';",
  '',
  '/** A query parameter of an operation. */',
  'export interface QueryParamDef {',
  '  readonly name: string;',
  '  readonly required: boolean;',
  '}',
  '',
  '/** Element names and order for writing a value as XML, read from the spec. */',
  'export type XmlShape =',
  "  | { readonly kind: 'object'; readonly name: string; readonly prop?: string; readonly fields: readonly XmlShape[] }",
  "  | { readonly kind: 'list'; readonly name: string; readonly prop?: string; readonly wrapped: boolean; readonly item: XmlShape }",
  "  | { readonly kind: 'value'; readonly name: string; readonly prop?: string; readonly date: boolean };",
  '',
  '/** What the SDK knows about one operation of the spec. `TData` and `TResponse` only carry types. */',
  "export interface OperationDef<TData = unknown, TResponse = unknown, TPaging extends 'offset' | 'none' = 'offset' | 'none'> {",
  '  readonly id: string;',
  "  readonly httpMethod: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';",
  '  readonly path: string;',
  '  /** Where the SDK exposes the call, e.g. `org.users.changed`. */',
  '  readonly sdkMethod: string;',
  '  readonly paging: TPaging;',
  '  /** Takes a `since`/`to` range of at most 7 days. */',
  '  readonly delta: boolean;',
  '  /** Fields that together identify a row, used to drop repeats across pages. */',
  '  readonly itemKey: readonly string[];',
  '  readonly query: readonly QueryParamDef[];',
  '  readonly pathParams: readonly string[];',
  '  readonly successStatus: number;',
  '  readonly send: (options: any) => Promise<unknown>;',
  '  readonly response: ZodMiniType | undefined;',
  '  /** The generated decoder of the success body (see @litmos-kit/core); `undefined` when there is none. */',
  '  readonly decode: Decoder<TResponse> | undefined;',
  '  readonly body: ZodMiniType | undefined;',
  '  /** How to write the request body as XML (element names and order), when it takes XML. */',
  '  readonly bodyXml: XmlShape | undefined;',
  '  /** Media types the request body may be sent in. */',
  '  readonly bodyMediaTypes: readonly string[];',
  '  /** Root element of the XML success body; for lists, `xmlItem` names the item element. */',
  '  readonly xmlRoot: string | undefined;',
  '  readonly xmlItem: string | undefined;',
  '  /** Wrapper elements between the XML root and the list items (usually none). */',
  '  readonly xmlWrappers: readonly string[];',
  '  readonly headerParams: readonly { readonly name: string; readonly required: boolean; readonly default?: string }[];',
  '  /** `apiKey` for the Litmos REST API; `basic` for the Learning Record Store. */',
  "  readonly auth: 'apiKey' | 'basic';",
  "  /** A server of the operation's own (the Learning Record Store), with variable defaults. */",
  '  readonly server: { readonly url: string; readonly variables: Readonly<Record<string, string>> } | undefined;',
  '  readonly types?: { readonly data: TData; readonly response: TResponse };',
  '}',
  '',
];
for (const op of ops) {
  const P = pascal(op.id);
  lines.push(
    `export const ${op.id}: OperationDef<t.${P}Data, t.${P}Response${op.response ? '' : `s[keyof t.${P}Responses]`}, ${q(op.paging)}> = {`,
    `  id: ${q(op.id)},`,
    `  httpMethod: ${q(op.httpMethod)},`,
    `  path: ${q(op.path)},`,
    `  sdkMethod: ${q(op.sdkMethod)},`,
    `  paging: ${q(op.paging)},`,
    `  delta: ${op.delta},`,
    `  itemKey: ${q(op.itemKey)},`,
    `  query: ${q(op.query)},`,
    `  pathParams: ${q(op.pathParams)},`,
    `  successStatus: ${op.successStatus},`,
    `  send: sdk.${op.id},`,
    `  response: ${op.response ? `z.${op.response}` : 'undefined'},`,
    `  decode: ${op.decode ? op.decode.name : 'undefined'},`,
    `  body: ${op.body ? `z.${op.body}` : 'undefined'},`,
    `  bodyXml: ${op.bodyXml ? q(op.bodyXml) : 'undefined'},`,
    `  bodyMediaTypes: ${q(op.bodyMediaTypes)},`,
    `  xmlRoot: ${op.xmlRoot ? q(op.xmlRoot) : 'undefined'},`,
    `  xmlItem: ${op.xmlItem ? q(op.xmlItem) : 'undefined'},`,
    `  xmlWrappers: ${q(op.xmlWrappers)},`,
    `  headerParams: ${q(op.headerParams)},`,
    `  auth: ${q(op.auth)},`,
    `  server: ${op.server ? q(op.server) : 'undefined'},`,
    '};',
    '',
  );
}
lines.push(
  '/** Every operation, by operationId. */',
  `export const operations = {\n${ops.map((op) => `  ${op.id},`).join('\n')}\n} as const;`,
  '',
  '/** Every operation, nested the way the SDK exposes it. */',
  `export const resources = ${printTree(tree, '')} as const;`,
  '',
);
writeFileSync(here('../src/operations.gen.ts'), lines.join('\n'));
console.log(`operations.gen.ts: ${ops.length} operations`);
