// @ts-check
// Prism answers a list with its whole example whatever `start` and `limit` say, so a client
// that pages until an empty page (the common pattern) never stops, and one that advances by
// `limit` reads the same records again. The mock cuts the example like Litmos cuts its data:
// records `start` to `start + limit - 1`, and an empty list (`[]`, `<Users …/>`) past the end.
// A paged collection (`GET /users/paginated`: a `Pagination` block and one list of `Items`) is
// cut the same way, and its `Pagination` rewritten to describe the page it now holds.
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

  /** A paged collection: a `Pagination` object and exactly one list of records (wrapped in XML). */
  const collectionShape = (/** @type {any} */ schemaNode) => {
    const schema = deref(schemaNode);
    /** @type {[string, any][]} */
    const entries = Object.entries(schema?.properties ?? {});
    const lists = entries.filter(([, node]) => deref(node)?.type === 'array');
    if (!entries.some(([name]) => name === 'Pagination') || lists.length !== 1 || !lists[0]) return undefined;
    const [name, node] = lists[0];
    const list = deref(node);
    return { items: name, wrapper: list.xml?.wrapped ? (list.xml?.name ?? name) : undefined };
  };

  return (operation, format, body, { start, limit }) => {
    const success = Object.entries(operation?.responses ?? {}).find(([status]) => /^2\d\d$/.test(status));
    const content = deref(success?.[1])?.content;
    const collection = collectionShape(content?.['application/json']?.schema ?? content?.['application/xml']?.schema);
    if (collection) return sliceCollection(format, body, collection, { start, limit });
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

/** The `Pagination` values of a page: where it starts, its size, and how many records there are in all. */
const paginationValues = (/** @type {PageWindow} */ { start, limit }, /** @type {number} */ total) => ({ Start: start, BatchSize: limit, TotalCount: total });

/**
 * Cuts a paged collection (`UserCollection`) to the window and rewrites its `Pagination` to
 * match: `Start` and `BatchSize` as asked, `TotalCount` the number of records the example holds.
 * A window that keeps every record answers the example as written, like the other lists (its
 * `Pagination` is the documented one, which the SDK's contract tests read back).
 * @param {'xml' | 'json'} format
 * @param {string} body
 * @param {{ items: string, wrapper: string | undefined }} shape
 * @param {PageWindow} window
 * @returns {string | undefined}
 */
function sliceCollection(format, body, shape, window) {
  const { start, limit } = window;
  if (format === 'json') {
    const value = JSON.parse(body);
    const rows = value?.[shape.items];
    if (!Array.isArray(rows) || (start === 0 && rows.length <= limit)) return undefined;
    value[shape.items] = rows.slice(start, start + limit);
    if (value.Pagination && typeof value.Pagination === 'object') {
      for (const [name, number] of Object.entries(paginationValues(window, rows.length))) if (name in value.Pagination) value.Pagination[name] = number;
    }
    return JSON.stringify(value);
  }
  if (!shape.wrapper) return undefined;
  const nodes = parser.parse(body);
  /** @type {(node: any) => string} */
  const elementName = (node) => Object.keys(node).find((key) => key !== ':@' && !key.startsWith('#') && !key.startsWith('?')) ?? '';
  const root = nodes.find(elementName);
  if (!root) return undefined;
  const children = root[elementName(root)];
  const holder = children.find((/** @type {any} */ node) => elementName(node) === shape.wrapper);
  if (!holder) return undefined;
  const records = holder[shape.wrapper].filter(elementName);
  if (start === 0 && records.length <= limit) return undefined;
  holder[shape.wrapper] = records.slice(start, start + limit);
  const pagination = children.find((/** @type {any} */ node) => elementName(node) === 'Pagination');
  if (pagination) {
    const values = paginationValues(window, records.length);
    for (const field of pagination.Pagination) {
      const name = /** @type {keyof typeof values} */ (elementName(field));
      if (name in values) field[name] = [{ '#text': String(values[name]) }];
    }
  }
  return builder.build(nodes);
}
