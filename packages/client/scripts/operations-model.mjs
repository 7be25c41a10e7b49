// Reads the operations of a bundled OpenAPI spec into the plain records the generators write
// from: what @litmos-kit/core's `OperationDef` and `OperationCodec` hold, plus the texts the
// SDK's method documentation needs. One reading for every spec (Litmos, iSpring, Xbox): each
// operation's `x-litmos-sdk` extension names its SDK method and says how it pages, and
// everything else comes from the operation itself.
//
// `x-litmos-sdk` (see docs/adr/0008-x-litmos-sdk.md):
//   method: users.list                 where the SDK exposes the call (dotted path)
//   paging: offset                     Litmos' start/limit; or an object:
//     { style: offset, startParam, limitParam }
//     { style: token, tokenParam, nextToken, items, pageSizeParam? }
//     { style: continuation, skipParam, maxParam, tokenParam, nextToken, items, total? }
//   delta: true                        takes a since/to range the SDK reads in windows
//   itemKey: [Id]                      fields that identify a row (canonical names)
//   patch: users.patch                 on an update (PUT of a record): the SDK also offers a
//                                      get-modify-put method of this name, reading the record
//                                      with the GET of the same path

export const EXTENSION = 'x-litmos-sdk';
const METHODS = ['get', 'post', 'put', 'delete', 'patch'];

export const pascal = (s) => s.replace(/(^|[^A-Za-z0-9])([A-Za-z0-9])/g, (_, __, c) => c.toUpperCase());
export const kebab = (s) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();

/**
 * The operations of `spec`, sorted by operationId.
 * @param {object} spec a bundled OpenAPI 3.1 document
 * @param {{ dateSchema?: string }} [options] the schema of the API's own date form (Litmos' `LitmosDateTime`)
 */
export function readOperations(spec, { dateSchema } = {}) {
  const resolve = (node) => {
    let current = node;
    while (current?.$ref) {
      if (!current.$ref.startsWith('#/')) throw new Error(`external $ref ${current.$ref} is not supported`);
      current = current.$ref
        .slice(2)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((o, k) => o?.[k], spec);
    }
    return current;
  };
  const DATE_REF = dateSchema ? `#/components/schemas/${dateSchema}` : undefined;
  const isDateSchema = (node) => DATE_REF !== undefined && (node?.$ref === DATE_REF || (node?.oneOf ?? []).some((o) => o.$ref === DATE_REF));

  // How to write a request body as XML: element names and order from the spec's XML schema.
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
      return {
        kind: 'list',
        name: elementName,
        wrapped: !!(schema.xml?.wrapped ?? node.xml?.wrapped),
        item: xmlShape(schema.items, itemName, false, depth + 1),
      };
    }
    return { kind: 'value', name: elementName, date: false };
  };
  const bodyXmlShape = (requestBody) => {
    const schema = resolve(requestBody)?.content?.['application/xml']?.schema;
    if (!schema) return undefined;
    const shape = xmlShape(schema, 'Body', false);
    // A list body (<Users><User>…</User></Users>) is a bare array in JSON: say so once here.
    if (shape.kind === 'object' && shape.fields.length === 1 && shape.fields[0].kind === 'list' && !shape.fields[0].wrapped) {
      return { kind: 'list', name: shape.name, wrapped: true, item: shape.fields[0].item };
    }
    return shape;
  };

  // The element names of an XML success body: the root, and for lists the item element.
  const xmlNames = (content) => {
    const schema = resolve(content?.['application/xml']?.schema);
    if (!schema?.xml?.name) return undefined;
    const props = Object.entries(schema.properties ?? {}).filter(([, p]) => resolve(p).type === 'array');
    if (props.length !== 1 || Object.keys(schema.properties).length !== 1) return { root: schema.xml.name, wrappers: [] };
    const [name, prop] = props[0];
    // A wrapped list (<Ecommerce><Courses><Course>…) holds its items one element further down.
    const wrapped = resolve(prop).xml?.wrapped ? [resolve(prop).xml?.name ?? name] : [];
    return {
      root: schema.xml.name,
      item: resolve(prop).items?.xml?.name ?? resolve(resolve(prop).items)?.xml?.name ?? resolve(prop).xml?.name ?? name,
      wrappers: wrapped,
    };
  };

  /** The fields of a record schema in spec order, variant spellings left out (the decoder renames them). */
  const fieldsOf = (schema) => {
    const node = resolve(schema);
    if (!node?.properties) return undefined;
    return Object.entries(node.properties)
      .filter(([, p]) => !p['x-litmos-spelling-of'] && !resolve(p)?.['x-litmos-spelling-of'])
      .map(([name]) => name);
  };

  const authOf = (op) => {
    const requirement = (op.security ?? spec.security ?? [])[0];
    const name = requirement && Object.keys(requirement)[0];
    const scheme = name && spec.components?.securitySchemes?.[name];
    if (!scheme) return 'none';
    if (scheme.type === 'apiKey') return 'apiKey';
    if (scheme.type === 'http' && /^basic$/i.test(scheme.scheme)) return 'basic';
    if (scheme.type === 'http' && /^bearer$/i.test(scheme.scheme)) return 'bearer';
    throw new Error(`security scheme ${name} (${scheme.type}) is not supported`);
  };

  const ops = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const ext = op[EXTENSION];
      if (!ext?.method) throw new Error(`${where}: ${EXTENSION}.method is missing`);
      const id = op.operationId;
      if (!id) throw new Error(`${where}: operationId is missing`);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
      const declaredPath = params.filter((p) => p.in === 'path').map((p) => p.name);
      const pathParams = [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]);
      for (const name of pathParams) if (!declaredPath.includes(name)) throw new Error(`${id}: path parameter {${name}} is not declared`);
      const query = params
        .filter((p) => p.in === 'query')
        .map((p) => {
          const schema = resolve(p.schema) ?? {};
          const joined = [].concat(schema.type).includes('array') && p.explode === false;
          return { name: p.name, required: !!p.required, ...(joined ? { joined: true } : {}), description: p.description, schema: p.schema };
        });
      const headerParams = params
        .filter((p) => p.in === 'header')
        .map((p) => ({
          name: p.name,
          required: !!p.required,
          ...(resolve(p.schema)?.default === undefined ? {} : { default: String(resolve(p.schema).default) }),
        }));
      const success = Object.keys(op.responses ?? {}).find((code) => /^2\d\d$/.test(code));
      const content = resolve(op.responses?.[success])?.content;
      const mediaTypes = Object.keys(content ?? {});
      const formats = ['xml', 'json'].filter((f) => mediaTypes.some((type) => new RegExp(`[/+]${f}\\b`).test(type)));
      const responseSchema = content?.['application/json']?.schema ?? content?.['application/xml']?.schema;
      const responseNode = resolve(responseSchema);
      const returns = !responseNode ? 'none' : [].concat(responseNode.type).includes('array') ? 'list' : 'object';
      const pages = pagingOf(ext.paging, id, query, content ? resolve(responseSchema) : undefined, resolve);
      // Rows are the list itself, or (token and continuation paging) the list the page names.
      const listSchema = pages.items ? pages.items.split('.').reduce((node, name) => resolve(node)?.properties?.[name], responseSchema) : responseSchema;
      const rowSchema = returns === 'list' || pages.items ? resolve(listSchema)?.items : responseSchema;
      const itemKey = ext.itemKey ?? [];
      const rowProps = resolve(rowSchema)?.properties ?? {};
      for (const key of itemKey) {
        if (!rowProps[key]) throw new Error(`${id}: itemKey \`${key}\` is not a field of its rows`);
        if (rowProps[key]['x-litmos-spelling-of']) throw new Error(`${id}: itemKey \`${key}\` is a variant spelling; name the canonical field`);
      }
      const xml = xmlNames(content);
      ops.push({
        id,
        httpMethod: method.toUpperCase(),
        path,
        sdkMethod: ext.method,
        patchMethod: ext.patch,
        summary: op.summary ?? '',
        description: op.description ?? '',
        tag: op.tags?.[0],
        paging: pages.style,
        pages: pages.style === 'token' || pages.style === 'continuation' ? pages : undefined,
        offset: pages.style === 'offset' ? pages : undefined,
        delta: ext.delta === true,
        itemKey,
        pathParams,
        query,
        headerParams,
        bodyMediaTypes: Object.keys(resolve(op.requestBody)?.content ?? {}),
        bodyRequired: !!resolve(op.requestBody)?.required,
        bodyXml: bodyXmlShape(op.requestBody),
        returns,
        auth: authOf(op),
        server: op.servers?.[0]
          ? { url: op.servers[0].url, variables: Object.fromEntries(Object.entries(op.servers[0].variables ?? {}).map(([k, v]) => [k, v.default])) }
          : undefined,
        formats: formats.length === 2 || formats.length === 0 ? undefined : formats,
        xmlRoot: xml?.root,
        xmlItem: xml?.item,
        xmlWrappers: xml?.wrappers ?? [],
        fields: fieldsOf(rowSchema),
        rowSchema,
        responseSchema,
      });
    }
  }
  for (const op of ops) {
    if (!op.patchMethod) continue;
    const read = ops.find((other) => other.httpMethod === 'GET' && other.path === op.path);
    if (op.httpMethod !== 'PUT' || !read || op.bodyMediaTypes.length === 0 || op.pathParams.length !== 1) {
      throw new Error(`${op.id}: ${EXTENSION}.patch needs a PUT with a body on a path of one parameter that a GET reads`);
    }
    const group = (method) => method.split('.').slice(0, -1).join('.');
    if (group(op.patchMethod) !== group(op.sdkMethod)) throw new Error(`${op.id}: ${EXTENSION}.patch must sit next to ${op.sdkMethod}`);
    op.patchRead = read.id;
  }
  ops.sort((a, b) => a.id.localeCompare(b.id));
  return ops;
}

/** Normalises `x-litmos-sdk.paging` and checks that the parameters and fields it names exist. */
function pagingOf(paging, id, query, responseSchema, resolve) {
  if (paging === undefined || paging === 'none') return { style: 'none' };
  const spec = paging === 'offset' ? { style: 'offset', startParam: 'start', limitParam: 'limit' } : paging;
  const need = {
    offset: ['startParam', 'limitParam'],
    token: ['tokenParam', 'nextToken', 'items'],
    continuation: ['skipParam', 'maxParam', 'tokenParam', 'nextToken', 'items'],
  }[spec?.style];
  if (!need) throw new Error(`${id}: ${EXTENSION}.paging ${JSON.stringify(paging)} is not offset, token or continuation`);
  for (const key of need) if (typeof spec[key] !== 'string') throw new Error(`${id}: ${EXTENSION}.paging.${key} is missing`);
  for (const key of ['startParam', 'limitParam', 'tokenParam', 'pageSizeParam', 'skipParam', 'maxParam']) {
    if (spec[key] !== undefined && !query.some((q) => q.name === spec[key]))
      throw new Error(`${id}: paging names the query parameter ${spec[key]}, which it does not take`);
  }
  for (const key of ['nextToken', 'items', 'total']) {
    if (spec[key] === undefined) continue;
    const found = spec[key].split('.').reduce((node, name) => resolve(resolve(node)?.properties?.[name]), responseSchema);
    if (!found) throw new Error(`${id}: paging names the response field ${spec[key]}, which its body does not have`);
  }
  const { style, ...rest } = spec;
  return { style, ...rest };
}
