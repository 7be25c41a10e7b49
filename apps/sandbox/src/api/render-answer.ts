/** Writes a handler's result as the operation's response schema says, in XML or JSON. */
import type { HandlerResult } from '../handlers/handler-types.js';
import type { SpecModel, SpecOperation } from '../spec-model/load-spec-model.js';
import { deref, listWrapperProperty, type Schema, typeOf } from '../spec-model/schema-tools.js';
import type { ResponseFormat } from '../wire/choose-format.js';
import { writeJsonDocument } from '../wire/write-json.js';
import { writeXmlDocument } from '../wire/write-xml.js';
import { type ApiAnswer, apiAnswer } from './api-answer.js';
import { type ListQuery, pageRows } from './page-rows.js';

/** The answer for a handler result: paged rows or a record, written with the spec's schema. */
export function renderAnswer(op: SpecOperation, result: HandlerResult, list: ListQuery, format: ResponseFormat, spec: SpecModel): ApiAnswer {
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
  const text = format === 'json' ? writeJsonDocument(schema as Schema, value, spec.resolve) : writeXmlDocument(schema as Schema, value, spec.resolve);
  return apiAnswer(result.status, { contentType: `${media}; charset=utf-8`, text });
}
