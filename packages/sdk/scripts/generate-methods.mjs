// Writes src/gen/litmos.gen.ts: the `Litmos` interface (one method per operation of the spec,
// nested by its `x-litmos-sdk` method name) and a named parameter type per operation, each with
// the spec's words as JSDoc, so that an editor's hover reads like the API reference:
//   list(params?: ListUsersParams, options?: ListOptions): Pager<UserSummary>
// rather than a mapped type. The runtime binds the same operations (bind-methods.ts); both read
// the spec through packages/client/scripts/operations-model.mjs. It also writes
// src/gen/resources.gen.ts, the top-level resources re-exported for `@litmos-kit/sdk/resources`.
// Run from the package folder:
//   node scripts/generate-methods.mjs ../../spec/dist/openapi.json
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pascal, readOperations } from '../../client/scripts/operations-model.mjs';
import { readTypeNames } from '../../client/scripts/read-type-names.mjs';

/**
 * Where the API reference is published, for absolute links (`https://…/`); empty while it is not.
 * The reference (apps/docs, which `pnpm demo` serves locally) routes each operation by hash,
 * `#/<tag>/<operationid>`, so until then a method names its page by that route, which works
 * against any copy of the site. Set this once the site has a public address.
 */
const REFERENCE_URL = '';

const [specPath] = process.argv.slice(2);
if (!specPath) throw new Error('usage: generate-methods.mjs <bundled spec.json>');
const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const ops = readOperations(spec, { dateSchema: 'LitmosDateTime' });
const typeNames = new Set(readTypeNames(join(root, 'packages/client/src/gen/types.gen.ts')));
const out = resolve('src/gen/litmos.gen.ts');

const _q = (v) => JSON.stringify(v);
const deref = (node) => {
  let current = node;
  while (current?.$ref)
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((o, k) => o?.[k.replace(/~1/g, '/')], spec);
  return current;
};
const operationOf = (op) => spec.paths[op.path]?.[op.httpMethod.toLowerCase()];
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** The spec's text without the evidence the bundle adds (`**Sources**` and what follows). */
const prose = (text = '') => text.split(/\n+\*\*Sources\*\*/)[0].trim();
/** Text that is safe inside a JSDoc comment. */
const safe = (text) => text.replace(/\*\//g, '*\\/');
const doc = (lines, indent) => {
  const body = lines.flatMap((line) => safe(line).split('\n'));
  if (body.length === 1 && body[0].length < 120) return [`${indent}/** ${body[0]} */`];
  return [`${indent}/**`, ...body.map((line) => (line ? `${indent} * ${line}` : `${indent} *`)), `${indent} */`];
};
/** A single-quoted string literal. */
const sq = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const sentence = (text) => (/[.!?]$/.test(text) ? text : `${text}.`);
const propName = (name) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : sq(name));
/** The SDK's type of a `$ref`'d schema (`UserSummary`), or `undefined` for an inline one. */
const namedType = (schema) => {
  const name = schema?.$ref?.startsWith('#/components/schemas/') ? pascal(schema.$ref.split('/').at(-1)) : undefined;
  return name && typeNames.has(name) ? `t.${name}` : undefined;
};

// What the SDK does with some parameters, in place of the spec's words about the wire.
const PAGING_DOCS = {
  start: ['Offset of the first record to read; the pager moves on from there by the records each page holds.', '@default 0'],
  limit: ['Records asked for per request (1 to 1000). The pager reads every page either way; this sets how many requests that takes.', '@default 1000'],
};
const DELTA_DOCS = {
  since: [
    'Start of the range: a `Date`, a date (`2026-11-01`, midnight UTC) or a time (`2026-11-01 08:00:00` or ISO 8601), UTC.',
    '',
    'The range may be of any length: the SDK reads it in 7-day windows (the most Litmos answers to one request), one after the other, through one pager.',
  ],
  to: [
    'End of the range, in the same forms as `since`. A `to` at or after now is moved a few minutes into the future, so that changes made today are included (Litmos leaves them out of a range that ends now).',
  ],
};

const paramType = (op, name) => `NonNullable<t.${pascal(op.id)}Data['query']>[${sq(name)}]`;
const isDateParam = (p) => ['since', 'to', 'until'].includes(p.name) || p.schema?.format === 'date-time' || p.schema?.$ref?.endsWith('QueryDateTime');

/** The path parameters of an operation, as the spec declares them (on the path or the operation). */
const pathParamsOf = (op) =>
  (spec.paths[op.path]?.parameters ?? [])
    .concat(operationOf(op)?.parameters ?? [])
    .map(deref)
    .filter((p) => p?.in === 'path');

const PRIMITIVES = { string: 'string', boolean: 'boolean', integer: 'number', number: 'number' };

/**
 * The type of a path parameter where a method takes it alone (`users.get(userId)`): the plain
 * type when the spec's is one (so the hover reads `userId: string`), else the `XxxParams` member.
 */
function pathParamType(op, name) {
  const schema = deref(pathParamsOf(op).find((p) => p.name === name)?.schema);
  return PRIMITIVES[schema?.type] ?? `${pascal(op.id)}Params[${sq(name)}]`;
}

/** The `XxxParams` interface of an operation, and whether it has a required member. */
function paramsOf(op) {
  const D = `t.${pascal(op.id)}Data`;
  const members = [];
  let required = false;
  const pathDocs = Object.fromEntries(pathParamsOf(op).map((p) => [p.name, prose(p.description)]));
  for (const name of op.pathParams) {
    required = true;
    members.push(...doc([pathDocs[name] || `The \`{${name}}\` of the path.`], '  '), `  readonly ${propName(name)}: ${D}['path'][${sq(name)}];`, '');
  }
  const paged = op.paging === 'offset';
  for (const p of op.query) {
    if (p.name === 'source' || p.name === 'format') continue;
    if (p.required) required = true;
    const text = (op.delta && DELTA_DOCS[p.name]) || (paged && PAGING_DOCS[p.name]) || [prose(p.description) || `The \`${p.name}\` query parameter.`];
    const type = `${paramType(op, p.name)}${isDateParam(p) ? ' | Date' : ''}`;
    members.push(...doc(text, '  '), `  readonly ${propName(p.name)}${p.required ? '' : '?'}: ${type};`, '');
  }
  for (const h of op.headerParams) {
    const text = [`The \`${h.name}\` header.${h.default === undefined ? '' : ` The SDK sends \`${h.default}\` unless you set it.`}`];
    members.push(...doc(text, '  '), `  readonly ${propName(h.name)}?: string;`, '');
  }
  if (op.bodyMediaTypes.length) {
    required = true;
    const body = deref(operationOf(op)?.requestBody)?.content?.['application/json']?.schema;
    const text = [`The request body, written as XML or JSON as the client's \`format\` says, in the order Litmos reads.`];
    members.push(...doc(text, '  '), `  readonly body: ${namedType(body) ?? `NonNullable<${D}['body']>`};`, '');
  }
  while (members.at(-1) === '') members.pop();
  return { members, required };
}

/** The type a method resolves to, or yields per row. */
function resultOf(op) {
  if (op.returns === 'none') return 'void';
  const R = `t.${pascal(op.id)}Response`;
  if (op.paging === 'offset') return namedType(op.rowSchema) ?? `${R}[number]`;
  return namedType(op.responseSchema) ?? (typeNames.has(`${pascal(op.id)}Response`) ? R : 'unknown');
}

/** The JSDoc of a method: the spec's summary and description, how it pages, the reference link. */
function methodDoc(op) {
  let description = prose(op.description);
  // The spec tells callers of the wire to keep a delta range to 7 days; the SDK does that itself.
  if (op.delta) description = description.replace(/[^.]*\b7 days\b[^.]*\.\s*/g, '').trim();
  const how =
    op.paging === 'offset'
      ? `\`${op.httpMethod} ${op.path}\`, read page by page: the \`Pager\` yields every row${op.delta ? ' of every 7-day window of the range' : ''}, drops one repeated across a page boundary${op.itemKey.length ? ` (by ${op.itemKey.map((k) => `\`${k}\``).join(', ')})` : ''}, and can be resumed from its \`checkpoint\`.`
      : `\`${op.httpMethod} ${op.path}\`${op.returns === 'none' ? '; the answer has no body.' : '.'}`;
  return [sentence(op.summary || op.id), ...(description ? ['', description] : []), '', how, referenceTag(op)];
}

/** The route of an operation's page in the API reference, as the docs site routes it. */
const referenceRoute = (op) => `#/${slug(op.tag ?? 'operations')}/${op.id.toLowerCase()}`;

/** The `@see` tag that points at an operation's page in the API reference. */
function referenceTag(op) {
  const title = op.summary || op.id;
  if (REFERENCE_URL) return `@see {@link ${REFERENCE_URL}${referenceRoute(op)} | ${title} in the API reference}`;
  return `@see \`${referenceRoute(op)}\` in the API reference (${title}).`;
}

const paramsTypes = [];
const tree = {};
for (const op of ops) {
  const P = pascal(op.id);
  const { members, required } = paramsOf(op);
  const result = resultOf(op);
  paramsTypes.push(
    ...doc([`Parameters of \`litmos.${op.sdkMethod}\` (\`${op.httpMethod} ${op.path}\`).`], ''),
    members.length ? `export interface ${P}Params {\n${members.join('\n')}\n}` : `export interface ${P}Params {}`,
    '',
    ...doc([op.paging === 'offset' ? `One row of \`litmos.${op.sdkMethod}\`.` : `What \`litmos.${op.sdkMethod}\` resolves to.`], ''),
    `export type ${P}${op.paging === 'offset' ? 'Row' : 'Result'} = ${result};`,
    '',
  );
  const returns = op.paging === 'offset' ? `Pager<${result}>` : `Promise<${result}>`;
  const options = op.paging === 'offset' ? 'ListOptions' : 'CallOptions';
  const signatures = [];
  const idAlone = op.pathParams.length === 1 && op.bodyMediaTypes.length === 0 && !op.query.some((p) => p.required && p.name !== 'source');
  if (idAlone) signatures.push(`${op.pathParams[0]}: ${pathParamType(op, op.pathParams[0])}, options?: ${options}`);
  signatures.push(`params${required ? '' : '?'}: ${P}Params, options?: ${options}`);
  const leaf = op.sdkMethod.split('.').at(-1);
  const group = op.sdkMethod.split('.').slice(0, -1);
  let node = tree;
  for (const part of group) node = node[part] ??= {};
  node[leaf] = signatures.flatMap((signature) => [...doc(methodDoc(op), ''), `${leaf}(${signature}): ${returns};`]);
  if (op.patchMethod) {
    const read = ops.find((other) => other.id === op.patchRead);
    const body = deref(operationOf(op)?.requestBody)?.content?.['application/json']?.schema;
    const changes = namedType(body) ?? `NonNullable<t.${P}Data['body']>`;
    const id = op.pathParams[0];
    node[op.patchMethod.split('.').at(-1)] = [
      ...doc(
        [
          `${op.summary ? op.summary.replace(/\.$/, '') : 'Update a record'}, changing only the given fields.`,
          '',
          `Reads the record with \`litmos.${read.sdkMethod}\`, applies \`changes\`, and writes it back whole with \`litmos.${op.sdkMethod}\` (Litmos' update replaces the record).`,
          '',
          'Two requests, and not atomic: a change someone else makes between the two is overwritten. Only the fields the update takes are sent back.',
          referenceTag(op),
        ],
        '',
      ),
      `${op.patchMethod.split('.').at(-1)}(${id}: ${pathParamType(op, id)}, changes: Partial<${changes}>, options?: CallOptions): Promise<void>;`,
    ];
  }
}

const printTree = (node, indent) =>
  Object.entries(node).flatMap(([name, value]) =>
    Array.isArray(value) ? value.map((line) => `${indent}${line}`) : [`${indent}readonly ${name}: {`, ...printTree(value, `${indent}  `), `${indent}};`],
  );

const lines = [
  `// This file is auto-generated by packages/sdk/scripts/generate-methods.mjs from ${relative(root, resolve(specPath))}.`,
  '// Do not edit: change the spec and run `pnpm generate`.',
  '',
  "import type * as t from '@litmos-kit/client';",
  "import type { CallOptions, ListOptions } from '../method-options.js';",
  "import type { Pager } from '../pager.js';",
  '',
  ...paramsTypes,
  ...doc(['A Litmos client: every operation of the spec, grouped by resource (`litmos.org.users.changed`).'], ''),
  'export interface Litmos {',
  ...printTree(tree, '  '),
  '}',
  '',
];
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n'));
console.log(`${relative(root, out)}: ${ops.length} methods`);

// src/gen/resources.gen.ts: each top-level resource's operation definitions, re-exported by name
// for `@litmos-kit/sdk/resources`, so that a client built from a few of them bundles only those.
const resourceNames = Object.keys(tree).filter((name) => !Array.isArray(tree[name]));
const resourcesOut = resolve('src/gen/resources.gen.ts');
writeFileSync(
  resourcesOut,
  [
    `// This file is auto-generated by packages/sdk/scripts/generate-methods.mjs from ${relative(root, resolve(specPath))}.`,
    '// Do not edit: change the spec and run `pnpm generate`.',
    '',
    '// The operations of each resource, for `createLitmosClient(options, { users, org })`.',
    `export { ${resourceNames.join(', ')} } from '@litmos-kit/client/operations';`,
    '',
  ].join('\n'),
);
console.log(`${relative(root, resourcesOut)}: ${resourceNames.length} resources`);
