// @ts-check
// Prism answers a list with its whole example whatever `start` and `limit` say, so a client
// that pages until an empty page (the common pattern) never stops, and one that advances by
// `limit` reads the same records again. The mock cuts the example like Litmos cuts its data:
// records `start` to `start + limit - 1`, and an empty list (`[]`, `<Users …/>`) past the end.
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { createDeref } from './create-deref.mjs';

// Raw text in, raw text out: entities, attributes (`i:nil`, `xmlns:i`) and order stay as written.
const xmlOptions = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
};
const parser = new XMLParser(xmlOptions);
const builder = new XMLBuilder({ ...xmlOptions, suppressEmptyNode: true, format: false });

/** @typedef {{ start: number, limit: number }} PageWindow */

/**
 * Builds the slicer for a bundled spec (JSON form).
 * @param {any} spec
 * @returns {(operation: any, format: 'xml' | 'json', body: string, window: PageWindow) => string | undefined}
 *   the body of the requested page, or `undefined` when it is the body as it came (an operation
 *   that does not page, a body of another shape, or a window that keeps every record)
 */
export function createListSlicer(spec) {
  const deref = createDeref(spec);

  /** Where the records sit in the XML form: under the root, or one wrapper element deeper. */
  const xmlContainer = (/** @type {any} */ schemaNode) => {
    const schema = deref(schemaNode);
    /** @type {[string, any][]} */
    const entries = Object.entries(schema?.properties ?? {});
    if (entries.length !== 1 || !entries[0]) return undefined;
    const [name, propertyNode] = entries[0];
    const property = deref(propertyNode);
    if (property?.type !== 'array') return undefined;
    return { wrapper: property.xml?.wrapped ? (property.xml?.name ?? name) : undefined };
  };

  return (operation, format, body, { start, limit }) => {
    const success = Object.entries(operation?.responses ?? {}).find(([status]) => /^2\d\d$/.test(status));
    const content = deref(success?.[1])?.content;
    if (format === 'json') {
      if (deref(content?.['application/json']?.schema)?.type !== 'array') return undefined;
      const rows = JSON.parse(body);
      if (!Array.isArray(rows) || (start === 0 && rows.length <= limit)) return undefined;
      return JSON.stringify(rows.slice(start, start + limit));
    }
    const container = content?.['application/xml'] && xmlContainer(content['application/xml'].schema);
    if (!container) return undefined;
    const nodes = parser.parse(body);
    /** @type {(node: any) => string} */
    const elementName = (node) => Object.keys(node).find((key) => key !== ':@' && !key.startsWith('#') && !key.startsWith('?')) ?? '';
    const root = nodes.find(elementName);
    if (!root) return undefined;
    let holder = root;
    if (container.wrapper) {
      holder = root[elementName(root)].find((/** @type {any} */ node) => elementName(node) === container.wrapper);
      if (!holder) return undefined;
    }
    const name = elementName(holder);
    const records = holder[name].filter(elementName);
    if (start === 0 && records.length <= limit) return undefined;
    // Whitespace between the records goes with them; an empty page is a self-closed element.
    holder[name] = records.slice(start, start + limit);
    return builder.build(nodes);
  };
}
