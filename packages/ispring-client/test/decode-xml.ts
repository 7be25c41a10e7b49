// Test helper: decodes an XML body by walking the spec's schema (element names from `xml.name`,
// wrapped lists from `xml.wrapped`, scalar types from `type`/`enum`/`oneOf`). Strict on purpose:
// an element the schema does not describe, or text that fits no declared type, is an error. This
// is what lets the tests stand in for Redocly's check of XML examples (see spec/README.md).
import { XMLParser } from 'fast-xml-parser';

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  oneOf?: SchemaObject[];
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  xml?: { name?: string; wrapped?: boolean };
}
export interface ExampleObject {
  $ref?: string;
  value?: unknown;
}
interface MediaType {
  schema?: SchemaObject;
  examples?: Record<string, ExampleObject>;
}
export interface Operation {
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, SchemaObject>; examples?: Record<string, ExampleObject> };
}

/** The value of an Example Object, following the `$ref` a bundled spec puts in its place. */
export function exampleValue(doc: OpenApiDocument, example: ExampleObject): unknown {
  if (!example.$ref) return example.value;
  const name = /^#\/components\/examples\/(.+)$/.exec(example.$ref)?.[1];
  const target = name ? doc.components?.examples?.[name] : undefined;
  if (!target) throw new Error(`unresolved ${example.$ref}`);
  return exampleValue(doc, target);
}

const parser = new XMLParser({ ignoreDeclaration: true, ignoreAttributes: true, parseTagValue: false, trimValues: true });

function resolve(schema: SchemaObject, doc: OpenApiDocument): SchemaObject {
  if (!schema.$ref) return schema;
  const name = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref)?.[1];
  const target = name ? doc.components?.schemas?.[name] : undefined;
  if (!target) throw new Error(`unresolved ${schema.$ref}`);
  return resolve(target, doc);
}

const typesOf = (schema: SchemaObject) => ([] as string[]).concat(schema.type ?? (schema.properties ? 'object' : 'string'));

function scalar(text: string, schema: SchemaObject, doc: OpenApiDocument, path: string): unknown {
  const s = resolve(schema, doc);
  if (s.oneOf) {
    for (const alternative of s.oneOf) {
      try {
        return scalar(text, alternative, doc, path);
      } catch {
        // try the next alternative
      }
    }
    throw new Error(`${path}: "${text}" fits none of the alternatives`);
  }
  let value: unknown;
  const types = typesOf(s);
  if (types.includes('integer') && /^-?\d+$/.test(text)) value = Number(text);
  else if (types.includes('number') && /^-?\d+(\.\d+)?$/.test(text)) value = Number(text);
  else if (types.includes('boolean') && (text === 'true' || text === 'false')) value = text === 'true';
  else if (types.includes('string')) value = text;
  else throw new Error(`${path}: "${text}" is not ${types.join(' or ')}`);
  if (s.enum && !s.enum.includes(value)) throw new Error(`${path}: ${String(value)} is not one of ${s.enum.join(', ')}`);
  return value;
}

const asList = (node: unknown): unknown[] => (node === undefined ? [] : Array.isArray(node) ? node : [node]);

function decodeObject(node: unknown, schema: SchemaObject, doc: OpenApiDocument, path: string): Record<string, unknown> {
  const s = resolve(schema, doc);
  const element = (node === '' ? {} : node) as Record<string, unknown>;
  if (typeof element !== 'object' || element === null || Array.isArray(element)) throw new Error(`${path}: expected child elements`);
  const out: Record<string, unknown> = {};
  const known = new Set<string>();
  for (const [prop, raw] of Object.entries(s.properties ?? {})) {
    const sub = resolve(raw, doc);
    const name = raw.xml?.name ?? sub.xml?.name ?? prop;
    if (typesOf(sub).includes('array')) {
      const items = sub.items ?? {};
      const itemName = items.xml?.name ?? resolve(items, doc).xml?.name ?? prop;
      const wrapped = raw.xml?.wrapped ?? sub.xml?.wrapped ?? false;
      known.add(wrapped ? name : itemName);
      if (wrapped && !(name in element)) continue;
      const holder = wrapped ? ((element[name] === '' ? {} : element[name]) as Record<string, unknown>) : element;
      if (wrapped && Object.keys(holder).some((k) => k !== itemName)) throw new Error(`${path}/${name}: only <${itemName}> may appear`);
      out[prop] = asList(holder[itemName]).map((item, i) => decodeValue(item, items, doc, `${path}/${name}/${itemName}[${i}]`));
    } else {
      known.add(name);
      if (name in element) out[prop] = decodeValue(element[name], raw, doc, `${path}/${name}`);
    }
  }
  const unknown = Object.keys(element).filter((k) => !known.has(k));
  if (unknown.length) throw new Error(`${path}: elements not in the schema: ${unknown.join(', ')}`);
  return out;
}

function decodeValue(node: unknown, schema: SchemaObject, doc: OpenApiDocument, path: string): unknown {
  const s = resolve(schema, doc);
  if (Array.isArray(node)) throw new Error(`${path}: repeated element`);
  if (typesOf(s).includes('object') && s.properties) return decodeObject(node, s, doc, path);
  if (typeof node !== 'string') throw new Error(`${path}: expected text`);
  return scalar(node, schema, doc, path);
}

/** Decodes `xml` as the schema describes it; throws on anything the schema does not allow. */
export function decodeXml(xml: string, schema: SchemaObject, doc: OpenApiDocument): unknown {
  const root = resolve(schema, doc);
  const rootName = root.xml?.name;
  if (!rootName) throw new Error('the schema names no root element');
  const tree = parser.parse(xml) as Record<string, unknown>;
  const names = Object.keys(tree);
  if (names.length !== 1 || names[0] !== rootName) throw new Error(`expected the root <${rootName}>, got ${names.map((n) => `<${n}>`).join(', ')}`);
  return decodeObject(tree[rootName], root, doc, `/${rootName}`);
}
