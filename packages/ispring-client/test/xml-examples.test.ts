// Redocly cannot check XML examples (it reads them as JSON text; see spec/ispring/.redocly.lint-ignore.yaml),
// so this file does: every XML example of the spec decodes, by the schema's element names and
// types, into a value the generated zod schema accepts. The decoder itself is tested too, so a
// pass means something.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { zLearnerResultsResponse } from '../src/gen/zod.gen.js';
import { decodeXml, exampleValue, type OpenApiDocument, type SchemaObject } from './decode-xml.js';

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/ispring.json'), 'utf8')) as OpenApiDocument;

// Generated zod schema of each XML response body, by the `$ref` the spec uses for it.
const zodByRef: Record<string, { safeParse(value: unknown): { success: boolean } }> = {
  '#/components/schemas/LearnerResultsResponse': zLearnerResultsResponse,
};

const xmlExamples = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item).flatMap(([method, op]) =>
    Object.entries(op.responses).flatMap(([status, response]) => {
      const media = response.content?.['application/xml'];
      return Object.entries(media?.examples ?? {}).map(([name, example]) => ({
        label: `${method.toUpperCase()} ${path} ${status} ${name}`,
        schema: media!.schema!,
        xml: exampleValue(spec, example) as string,
      }));
    }),
  ),
);

describe('XML examples of spec/ispring', () => {
  it('has XML examples to check', () => {
    expect(xmlExamples.length).toBeGreaterThan(0);
  });

  it.each(xmlExamples)('$label decodes to its schema', ({ schema, xml }) => {
    const zod = zodByRef[schema.$ref ?? ''];
    expect(zod, `no zod schema mapped for ${schema.$ref}`).toBeDefined();
    expect(zod!.safeParse(decodeXml(xml, schema, spec)).success).toBe(true);
  });
});

describe('the schema-directed XML decoder', () => {
  const schema: SchemaObject = { $ref: '#/components/schemas/LearnerResultsResponse' };
  const row = (inner: string) =>
    `<response><results><result><userId>114dba08-a75e-11eb-b4e5-0242ac13002a</userId><courseId>1852f94e-a75e-11eb-92c3-0242ac13002a</courseId><courseTitle>C</courseTitle><enrollmentId>b9b41af0-f062-11eb-a99d-0242ac190033</enrollmentId><accessDate>2021-07-28T21:00:00+00:00</accessDate><completionStatus>complete</completionStatus>${inner}</result></results></response>`;

  it('decodes a single row, an empty list and the next-page token', () => {
    expect(decodeXml(row('<isOverdue>true</isOverdue>'), schema, spec)).toMatchObject({ results: [{ courseTitle: 'C', isOverdue: true }] });
    expect(decodeXml('<response><results/><nextPageToken>abc</nextPageToken></response>', schema, spec)).toEqual({ results: [], nextPageToken: 'abc' });
  });

  it('rejects elements the schema does not describe', () => {
    expect(() => decodeXml(row('<colour>red</colour>'), schema, spec)).toThrow(/colour/);
    expect(() => decodeXml('<learnerResults><results/></learnerResults>', schema, spec)).toThrow(/root <response>/);
    expect(() => decodeXml('<response><results><row/></results></response>', schema, spec)).toThrow(/only <result>/);
  });

  it('rejects text of the wrong type', () => {
    expect(() => decodeXml(row('<isOverdue>2</isOverdue>'), schema, spec)).toThrow(/isOverdue/);
    expect(() => decodeXml(row('<timeSpent>ten</timeSpent>'), schema, spec)).toThrow(/timeSpent/);
    expect(() => decodeXml(row('<progress>9,09</progress>'), schema, spec)).toThrow(/progress/);
  });

  it('leaves missing required fields to the zod schema', () => {
    const decoded = decodeXml('<response><results><result><courseTitle>C</courseTitle></result></results></response>', schema, spec);
    expect(zLearnerResultsResponse.safeParse(decoded).success).toBe(false);
  });
});
