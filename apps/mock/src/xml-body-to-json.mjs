// @ts-check
// Prism cannot validate XML request bodies: it reads them as text and reports "body must be
// object" for every one (stoplightio/prism#2050), then answers 400. The mock therefore turns an
// XML body into the JSON the spec describes for the same operation, and lets Prism validate
// that. The conversion is driven by the spec's JSON schema, so an XML body with a wrong element
// name or a non-numeric number still fails validation, as it would fail at Litmos.
import { XMLParser } from 'fast-xml-parser';
import { createDeref } from './create-deref.mjs';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  ignoreDeclaration: true,
});

/**
 * Builds a converter for one bundled spec.
 * @param {any} spec the bundled OpenAPI document (JSON)
 * @returns {(operation: any, xml: string) => unknown} the JSON body for an operation of the
 *   spec, or `undefined` when the operation takes no JSON body or the XML does not parse
 */
export function createXmlBodyConverter(spec) {
  const deref = createDeref(spec);

  const isBlank = (/** @type {unknown} */ v) => typeof v === 'string' && v.trim() === '';
  const isNil = (/** @type {any} */ v) => typeof v === 'object' && v !== null && v['@_nil'] === 'true';
  const text = (/** @type {any} */ v) =>
    typeof v === 'string'
      ? v
      : typeof v === 'object' && v !== null && '#text' in v
        ? String(v['#text'])
        : isBlank(v) || (typeof v === 'object' && v !== null)
          ? ''
          : v;

  /** @returns {unknown} */
  const shape = (/** @type {any} */ node, /** @type {any} */ schemaNode) => {
    const schema = deref(schemaNode) ?? {};
    if (isNil(node)) return null;
    const options = schema.oneOf ?? schema.anyOf;
    if (options) return shape(node, options.find((/** @type {any} */ o) => deref(o).type !== 'null') ?? options[0]);
    const types = /** @type {string[]} */ ([]).concat(schema.type ?? (schema.properties ? 'object' : schema.items ? 'array' : 'string'));
    if (types.includes('array')) {
      if (node === undefined || isBlank(node)) return [];
      const keys =
        typeof node === 'object' && node !== null ? Object.keys(node).filter((k) => !k.startsWith('@_') && !(k === '#text' && isBlank(node[k]))) : [];
      const items = keys.length === 1 ? node[/** @type {string} */ (keys[0])] : [];
      return [].concat(items).map((item) => shape(item, schema.items));
    }
    if (types.includes('object')) {
      if (isBlank(node)) return {};
      if (typeof node !== 'object' || node === null) return node;
      /** @type {Record<string, unknown>} */
      const out = {};
      for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('@_') || (key === '#text' && isBlank(value))) continue;
        out[key] = shape(value, schema.properties?.[key]);
      }
      return out;
    }
    const raw = text(node);
    if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(String(raw).trim())) return Number(raw);
    // xs:boolean, which .NET's XML reader implements, also spells true and false as 1 and 0
    // (public clients send `<Completed>1</Completed>`).
    const flag = String(raw).trim();
    if (types.includes('boolean') && ['true', 'false', '1', '0'].includes(flag)) return flag === 'true' || flag === '1';
    return raw;
  };

  return (operation, xml) => {
    const content = deref(operation?.requestBody)?.content;
    const schema = content?.['application/json']?.schema;
    const rootName = deref(content?.['application/xml']?.schema)?.xml?.name;
    if (!schema) return undefined;
    let doc;
    try {
      doc = parser.parse(xml);
    } catch {
      return undefined;
    }
    const [root, ...others] = Object.keys(doc).filter((k) => k !== '#text');
    // A wrong root element is left for Prism to reject: Litmos would not read the body either.
    if (root === undefined || others.length > 0 || (rootName && root !== rootName)) return undefined;
    // A JSON list body is a bare array; its XML form is the root element holding the items.
    return shape(doc[root], schema);
  };
}
