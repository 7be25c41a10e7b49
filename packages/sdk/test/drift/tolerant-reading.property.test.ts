// Property: for every Litmos REST operation with a documented body, take the spec's example and
// change it the ways real bodies differ from the spec: leave out a field that is not the row's
// identity, add a field the spec does not know, send a boolean as "true"/"false". The default
// policy never throws and reads the rest of the record unchanged; 'strict' always throws. The
// XML and the JSON of the changed record decode to equal objects.
import { operations } from '@litmos-kit/client/operations';
import type { OperationDef, XmlShape } from '@litmos-kit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeXml } from '../../src/encode-body.js';
import { LitmosValidationError } from '../../src/errors.js';
import { normalizeLitmosDate } from '../../src/litmos-date.js';
import { isXmlWritable, responseXml, type Schema } from '../fuzz/arbitraries.js';
import { codecOf, decodeBody, schemasOf } from '../operation-codecs.js';
import { deref, specOperations, successExample } from '../spec-examples.js';

const JSON_TYPE = 'application/json; charset=utf-8';
const XML = 'application/xml; charset=utf-8';
const numRuns = Number(process.env.FUZZ_RUNS ?? 50) * 4;

type Row = Record<string, unknown>;

interface Case {
  readonly op: OperationDef;
  /** The example, decoded: the value every changed body is compared with. */
  readonly value: unknown;
  readonly rows: Row[];
  /** The row schema's properties. */
  readonly properties: Readonly<Record<string, { type?: unknown; 'x-litmos-spelling-of'?: string; 'x-litmos-sometimes-absent'?: boolean }>>;
  readonly xml: boolean;
}

// Litmos REST operations (the Learning Record Store follows xAPI, whose fields are truly optional)
// whose JSON example is a record or a list of records.
const cases: Case[] = specOperations.flatMap((entry) => {
  const op = operations[entry.id as keyof typeof operations] as OperationDef;
  const example = successExample(entry.op, 'application/json');
  if (!example || !op.query.some((p) => p.name === 'source')) return [];
  const schema = deref(example.schema);
  const row = deref(schema.type === 'array' ? schema.items : schema);
  if (!row?.properties) return [];
  const decoded = decodeBody(op, JSON.stringify(example.value), JSON_TYPE, { policy: 'strict' }).value;
  const xml = Boolean(codecOf(op).response.xmlRoot) && isXmlWritable(schemasOf(op).response as Schema);
  // Litmos' XML dates carry whole seconds (the writer drops the fraction): start from what the
  // XML of the example reads as, so both formats describe the same record.
  const value = xml
    ? decodeBody(op, writeXml(responseXml(op).shape, responseXml(op).wrap(decoded), op.id, normalizeLitmosDate, true), XML, { policy: 'strict' }).value
    : decoded;
  const rows = (Array.isArray(value) ? value : [value]) as Row[];
  if (rows.length === 0) return [];
  return [{ op, value, rows, properties: row.properties, xml }];
});

const clone = <T>(value: T): T => structuredClone(value);
const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? value : [value]) as Row[];
const identity = (c: Case) => new Set(['Id', 'ID', ...c.op.itemKey]);
const declaredAlways = (c: Case, name: string) => {
  const property = c.properties[name];
  return property !== undefined && property['x-litmos-spelling-of'] === undefined && property['x-litmos-sometimes-absent'] !== true;
};
const booleanFields = (c: Case, row: Row) => Object.keys(row).filter((name) => deref(c.properties[name])?.type === 'boolean' && typeof row[name] === 'boolean');

/** Decodes under both policies: the default must read it, `'strict'` must refuse it. */
function expectReadAndRefused(c: Case, text: string, type: string) {
  const read = decodeBody(c.op, text, type);
  expect(() => decodeBody(c.op, text, type, { policy: 'strict' })).toThrow(LitmosValidationError);
  return read;
}

/** The XML the writer makes of a (decoded) value, as Litmos would send it; `extra` is written as one more element of each record. */
function xmlOf(c: Case, value: unknown, extra?: string): string {
  const { shape, wrap } = responseXml(c.op);
  const written = structuredClone(shape);
  if (extra !== undefined) {
    // Down the wrapper elements to the record (or the list of records).
    let node: XmlShape = written;
    for (let i = 0; i < (codecOf(c.op).response.xmlWrappers ?? []).length && node.kind === 'object'; i++) node = node.fields[0] as XmlShape;
    const row = node.kind === 'list' ? node.item : node;
    if (row.kind === 'object') (row.fields as XmlShape[]).push({ kind: 'value', name: extra, date: false });
  }
  return writeXml(written, wrap(value), c.op.id, normalizeLitmosDate, true);
}

it('covers the spec: Litmos operations with a documented record, most also in XML', () => {
  expect(cases.length).toBeGreaterThan(50);
  expect(cases.filter((c) => c.xml).length).toBeGreaterThan(40);
});

describe('a field left out (not the row identity)', () => {
  const removable = (c: Case, row: Row) => Object.keys(row).filter((name) => !identity(c).has(name) && declaredAlways(c, name));
  const withFields = cases.filter((c) => c.rows.some((row) => removable(c, row).length > 0));
  const removal = fc
    .constantFrom(...withFields)
    .chain((c) => fc.record({ c: fc.constant(c), index: fc.constantFrom(...c.rows.flatMap((row, i) => (removable(c, row).length ? [i] : []))) }))
    .chain(({ c, index }) => fc.record({ c: fc.constant(c), index: fc.constant(index), name: fc.constantFrom(...removable(c, c.rows[index] as Row)) }));

  it('covers operations whose records have fields besides their identity', () => {
    expect(withFields.length).toBeGreaterThan(50);
  });

  it('is read by default (the field absent, the rest unchanged) and refused when strict, in JSON and XML alike', () => {
    fc.assert(
      fc.property(removal, ({ c, index, name }) => {
        const value = clone(c.value);
        delete rowsOf(value)[index]?.[name];
        const json = expectReadAndRefused(c, JSON.stringify(value), JSON_TYPE);
        expect(json.value).toEqual(value);
        expect(json.drift).toContainEqual(expect.objectContaining({ kind: 'missing', path: [...(Array.isArray(value) ? [index] : []), name] }));
        if (c.xml) expect(expectReadAndRefused(c, xmlOf(c, value), XML).value).toEqual(json.value);
      }),
      { numRuns },
    );
  });
});

describe('a field the spec does not know', () => {
  const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,20}$/);
  const addition = fc.record({
    c: fc.constantFrom(...cases),
    name,
    // What JSON carries; XML carries text (the same record, written as an element).
    json: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
    text: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }).filter((t) => t.trim() === t),
  });

  it('is kept by default and refused when strict, in JSON and XML alike', () => {
    fc.assert(
      fc.property(addition, ({ c, name: field, json: extra, text }) => {
        if (Object.hasOwn(c.properties, field)) return;
        const value = clone(c.value);
        (rowsOf(value)[0] as Row)[field] = extra;
        const fromJson = expectReadAndRefused(c, JSON.stringify(value), JSON_TYPE);
        expect(fromJson.value).toEqual(value);
        expect(fromJson.drift).toContainEqual(expect.objectContaining({ kind: 'unknown', path: [...(Array.isArray(value) ? [0] : []), field] }));
        if (!c.xml) return;
        // The unknown element goes into the first record, after its known ones.
        const withText = clone(c.value);
        (rowsOf(withText)[0] as Row)[field] = text;
        const fromXml = expectReadAndRefused(c, xmlOf(c, withText, field), XML);
        expect(fromXml.value).toEqual(withText);
        expect(fromXml.value).toEqual(decodeBody(c.op, JSON.stringify(withText), JSON_TYPE).value);
      }),
      { numRuns },
    );
  });
});

describe('a boolean sent as text', () => {
  const withBooleans = cases.filter((c) => c.rows.some((row) => booleanFields(c, row).length > 0));
  const flip = fc
    .constantFrom(...withBooleans)
    .chain((c) => {
      const rows = c.rows.flatMap((row, index) => (booleanFields(c, row).length ? [index] : []));
      return fc.record({ c: fc.constant(c), index: fc.constantFrom(...rows) });
    })
    .chain(({ c, index }) =>
      fc.record({ c: fc.constant(c), index: fc.constant(index), name: fc.constantFrom(...booleanFields(c, c.rows[index] as Row)), upper: fc.boolean() }),
    );

  it('covers operations with boolean fields', () => {
    expect(withBooleans.length).toBeGreaterThan(30);
  });

  it('is read as the boolean by default (reported as converted) and refused when strict', () => {
    fc.assert(
      fc.property(flip, ({ c, index, name, upper }) => {
        const value = clone(c.value);
        const row = rowsOf(value)[index] as Row;
        const text = String(row[name]);
        row[name] = upper ? text[0]?.toUpperCase() + text.slice(1) : text;
        const { value: read, drift } = expectReadAndRefused(c, JSON.stringify(value), JSON_TYPE);
        expect(read).toEqual(c.value);
        expect(drift).toContainEqual(expect.objectContaining({ kind: 'coerced', path: [...(Array.isArray(value) ? [index] : []), name], expected: 'boolean' }));
      }),
      { numRuns },
    );
  });
});
