import type { OperationDef } from '@litmos-kit/client/operations';
import { bodyFormat, parseXmlRoot, type RequestInfoSummary, type XmlRoot } from '@litmos-kit/core';
import { LitmosParseError, LitmosValidationError } from './errors.js';
import { type SchemaNode, shapeValue } from './shape-value.js';

/**
 * Decodes a 2xx body of `op` into its typed, validated value: XML and JSON bodies of the same
 * records give equal objects. Fields the spec does not know are kept.
 * @throws {LitmosParseError} when the body is not the XML or JSON it should be.
 * @throws {LitmosValidationError} when it parses but does not match the spec.
 */
export function decodeBody(op: OperationDef, text: string, contentType: string | null, request?: RequestInfoSummary): unknown {
  const schema = op.response as unknown as (SchemaNode & { safeParse(value: unknown): ParseResult }) | undefined;
  // Operations without a body (204, or a schema of `void`) have nothing to decode.
  if (!schema || schema._zod.def.type === 'void') return undefined;
  const format = bodyFormat(contentType, text);
  const fail = (reason: string, cause?: unknown) =>
    new LitmosParseError(`${op.id}: cannot read the response body: ${reason}`, text, contentType, request, { cause });

  let raw: unknown;
  if (format === 'json') {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw fail(`invalid JSON (${(error as Error).message})`, error);
    }
  } else if (format === 'xml') {
    let root: XmlRoot;
    try {
      root = parseXmlRoot(text);
    } catch (error) {
      throw fail(`invalid XML (${(error as Error).message})`, error);
    }
    if (op.xmlRoot && root.name !== op.xmlRoot) throw fail(`expected XML root <${op.xmlRoot}> but got <${root.name}>`);
    // Some lists sit one element further down (<Ecommerce><Courses><Course>…).
    raw = op.xmlWrappers.reduce<unknown>(
      (node, name) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[name] : undefined) ?? '',
      root.content,
    );
  } else {
    throw fail(format === 'html' ? 'got an HTML page instead of data' : `unexpected content type ${contentType ?? '(none)'}`);
  }

  const value = shapeValue(raw, schema, format);
  const result = schema.safeParse(value);
  if (!result.success) {
    // The zod issues as zod reports them (code, path, message and the details of each kind).
    const issues = result.error.issues;
    const first = issues[0];
    throw new LitmosValidationError(
      `${op.id}: the response does not match the spec (${issues.length} problem${issues.length === 1 ? '' : 's'}; first at ${first?.path.join('.') || '(root)'}: ${first?.message})`,
      issues,
      value,
      request,
    );
  }
  return value;
}

interface ParseResult {
  readonly success: boolean;
  readonly error: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] };
}
