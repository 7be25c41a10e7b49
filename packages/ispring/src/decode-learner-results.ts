import { bodyFormat, ParseError, parseXmlRoot, type RequestInfoSummary, validateValue, type XmlRoot } from '@litmos-kit/core';
import type { LearnerResultsResponse } from '@litmos-kit/ispring-client';
import { zLearnerResultsResponse } from '@litmos-kit/ispring-client/zod';
import { type SchemaNode, shapeXml } from './shape-xml.js';

/** The root element of the page, the schema's `xml.name` in spec/ispring. */
const ROOT = 'response';
const LABEL = 'listLearnerResults';

/**
 * Decodes one XML page of `GET /learners/results` into typed rows and the next-page token,
 * by the generated zod schema: `<timeSpent>10</timeSpent>` becomes `10`, `<isOverdue>0</isOverdue>`
 * `0` and `<isOverdue>false</isOverdue>` `false`, a single `<result>` a one-row array. Elements
 * the spec does not know are kept.
 * @throws {ParseError} when the body is not one complete XML document with a `<response>` root.
 * @throws {ValidationError} when it parses but does not match the spec.
 */
export function decodeLearnerResults(text: string, contentType: string | null, request?: RequestInfoSummary): LearnerResultsResponse {
  const fail = (reason: string, cause?: unknown) => new ParseError(`${LABEL}: cannot read the response body: ${reason}`, text, contentType, request, { cause });
  const format = bodyFormat(contentType, text);
  if (format !== 'xml') throw fail(format === 'html' ? 'got an HTML page instead of data' : `expected XML, got ${contentType ?? 'no content type'}`);
  let root: XmlRoot;
  try {
    root = parseXmlRoot(text);
  } catch (error) {
    throw fail(`invalid XML (${(error as Error).message})`, error);
  }
  if (root.name !== ROOT) throw fail(`expected XML root <${ROOT}> but got <${root.name}>`);
  const value = shapeXml(root.content, zLearnerResultsResponse as unknown as SchemaNode);
  return validateValue<LearnerResultsResponse>(zLearnerResultsResponse, value, { label: LABEL, request });
}
