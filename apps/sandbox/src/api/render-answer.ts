/** Writes a handler's result as the operation's response schema says, in XML or JSON. */
import type { HandlerResult } from '../handlers/handler-types.js';
import type { SpecModel, SpecOperation } from '../spec-model/load-spec-model.js';
import { deref, listWrapperProperty, type Schema, typeOf } from '../spec-model/schema-tools.js';
import type { ResponseFormat } from '../wire/choose-format.js';
import type { JsonDateOffset } from '../wire/wire-dates.js';
import { writeJsonDocument } from '../wire/write-json.js';
import { writeXmlDocument } from '../wire/write-xml.js';
import { type ApiAnswer, apiAnswer } from './api-answer.js';
import { type ListQuery, pageRows } from './page-rows.js';

/** What rendering needs: the spec and the offset of JSON dates. */
export interface RenderOptions {
  readonly spec: SpecModel;
  readonly jsonDateOffset: JsonDateOffset;
}

/** The answer for a handler result: paged rows or a record, written with the spec's schema. */
export function renderAnswer(op: SpecOperation, result: HandlerResult, list: ListQuery, format: ResponseFormat, env: RenderOptions): ApiAnswer {
  const { spec } = env;
  const response = op.responses[String(result.status)];
  const media = format === 'json' ? 'application/json' : 'application/xml';
  const schema = response?.content?.[media]?.schema;
  const hasValue = result.rows !== undefined || result.record !== undefined;
  // The spec says "no body" (or the handler has none): Litmos sends Content-Length 0, no type.
  if (!schema || !hasValue) return apiAnswer(result.status, undefined);
  let value: unknown = result.record;
  if (result.rows) {
    const paged = result.paged ? result.rows : pageRows(result.rows, list, result.searchFields).page;
    const rows = result.view ? paged.map(result.view as (row: object) => object) : paged;
    const root = deref(schema, spec.resolve);
    const wrapper = format === 'xml' && typeOf(root) === 'object' ? listWrapperProperty(root, spec.resolve) : undefined;
    value = wrapper ? { [wrapper.name]: rows } : rows;
  }
  const text =
    format === 'json' ? writeJsonDocument(schema as Schema, value, spec.resolve, env.jsonDateOffset) : writeXmlDocument(schema as Schema, value, spec.resolve);
  return apiAnswer(result.status, { contentType: `${media}; charset=utf-8`, text });
}
