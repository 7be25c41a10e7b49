import { describe, expect, it } from 'vitest';
import { decodeRows, rows } from '../test/rows.js';
import { createDriftRecorder } from './decode-drift.js';
import { decodeResponse } from './decode-response.js';
import { createDecodeSlowPath } from './decode-slow-path.js';
import { DecodeState } from './decode-state.js';
import { ParseError, ValidationError } from './errors.js';

describe('decodeResponse', () => {
  it('reads XML and JSON of the same rows to equal values, text typed by the decoder', () => {
    const xml = decodeResponse('<Rows><Row><id>a</id><n> 7 </n><on>true</on></Row></Rows>', 'application/xml', rows);
    const json = decodeResponse('[{"id":"a","n":7,"on":true}]', 'application/json', rows);
    expect(xml).toEqual({ value: [{ id: 'a', n: 7, on: true }], drift: [] });
    expect(json).toEqual(xml);
  });

  it('reports what differs and keeps what it cannot convert, by default', () => {
    const { value, drift } = decodeResponse('[{"n":"7","on":"maybe","extra":1},{"n":8}]', 'application/json', rows);
    expect(value).toEqual([{ n: 7, on: 'maybe', extra: 1 }, { n: 8 }]);
    expect(drift.map((issue) => [issue.kind, issue.pattern, issue.path])).toEqual([
      ['missing', '[].id', [0, 'id']],
      ['coerced', '[].n', [0, 'n']],
      ['mismatch', '[].on', [0, 'on']],
      ['unknown', '[].extra', [0, 'extra']],
    ]);
  });

  it('expects documented fields only when told to', () => {
    expect(decodeResponse('[{"id":"a"}]', 'application/json', rows).drift).toEqual([]);
    expect(decodeResponse('[{"id":"a"}]', 'application/json', rows, { expect: 'all' }).drift).toEqual([
      expect.objectContaining({ kind: 'missing', pattern: '[].n' }),
    ]);
  });

  it('throws a ValidationError listing every difference when strict, and checks nothing when off', () => {
    const text = '[{"n":"7"},{"n":"x"}]';
    expect(() => decodeResponse(text, 'application/json', rows, { policy: 'strict' })).toThrow(
      /^listRows: the response does not match the spec \(4 problems; first at 0\.id: missing \(expected string\)\)$/,
    );
    const error = (() => {
      try {
        decodeResponse(text, 'application/json', rows, { policy: 'strict' });
      } catch (caught) {
        return caught as ValidationError;
      }
    })();
    expect(error?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['missing', [0, 'id']],
      ['coerced', [0, 'n']],
      ['missing', [1, 'id']],
      ['mismatch', [1, 'n']],
    ]);
    expect(decodeResponse(text, 'application/json', rows, { policy: 'off' })).toEqual({ value: [{ n: 7 }, { n: 'x' }], drift: [] });
  });

  it.each(['report', 'strict', 'off'] as const)('refuses a root of another kind under the %s policy', (policy) => {
    expect(() => decodeResponse('{"Rows":[]}', 'application/json', rows, { policy })).toThrow(ValidationError);
    expect(() => decodeResponse('{"Rows":[]}', 'application/json', rows, { policy })).toThrow(/is not the array the spec describes, but an object/);
  });

  it.each([
    ['an HTML page', '<html><body>busy</body></html>', 'text/html', /got an HTML page/],
    ['invalid JSON', '[{"id":', 'application/json', /invalid JSON/],
    ['a truncated XML body', '<Rows><Row><id>a</id>', 'application/xml', /invalid XML .*truncated/],
    ['another root', '<Users/>', 'application/xml', /expected XML root <Rows> but got <Users>/],
    ['no content type and no telling', 'hello', null, /unexpected content type \(none\)/],
  ])('throws a ParseError that keeps the body for %s', (_name, text, type, message) => {
    const error = (() => {
      try {
        decodeResponse(text, type, rows);
      } catch (caught) {
        return caught as ParseError;
      }
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect(error?.message).toMatch(message);
    expect(error?.body).toBe(text);
  });

  it('refuses a format the API does not answer in', () => {
    expect(() => decodeResponse('[]', 'application/json', { ...rows, formats: ['xml'] })).toThrow(/expected XML, got application\/json/);
  });

  it('returns nothing for an operation without a body', () => {
    expect(decodeResponse('', null, { label: 'deleteRow', decode: undefined })).toEqual({ value: undefined, drift: [] });
  });
});

describe('DecodeState', () => {
  it('keeps the first issue of each place per body in report mode, and counts them all', () => {
    const state = new DecodeState({ format: 'json', slowPath: createDecodeSlowPath, driftRecorder: createDriftRecorder });
    decodeRows(
      Array.from({ length: 1000 }, () => ({ n: 1 })),
      state,
      undefined,
    );
    expect(state.issues).toHaveLength(1);
    expect(state.issueCount).toBe(1000);
  });

  it('reads an empty XML element as an empty object or list, and XML Schema booleans in any case', () => {
    const state = new DecodeState({ format: 'xml', policy: 'strict', slowPath: createDecodeSlowPath, driftRecorder: createDriftRecorder });
    expect(decodeRows('', state, undefined)).toEqual([]);
    expect(decodeRows({ Row: [{ id: 'a', on: 'false' }, ''] }, state, undefined)).toEqual([{ id: 'a', on: false }, {}]);
    expect(state.issues.map((issue) => issue.pattern)).toEqual(['[].id']);
    const lenient = new DecodeState({ format: 'xml', slowPath: createDecodeSlowPath, driftRecorder: createDriftRecorder });
    expect(decodeRows({ Row: { id: 'a', on: 'True' } }, lenient, undefined)).toEqual([{ id: 'a', on: true }]);
    expect(lenient.issues).toEqual([expect.objectContaining({ kind: 'coerced', pattern: '[].on' })]);
  });

  it('renames a variant spelling in place of the original, and keeps both when both arrive', () => {
    const state = new DecodeState({ format: 'json', slowPath: createDecodeSlowPath, driftRecorder: createDriftRecorder });
    const renamed = state.respell({ a: 1, Idd: 'x', b: 2 }, 'Idd', 'Id', undefined);
    expect(Object.entries(renamed)).toEqual([
      ['a', 1],
      ['Id', 'x'],
      ['b', 2],
    ]);
    expect(state.respell({ Id: 'y', Idd: 'x' }, 'Idd', 'Id', undefined)).toEqual({ Id: 'y', Idd: 'x' });
    expect(state.issues).toEqual([expect.objectContaining({ kind: 'respelled', pattern: 'Idd', expected: 'Id', received: 'Idd' })]);
  });
});
