// Property: for every operation of the spec and any value its schema accepts, what the SDK
// writes (JSON text, or XML from the body writer) decodes back to the same value.
import { operations } from '@litmos-kit/client/operations';
import type { OperationDef, XmlShape } from '@litmos-kit/core';
import { parseXmlRoot } from '@litmos-kit/core/decode';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBody, writeXml } from '../../src/encode-body.js';
import { normalizeLitmosDate } from '../../src/litmos-date.js';
import { codecOf, decodeBody, schemasOf } from '../operation-codecs.js';
import { readRequestBody } from '../request-body-decoders.js';
import { arbitraryOf, isXmlWritable, responseXml, type Schema } from './arbitraries.js';

const all = Object.values(operations) as OperationDef[];
const withResponse = all.filter((op) => schemasOf(op).response && (schemasOf(op).response as Schema)._zod.def.type !== 'void');
const withXmlResponse = withResponse.filter((op) => codecOf(op).response.xmlRoot && isXmlWritable(schemasOf(op).response as Schema));
const withBody = all.filter((op) => schemasOf(op).body);
const withXmlBody = withBody.filter((op) => codecOf(op).bodyXml && op.bodyMediaTypes.includes('application/xml'));

// Runs per operation and property: with ~150 operations the file takes a few seconds. Raise it
// for a deeper search: FUZZ_RUNS=2000 pnpm exec vitest run test/fuzz
const numRuns = Number(process.env.FUZZ_RUNS ?? 50);
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 cannot carry are what this looks for.
const XML_CANNOT_CARRY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when some string inside `value` holds a character XML 1.0 cannot carry. */
function hasNonXmlText(value: unknown): boolean {
  if (typeof value === 'string') return XML_CANNOT_CARRY.test(value);
  if (Array.isArray(value)) return value.some(hasNonXmlText);
  return typeof value === 'object' && value !== null && Object.values(value).some(hasNonXmlText);
}

it('covers the spec: operations with a response, an XML response and a body', () => {
  expect(withResponse.length).toBeGreaterThan(50);
  expect(withXmlResponse.length).toBeGreaterThan(50);
  expect(withXmlBody.length).toBeGreaterThan(10);
});

describe.each(withResponse.map((op) => [op.id, op] as const))('%s response', (_, op) => {
  const arbitrary = arbitraryOf(schemasOf(op).response as Schema);

  it('decodes its JSON text back to the value', () => {
    fc.assert(
      fc.property(arbitrary, (value) => {
        const { value: decoded, drift } = decodeBody(op, JSON.stringify(value), 'application/json; charset=utf-8');
        expect(decoded).toEqual(value);
        // Values of the schema differ from it at most by optional fields left out.
        expect(drift.filter((issue) => issue.kind !== 'missing')).toEqual([]);
      }),
      { numRuns },
    );
  });
});

describe.each(withXmlResponse.map((op) => [op.id, op] as const))('%s response', (_, op) => {
  const arbitrary = arbitraryOf(schemasOf(op).response as Schema);

  it('decodes the XML the writer makes of the value back to it', () => {
    const { shape, wrap } = responseXml(op);
    fc.assert(
      fc.property(arbitrary, (value) => {
        let xml: string;
        try {
          xml = writeXml(shape, wrap(value), op.id, normalizeLitmosDate, true);
        } catch (error) {
          // The writer refuses (and only refuses) text XML 1.0 cannot carry.
          expect(error).toBeInstanceOf(TypeError);
          expect(hasNonXmlText(value)).toBe(true);
          return;
        }
        const { value: decoded, drift } = decodeBody(op, xml, 'application/xml; charset=utf-8');
        expect(decoded).toEqual(value);
        expect(drift.filter((issue) => issue.kind !== 'missing')).toEqual([]);
      }),
      { numRuns },
    );
  });
});

/** Reads an XML body back by the writer's shape (element names to property names). */
function renameByShape(node: unknown, shape: XmlShape): unknown {
  if (typeof node !== 'object' || node === null) return node;
  const record = node as Record<string, unknown>;
  const attributes = Object.fromEntries(Object.entries(record).filter(([key]) => key.startsWith('@_')));
  if (shape.kind === 'object') {
    const fields = shape.fields
      .filter((field) => record[field.name] !== undefined)
      .map((field) => [field.prop ?? field.name, renameByShape(record[field.name], field)]);
    return { ...attributes, ...Object.fromEntries(fields) };
  }
  if (shape.kind === 'list') {
    const items = record[shape.item.name];
    return { ...attributes, [shape.item.name]: Array.isArray(items) ? items.map((item) => renameByShape(item, shape.item)) : renameByShape(items, shape.item) };
  }
  return node;
}

describe.each(withBody.map((op) => [op.id, op] as const))('%s request body', (_, op) => {
  const schema = schemasOf(op).body as Schema;
  const arbitrary = arbitraryOf(schema);

  it('writes JSON (dates in the WCF form) that reads back as the value', () => {
    fc.assert(
      fc.property(arbitrary, (value) => {
        const text = encodeBody(value, codecOf(op).bodyXml, 'json', op.sdkMethod, normalizeLitmosDate);
        expect(readRequestBody(op, JSON.parse(text), 'json')).toEqual(value);
      }),
      { numRuns },
    );
  });
});

describe.each(withXmlBody.map((op) => [op.id, op] as const))('%s request body', (_, op) => {
  const schema = schemasOf(op).body as Schema;
  const arbitrary = arbitraryOf(schema);

  it('writes XML, elements in the spec order whatever the key order, that reads back as the value', () => {
    const shape = codecOf(op).bodyXml as XmlShape;
    // Callers build objects in any key order; Litmos (WCF) ignores elements out of order.
    const reordered = arbitrary.chain((value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? fc.shuffledSubarray(Object.entries(value), { minLength: Object.keys(value).length }).map((entries) => [value, Object.fromEntries(entries)] as const)
        : fc.constant([value, value] as const),
    );
    fc.assert(
      fc.property(reordered, ([value, shuffled]) => {
        let text: string;
        try {
          text = encodeBody(shuffled, shape, 'xml', op.sdkMethod, normalizeLitmosDate);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          expect(hasNonXmlText(value)).toBe(true);
          return;
        }
        const root = parseXmlRoot(text);
        expect(root.name).toBe(shape.name);
        if (shape.kind === 'object' && typeof root.content === 'object' && root.content !== null) {
          const order = shape.fields.map((field) => field.name);
          const written = Object.keys(root.content).filter((key) => !key.startsWith('@_') && key !== '#text');
          expect(written).toEqual(order.filter((name) => written.includes(name)));
        }
        expect(readRequestBody(op, renameByShape(root.content, shape), 'xml')).toEqual(value);
      }),
      { numRuns },
    );
  });
});
