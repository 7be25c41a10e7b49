/**
 * Reads a request body (XML or JSON) into plain values, driven by the operation's request schema.
 * The Content-Type picks the reader; each reader shapes the values to the schema (numbers,
 * booleans, dates as epoch ms) and refuses what Litmos refuses.
 */
import type { RefResolver, Schema } from '../spec-model/schema-tools.js';
import { readJsonBody } from './read-json-body.js';
import { readXmlBody } from './read-xml-body.js';

/** The two body readers. */
export type BodyKind = 'xml' | 'json';

/** Which body reader a Content-Type selects, or undefined for one Litmos does not take. */
export function bodyKind(contentType: string | undefined): BodyKind | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type === 'text/json') return 'json';
  if (type === 'application/xml' || type === 'text/xml') return 'xml';
  return undefined;
}

/**
 * Parses and shapes a body.
 * @throws Refusal 400 for unreadable text or a root element other than the schema's;
 *   500 (WCF HTML page) for a JSON date in ISO form, which Litmos' JSON reader rejects.
 */
export function readBody(text: string, kind: BodyKind, schema: Schema, resolve: RefResolver): unknown {
  return kind === 'json' ? readJsonBody(text, schema, resolve) : readXmlBody(text, schema, resolve);
}
