import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listRows, noParameters, rows } from '../test/rows.js';
import type { DecodedResponse } from './decode-body.js';
import { decodeResponse } from './decode-response.js';
import { DecodeState, SlowPathNeeded } from './decode-state.js';
import { defaultErrorClasses, ParseError, ValidationError } from './errors.js';
import { parseXmlRoot } from './parse-xml-root.js';
import type { DriftEvent } from './validation-policy.js';

const clean = JSON.stringify([
  { id: 'a', n: 1, on: true, at: '2026-10-29T14:05:09Z' },
  { id: 'b', at: null },
]);
const drifting = JSON.stringify([{ id: 'a', n: '2', at: 'soon', extra: true }]);
// The classes given in the settings: a fresh module instance has its own copy of the defaults.
const errors = defaultErrorClasses;

// The slow path is loaded once per module instance: each test starts from a fresh one.
let decodeBody: typeof import('./decode-body.js').decodeBody;
let UndecodableBody: typeof import('./decode-body.js').UndecodableBody;
beforeEach(async () => {
  vi.resetModules();
  ({ decodeBody, UndecodableBody } = await import('./decode-body.js'));
});

/** The error a decoding that fails stands for, made from the classes, as the call pipeline makes it. */
async function failureOf(decoding: unknown): Promise<Error> {
  const failure = await Promise.resolve(decoding).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(UndecodableBody);
  return (failure as InstanceType<typeof UndecodableBody>).toError(errors);
}
afterEach(() => {
  vi.doUnmock('./decode-slow-path.js');
});

const isPromise = (value: unknown): value is Promise<unknown> => value instanceof Promise;

describe('decodeBody and the decoders slow path', () => {
  it('decodes a body that matches the spec at once, without the slow path', () => {
    const decoded = decodeBody(clean, 'json', 'application/json', rows, {}, undefined);
    expect(isPromise(decoded)).toBe(false);
    expect(decoded).toEqual({
      value: [
        { id: 'a', n: 1, on: true, at: '2026-10-29T14:05:09Z' },
        { id: 'b', at: null },
      ],
      drift: [],
    });
  });

  it('loads the slow path for the first body that needs it, with the one-step result, and has it at hand afterwards', async () => {
    expect(isPromise(decodeBody(clean, 'json', 'application/json', rows, {}, undefined))).toBe(false);
    const first = decodeBody(drifting, 'json', 'application/json', rows, {}, undefined);
    expect(isPromise(first)).toBe(true);
    const expected = decodeResponse(drifting, 'application/json', rows);
    expect(await first).toEqual(expected);
    expect(expected.drift.map((issue) => `${issue.kind} ${issue.pattern}`)).toEqual(['coerced [].n', 'mismatch [].at', 'unknown [].extra']);
    const second = decodeBody(drifting, 'json', 'application/json', rows, {}, undefined) as DecodedResponse<unknown>;
    expect(isPromise(second)).toBe(false);
    expect(second).toEqual(expected);
  });

  it('raises the same typed errors from the first body that loads the slow path', async () => {
    const strict = await failureOf(decodeBody(drifting, 'json', 'application/json', rows, { policy: 'strict' }, undefined));
    expect(strict).toBeInstanceOf(ValidationError);
    expect(strict.message).toMatch(/listRows: the response does not match the spec \(3 problems; first at 0\.n: expected integer, received string\)/);
    vi.resetModules();
    ({ decodeBody, UndecodableBody } = await import('./decode-body.js'));
    // A root of the wrong kind fails under every policy, 'off' included (which records nothing).
    const wrongRoot = await failureOf(decodeBody('{"id":"a"}', 'json', 'application/json', rows, { policy: 'off' }, undefined));
    expect(wrongRoot).toBeInstanceOf(ValidationError);
    expect(wrongRoot.message).toBe('listRows: the response is not the array the spec describes, but an object');
  });

  it('reads XML (whose numbers are text) through the slow path, to the value JSON gives', async () => {
    const xml = '<Rows><Row><id>a</id><n>1</n><on>true</on><at>2026-10-29T14:05:09Z</at></Row><Row><id>b</id><at/></Row></Rows>';
    const decoded = decodeBody(xml, 'xml', 'application/xml', rows, {}, parseXmlRoot);
    expect(isPromise(decoded)).toBe(true);
    expect(await decoded).toEqual(decodeBody(clean, 'json', 'application/json', rows, {}, undefined));
    // The slow path is at hand now; the drift recorder loads only with the first difference.
    expect(isPromise(decodeBody(xml, 'xml', 'application/xml', rows, {}, parseXmlRoot))).toBe(false);
    const differing = decodeBody(xml.replace('<n>1</n>', '<n>one</n>'), 'xml', 'application/xml', rows, {}, parseXmlRoot);
    expect(isPromise(differing)).toBe(true);
    expect((await differing).drift.map((issue) => `${issue.kind} ${issue.pattern} ${issue.expected}`)).toEqual(['mismatch [].n integer']);
  });

  it('loads the drift recorder too for a first XML body that differs from the spec', async () => {
    const xml = '<Rows><Row><id>a</id><n>one</n></Row></Rows>';
    const expected = decodeResponse(xml, 'application/xml', rows);
    expect(expected.drift.map((issue) => `${issue.kind} ${issue.pattern}`)).toEqual(['mismatch [].n']);
    expect(await decodeBody(xml, 'xml', 'application/xml', rows, {}, parseXmlRoot)).toEqual(expected);
  });

  it('fails with a ParseError (retried like a body cut off) when the slow path cannot load, and loads it with the next body', async () => {
    vi.doMock('./decode-slow-path.js', () => {
      throw new Error('the chunk did not arrive');
    });
    const failed = await failureOf(decodeBody(drifting, 'json', 'application/json', rows, {}, undefined));
    expect(failed).toBeInstanceOf(ParseError);
    expect(failed.message).toBe('listRows: cannot read the response body: the decoder could not be loaded');
    vi.doUnmock('./decode-slow-path.js');
    expect(await decodeBody(drifting, 'json', 'application/json', rows, {}, undefined)).toEqual(decodeResponse(drifting, 'application/json', rows));
  });
});

describe('the call pipeline and the slow path', () => {
  it('reports the first drifting body after a clean one, decoded as the one-step form does', async () => {
    const { createCaller } = await import('./create-caller.js');
    const { resolveHttpOptions } = await import('./http-options.js');
    const answers = [clean, drifting];
    let sent = 0;
    const fetchImpl: typeof fetch = async () => new Response(answers[sent++], { headers: { 'content-type': 'application/json' } });
    const drift: DriftEvent[] = [];
    const call = createCaller({
      baseUrl: 'https://api.example/v1/',
      options: { ...resolveHttpOptions({ fetch: fetchImpl }), hooks: { onDrift: (event) => void drift.push(event) }, validation: 'report' },
      secrets: [],
      logPrefix: 'svc',
      service: 'Service',
      errors,
    });
    expect((await call(listRows, noParameters)).value).toEqual(decodeResponse(clean, 'application/json', rows).value);
    expect(drift).toEqual([]);
    expect((await call(listRows, noParameters)).value).toEqual(decodeResponse(drifting, 'application/json', rows).value);
    expect(drift.map((event) => `${event.kind} ${event.path}`)).toEqual(['coerced [].n', 'mismatch [].at', 'unknown [].extra']);
  });
});

describe('DecodeState without a slow path', () => {
  it('throws SlowPathNeeded for a value that needs it, and decodes clean values', () => {
    const decode = rows.decode as NonNullable<typeof rows.decode>;
    expect(decode(JSON.parse(clean), new DecodeState({ format: 'json' }), undefined)).toHaveLength(2);
    expect(() => decode([{ id: 'a', n: 'x' }], new DecodeState({ format: 'json' }), undefined)).toThrow(SlowPathNeeded);
    // With the policy 'off' a missing required field records nothing, so it needs no slow path.
    expect(decode([{ n: 1 }], new DecodeState({ format: 'json', policy: 'off' }), undefined)).toEqual([{ n: 1 }]);
  });
});
