/**
 * The request body of an operation: read through the operation's request schema for the Litmos
 * API, kept as sent for the Learning Record Store (xAPI statements are open-ended documents).
 */
import type { SpecModel, SpecOperation } from '../spec-model/load-spec-model.js';
import type { Schema } from '../spec-model/schema-tools.js';
import { bodyKind, readBody } from '../wire/read-body.js';
import { BAD_BODY_MESSAGE } from './messages.js';
import { Refusal } from './refusal.js';

/**
 * Reads the body the operation takes; undefined when it takes none, or an optional one is empty.
 * @throws Refusal 400 for a body Litmos cannot read (wrong Content-Type, empty, malformed).
 */
export function readRequestBody(op: SpecOperation, lrs: boolean, contentType: string | undefined, rawBody: string, spec: SpecModel): unknown {
  const request = op.requestBody;
  if (!request) return undefined;
  if (lrs) {
    try {
      return JSON.parse(rawBody);
    } catch {
      throw new Refusal(400, 'Please check the json in the body of the request');
    }
  }
  if (rawBody.trim() === '' && !request.required) return undefined;
  const kind = bodyKind(contentType);
  if (!kind || rawBody.trim() === '') throw new Refusal(400, BAD_BODY_MESSAGE);
  const schema = request.content?.[kind === 'json' ? 'application/json' : 'application/xml']?.schema ?? fallbackSchema(op);
  return readBody(rawBody, kind, schema as Schema, spec.resolve);
}

function fallbackSchema(op: SpecOperation): Schema | undefined {
  return op.requestBody?.content?.['application/json']?.schema ?? op.requestBody?.content?.['application/xml']?.schema;
}
