/**
 * Schema-directed XML decoding. XML gives text for every value and cannot tell a list of one
 * from a single element; walking the generated zod schema alongside the parsed XML turns the
 * text into the numbers, booleans, literals and arrays the schema describes, without a
 * hand-kept list of field types. Values that do not fit are left as they are, so that schema
 * validation afterwards reports them instead of this walk hiding them.
 */

/** The parts of a zod (mini) schema this walk reads. @internal */
export interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly innerType?: SchemaNode;
      readonly element?: SchemaNode;
      readonly shape?: Readonly<Record<string, SchemaNode>>;
      readonly options?: readonly SchemaNode[];
      readonly values?: readonly unknown[];
    };
  };
  safeParse(value: unknown): { readonly success: boolean };
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

const isBlank = (value: unknown) => typeof value === 'string' && value.trim() === '';

/** Attributes and the indentation between child elements are not data. */
const isMarkup = (key: string, value: unknown) => key.startsWith('@_') || (key === '#text' && isBlank(value));

/** The text of an element: plain text, `#text` beside attributes, or '' when it holds only attributes. */
function textOf(node: unknown): unknown {
  if (typeof node === 'string') return node;
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    const text = (node as Record<string, unknown>)['#text'];
    if (text !== undefined) return String(text);
    if (Object.keys(node).every((key) => key.startsWith('@_'))) return '';
  }
  return node;
}

/**
 * The items of a wrapped XML list (`<results><result>…</result><result>…</result></results>`)
 * as an array, whatever their number: an empty wrapper is `[]`, a single item is not an object.
 */
function xmlItems(node: unknown): unknown {
  if (node === undefined || isBlank(node)) return [];
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  const keys = Object.keys(node).filter((key) => !isMarkup(key, (node as Record<string, unknown>)[key]));
  if (keys.length === 0) return [];
  // Mixed item names mean this is not a list; hand it on for validation to reject.
  if (keys.length > 1) return node;
  const items = (node as Record<string, unknown>)[keys[0] as string];
  return Array.isArray(items) ? items : [items];
}

/** Decodes one parsed XML node into the shape `schema` describes. */
export function shapeXml(node: unknown, schema: SchemaNode): unknown {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      return node === undefined ? undefined : shapeXml(node, def.innerType as SchemaNode);
    case 'union':
      return shapeUnion(node, def.options ?? []);
    case 'array': {
      const items = xmlItems(node);
      return Array.isArray(items) ? items.map((item) => shapeXml(item, def.element as SchemaNode)) : items;
    }
    case 'object':
      return shapeObject(node, def.shape ?? {});
    default:
      return shapeScalar(textOf(node), def.type, def.values);
  }
}

/** The first alternative whose decoding the alternative accepts (`<isOverdue>` is `0`, `1` or `false`). */
function shapeUnion(node: unknown, options: readonly SchemaNode[]): unknown {
  for (const option of options) {
    const value = shapeXml(node, option);
    if (option.safeParse(value).success) return value;
  }
  const first = options[0];
  return first ? shapeXml(node, first) : node;
}

function shapeObject(node: unknown, shape: Readonly<Record<string, SchemaNode>>): unknown {
  if (isBlank(node)) node = {};
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (isMarkup(key, value)) continue;
    const field = shape[key];
    // Elements the spec does not know yet are kept as text, so nothing the server sends is lost.
    out[key] = field ? shapeXml(value, field) : textOf(value);
  }
  return out;
}

function shapeScalar(text: unknown, type: string, literals: readonly unknown[] | undefined): unknown {
  if (typeof text !== 'string') return text;
  // Strings keep their exact text; for numbers, booleans and literals surrounding spaces carry nothing.
  const word = text.trim();
  if (type === 'number') return NUMBER.test(word) ? Number(word) : text;
  if (type === 'boolean') return word === 'true' ? true : word === 'false' ? false : text;
  if (type === 'literal') return literals?.find((literal) => String(literal) === word) ?? text;
  return text;
}
