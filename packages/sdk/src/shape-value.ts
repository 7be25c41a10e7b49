/**
 * Schema-directed decoding. XML gives text for every value and cannot tell a list of one from a
 * single element; JSON gives native values but writes dates in several forms. Walking the
 * generated zod schema alongside the value turns both into the same typed object, without a
 * hand-kept list of which fields are numbers, lists or dates.
 */
import { zLitmosDateTime } from '@litmos-kit/client/zod';
import { normalizeLitmosDate } from './litmos-date.js';

/** The wire format a value was read from. */
export type WireFormat = 'xml' | 'json';

/** The parts of a zod (mini) schema this walk reads. @internal */
export interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly innerType?: SchemaNode;
      readonly element?: SchemaNode;
      readonly shape?: Readonly<Record<string, SchemaNode>>;
      readonly options?: readonly SchemaNode[];
    };
  };
}

const dateSchema = zLitmosDateTime as unknown as SchemaNode;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function isNil(node: unknown, format: WireFormat): boolean {
  if (format === 'json') return node === null;
  return typeof node === 'object' && node !== null && (node as Record<string, unknown>)['@_nil'] === 'true';
}

/** The text of an XML element: plain text, `#text` beside attributes, or '' when empty. */
function textOf(node: unknown): unknown {
  if (typeof node === 'string') return node;
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    const text = (node as Record<string, unknown>)['#text'];
    if (text !== undefined) return String(text);
    // An element holding only attributes (xmlns, i:nil) is empty.
    if (Object.keys(node).every((key) => key.startsWith('@_'))) return '';
  }
  return node;
}

const isBlank = (value: unknown) => typeof value === 'string' && value.trim() === '';

/** Attributes and the indentation between child elements are not data. */
const isMarkup = (key: string, value: unknown) => key.startsWith('@_') || (key === '#text' && isBlank(value));

/** The child elements of an XML list element, as an array whatever their number. */
function xmlItems(node: unknown): unknown {
  if (node === undefined || isBlank(node)) return [];
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  const keys = Object.keys(node).filter((key) => !isMarkup(key, (node as Record<string, unknown>)[key]));
  if (keys.length === 0) return [];
  // Mixed item names mean this is not a Litmos list; hand it on for validation to reject.
  if (keys.length > 1) return node;
  const items = (node as Record<string, unknown>)[keys[0] as string];
  return Array.isArray(items) ? items : [items];
}

/**
 * Decodes one value read from XML or JSON into the shape `schema` describes: XML text becomes
 * numbers and booleans, one-item and empty XML lists become arrays, `i:nil` becomes `null`,
 * and every Litmos date becomes ISO 8601 UTC. Values that do not fit are left as they are, so
 * schema validation afterwards reports them rather than this walk hiding them.
 */
export function shapeValue(node: unknown, schema: SchemaNode, format: WireFormat): unknown {
  if (schema === dateSchema) {
    const raw = format === 'xml' ? textOf(node) : node;
    const text = format === 'xml' && typeof raw === 'string' ? raw.trim() : raw;
    return typeof text === 'string' && text !== '' ? (normalizeLitmosDate(text) ?? text) : text;
  }
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return node === undefined ? undefined : shapeValue(node, def.innerType as SchemaNode, format);
    case 'nullable':
      return shapeNullable(node, [def.innerType as SchemaNode], format);
    case 'union': {
      const options = def.options ?? [];
      const nonNull = options.filter((option) => option._zod.def.type !== 'null');
      return nonNull.length < options.length ? shapeNullable(node, nonNull, format) : shapeValue(node, options[0] as SchemaNode, format);
    }
    case 'array': {
      const items = format === 'xml' ? xmlItems(node) : node;
      return Array.isArray(items) ? items.map((item) => shapeValue(item, def.element as SchemaNode, format)) : items;
    }
    case 'object':
      return shapeObject(node, def.shape ?? {}, format);
    default:
      return format === 'xml' ? shapeXmlScalar(textOf(node), def.type) : node;
  }
}

function shapeNullable(node: unknown, options: readonly SchemaNode[], format: WireFormat): unknown {
  if (isNil(node, format)) return null;
  const inner = options[0];
  if (!inner) return node;
  // Litmos writes "" for a date that never happened (a person who never logged in).
  if (inner === dateSchema && (format === 'xml' ? textOf(node) : node) === '') return null;
  return shapeValue(node, inner, format);
}

function shapeObject(node: unknown, shape: Readonly<Record<string, SchemaNode>>, format: WireFormat): unknown {
  if (format === 'xml' && isBlank(node)) node = {};
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (format === 'xml' && isMarkup(key, value)) continue;
    // Own fields only: a `constructor` or `__proto__` key in a body is data, not a schema.
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    // Fields the spec does not know yet are kept, so nothing Litmos sends is lost.
    const shaped = field ? shapeValue(value, field, format) : format === 'xml' ? textOf(value) : value;
    // A JSON `__proto__` key is defined as data: assigned, it would replace the object's prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: shaped, enumerable: true, writable: true, configurable: true });
    else out[key] = shaped;
  }
  return out;
}

function shapeXmlScalar(text: unknown, type: string): unknown {
  if (typeof text !== 'string') return text;
  // Strings keep their exact text; for numbers and booleans surrounding spaces carry nothing.
  if (type === 'number' || type === 'bigint') return NUMBER.test(text.trim()) ? Number(text) : text;
  if (type === 'boolean') {
    const word = text.trim();
    return word === 'true' ? true : word === 'false' ? false : text;
  }
  return text;
}
