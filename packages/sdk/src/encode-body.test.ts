import type { OperationDef, XmlShape } from '@litmos-kit/core';
import { createDecodeSlowPath, createDriftRecorder, parseXmlRoot } from '@litmos-kit/core/decode';
import { DecodeState } from '@litmos-kit/core/internal';
import { describe, expect, it } from 'vitest';
import { compileDecoders } from '../test/compile-decoders.js';
import { bodyFormatFor } from './body-format-for.js';
import { encodeBody, escapeXml } from './encode-body.js';
import { normalizeLitmosDate } from './litmos-date.js';

// A user-like record body and a list-of-ids body, shaped as the generator describes them.
const userShape: XmlShape = {
  kind: 'object',
  name: 'User',
  fields: [
    { kind: 'value', name: 'Id', prop: 'Id', date: false },
    { kind: 'value', name: 'UserName', prop: 'UserName', date: false },
    { kind: 'value', name: 'Active', prop: 'Active', date: false },
    { kind: 'value', name: 'Points', prop: 'Points', date: false },
    { kind: 'value', name: 'Skype', prop: 'Skype', date: false },
    { kind: 'value', name: 'ExpirationDate', prop: 'ExpirationDate', date: true },
    { kind: 'list', name: 'Tags', prop: 'Tags', wrapped: true, item: { kind: 'value', name: 'Tag', date: false } },
  ],
};
// The same record as an OpenAPI schema, read back by a decoder generated from it.
const { decodeUser } = await compileDecoders(
  {
    LitmosDateTime: { type: 'string' },
    User: {
      type: 'object',
      required: ['Id', 'UserName', 'Active', 'Points', 'Skype', 'ExpirationDate', 'Tags'],
      properties: {
        Id: { type: 'string' },
        UserName: { type: 'string' },
        Active: { type: 'boolean' },
        Points: { type: 'integer' },
        Skype: { type: ['string', 'null'] },
        ExpirationDate: { oneOf: [{ $ref: '#/components/schemas/LitmosDateTime' }, { type: 'null' }] },
        Tags: { type: 'array', items: { type: 'string' } },
      },
    },
  },
  { dateSchema: 'LitmosDateTime' },
);
const op = (bodyMediaTypes = ['application/xml', 'application/json']) => ({ sdkMethod: 'test.write', bodyMediaTypes }) as unknown as OperationDef;
const WHERE = 'test.write';

const roundTrip = (value: unknown) => {
  const text = encodeBody(value, userShape, 'xml', WHERE, normalizeLitmosDate);
  const root = parseXmlRoot(text);
  expect(root.name).toBe('User');
  const state = new DecodeState({
    format: 'xml',
    policy: 'strict',
    date: normalizeLitmosDate,
    slowPath: createDecodeSlowPath,
    driftRecorder: createDriftRecorder,
  });
  const decoded = decodeUser?.(root.content, state, undefined);
  expect(state.issues).toEqual([]);
  return decoded;
};

describe('encodeBody (XML)', () => {
  const user = {
    Id: 'Qm3vXb7LpT2k1',
    UserName: 'ana.souza@northwind.example',
    Active: true,
    Points: 120,
    Skype: null,
    ExpirationDate: '2027-06-30T00:00:00.000Z',
    Tags: ['a', 'b'],
  };

  it('writes elements in the schema order, whatever the key order of the object', () => {
    const shuffled = Object.fromEntries(Object.entries(user).reverse());
    const text = encodeBody(shuffled, userShape, 'xml', WHERE, normalizeLitmosDate);
    expect(text).toBe(
      '<?xml version="1.0" encoding="utf-8"?><User xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Id>Qm3vXb7LpT2k1</Id><UserName>ana.souza@northwind.example</UserName><Active>true</Active><Points>120</Points><Skype i:nil="true"/><ExpirationDate>2027-06-30T00:00:00</ExpirationDate><Tags><Tag>a</Tag><Tag>b</Tag></Tags></User>',
    );
  });

  it('round-trips a typed object through XML without loss', () => {
    expect(roundTrip(user)).toEqual(user);
  });

  it.each([
    ['markup', '<b>bold</b> & </User>'],
    ['quotes', `"double" and 'single'`],
    ['entities', '&amp; &lt; &#233; &unknown;'],
    ['whitespace controls', 'tab\there\nline\r\nend  '],
    ['cdata end', ']]> <![CDATA[x]]>'],
    ['non-ASCII', 'Zoë – 東京 🎓'],
  ])('escapes %s so the value comes back exactly', (_name, hostile) => {
    expect(roundTrip({ ...user, UserName: hostile, Tags: [hostile] })).toEqual({ ...user, UserName: hostile, Tags: [hostile] });
  });

  it.each([
    ['a NUL', 'a\u0000b'],
    ['a vertical tab', 'a\u000Bb'],
    ['an escape', 'a\u001Bb'],
    ['a lone surrogate', 'a\uD800b'],
  ])('refuses %s, which XML 1.0 cannot carry, with a TypeError naming the field', (_name, bad) => {
    expect(() => encodeBody({ ...user, UserName: bad }, userShape, 'xml', WHERE, normalizeLitmosDate)).toThrow(/test\.write\.UserName/);
    expect(() => escapeXml(bad)).toThrow(TypeError);
  });

  it('writes a list-of-Ids body as a wrapper of items', () => {
    const ids: XmlShape = {
      kind: 'list',
      name: 'Courses',
      wrapped: true,
      item: { kind: 'object', name: 'Course', fields: [{ kind: 'value', name: 'Id', prop: 'Id', date: false }] },
    };
    expect(encodeBody([{ Id: 'Cs2dFg6HkL9m1' }, { Id: 'Cp5tYu8IoP3q1' }], ids, 'xml', WHERE, normalizeLitmosDate)).toContain(
      '<Courses xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Course><Id>Cs2dFg6HkL9m1</Id></Course><Course><Id>Cp5tYu8IoP3q1</Id></Course></Courses>',
    );
  });

  it('rejects an invalid date with a TypeError', () => {
    expect(() => encodeBody({ ...user, ExpirationDate: 'next tuesday' }, userShape, 'xml', WHERE, normalizeLitmosDate)).toThrow(TypeError);
  });
});

describe('encodeBody (JSON)', () => {
  it('writes dates in the WCF form and leaves other values alone', () => {
    const text = encodeBody({ Id: 'x', ExpirationDate: new Date('2027-06-30T00:00:00Z'), Skype: null }, userShape, 'json', WHERE, normalizeLitmosDate);
    expect(JSON.parse(text)).toEqual({ Id: 'x', ExpirationDate: '/Date(1814313600000)/', Skype: null });
  });

  it('uses JSON for operations that take no XML, even in XML mode', () => {
    expect(bodyFormatFor(op(['application/json']), 'xml')).toBe('json');
    expect(bodyFormatFor(op(), 'xml')).toBe('xml');
    expect(bodyFormatFor(op(), 'json')).toBe('json');
  });
});
