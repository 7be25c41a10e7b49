// The decoder generator (packages/client/scripts/generate-decoders.mjs) on schemas of our own
// making: the constructs the three specs use decode as OpenAPI says, and a construct it does not
// know fails the build instead of decoding wrongly.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDecodeSlowPath, createDriftRecorder } from '@litmos-kit/core/decode';
import { DecodeState } from '@litmos-kit/core/internal';
import { describe, expect, it } from 'vitest';
import { generateDecoders } from '../../client/scripts/generate-decoders.mjs';
import { compileDecoders } from './compile-decoders.js';

const { decodeCatalogue } = await compileDecoders({
  Catalogue: {
    type: 'object',
    required: ['Id'],
    properties: {
      Id: { type: 'string', maxLength: 5 },
      Price: { type: ['number', 'null'], minimum: 0 },
      Level: { enum: ['L', 'TL', 2] },
      Flag: { oneOf: [{ type: 'integer', enum: [0, 1] }, { type: 'boolean' }] },
      Names: { type: 'object', additionalProperties: { type: 'string' } },
      Owner: { oneOf: [{ $ref: '#/components/schemas/Person' }, { type: 'null' }] },
      Tags: { type: ['array', 'null'], items: { type: 'string' }, maxItems: 2 },
      Extra: { type: 'object', properties: { Note: { type: 'string' } } },
      Payload: {},
    },
  },
  Person: { type: 'object', required: ['Name'], properties: { Name: { type: 'string' } }, additionalProperties: true },
});

function decode(value: unknown, format: 'xml' | 'json' = 'json') {
  const state = new DecodeState({ format, policy: 'report', slowPath: createDecodeSlowPath, driftRecorder: createDriftRecorder });
  return { value: decodeCatalogue?.(value, state, undefined), drift: state.issues.map((issue) => [issue.kind, issue.pattern]) };
}

describe('generated decoders', () => {
  it('read every construct of the schema without a difference when the value matches', () => {
    const value = {
      Id: 'C1',
      Price: null,
      Level: 2,
      Flag: false,
      Names: { en: 'Safety', fr: 'Sécurité' },
      Owner: { Name: 'Ana', Since: 2020 },
      Tags: ['a'],
      Extra: { Note: 'n' },
      Payload: { any: [1, 'thing'] },
    };
    expect(decode(structuredClone(value))).toEqual({ value, drift: [] });
  });

  it('read the XML text of each construct as its type', () => {
    const tree = {
      Id: 'C1',
      Price: ' 12.5 ',
      Level: 'TL',
      Flag: '1',
      Names: { en: 'Safety' },
      Owner: null,
      Tags: { Tag: ['a', 'b'] },
      Extra: '',
    };
    expect(decode(tree, 'xml')).toEqual({
      value: { Id: 'C1', Price: 12.5, Level: 'TL', Flag: 1, Names: { en: 'Safety' }, Owner: null, Tags: ['a', 'b'], Extra: {} },
      drift: [],
    });
  });

  it('report each broken constraint, and open objects keep unknown fields without a report', () => {
    const { drift } = decode({
      Id: 'C12345',
      Price: -1,
      Level: 'X',
      Flag: 2,
      Names: { en: 3 },
      Owner: { Age: 3 },
      Tags: ['a', 'b', 'c'],
      Extra: { Note: 'n', More: 1 },
    });
    expect(drift).toEqual([
      ['mismatch', 'Id'],
      ['mismatch', 'Price'],
      ['mismatch', 'Level'],
      ['mismatch', 'Flag'],
      ['coerced', 'Names.en'],
      ['missing', 'Owner.Name'],
      ['mismatch', 'Tags'],
      ['unknown', 'Extra.More'],
    ]);
  });
});

describe('the generator', () => {
  const generate = (schema: object) => () =>
    generateDecoders({
      spec: {
        paths: { '/x': { get: { operationId: 'getX', responses: { 200: { content: { 'application/json': { schema } } } } } } },
        components: { schemas: {} },
      },
      outDir: mkdtempSync(join(tmpdir(), 'decoders-')),
    });

  it.each([
    ['a keyword it does not know', { type: 'object', properties: { A: { allOf: [{ type: 'string' }] } } }, /does not know the keyword `allOf`/],
    ['an unknown format', { type: 'string', format: 'email-ish' }, /unknown format/],
    [
      'a variant of a field that is not there',
      { type: 'object', properties: { B: { type: 'string', 'x-litmos-spelling-of': 'A' } } },
      /x-litmos-spelling-of names `A`/,
    ],
    ['a property named like an Object.prototype member', { type: 'object', properties: { constructor: { type: 'string' } } }, /Object.prototype member/],
    ['an XML name other than the property', { type: 'object', properties: { A: { type: 'string', xml: { name: 'B' } } } }, /XML name other than the property/],
  ])('refuses %s', (_name, schema, message) => {
    expect(generate(schema)).toThrow(message);
  });
});
