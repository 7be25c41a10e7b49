// Property: whatever text a caller passes as a query or path parameter (or as `source`), the
// request either is refused before sending (TypeError) or carries that exact text, escaped: the
// server reads back the same value, and nothing spills into another parameter, another path
// segment or a fragment. Checked on the requests createLitmos really sends, for every operation.
import { operations } from '@litmos-kit/client/operations';
import type { OperationDef } from '@litmos-kit/core';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createLitmos, isLitmosError } from '../../src/index.js';
import { schemasOf } from '../operation-codecs.js';
import { arbitraryOf, type Schema } from './arbitraries.js';

const numRuns = Math.round((300 * Number(process.env.FUZZ_RUNS ?? 50)) / 25);

/** Text that tends to break URLs: separators, escapes, dot segments, spaces, non-ASCII, controls. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '/',
      '?',
      '#',
      '&',
      '=',
      '+',
      '%',
      '%2F',
      '%25',
      '%00',
      ';',
      ',',
      ':',
      '@',
      '$',
      '!',
      "'",
      '(',
      ')',
      '*',
      '[',
      ']',
      ' ',
      '\t',
      '\n',
      '\\',
      '.',
      '..',
      '~',
      'é',
      '😀',
      '\u0000',
      '\u2028',
      '\uD800',
      '\uDFFF',
    ),
  },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,6}$/) },
);
const text = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
/** Query parameters whose values the SDK checks or rewrites itself (paging, delta dates). */
const managed = new Set(['source', 'format', 'limit', 'start', 'since', 'to']);

function call(litmos: ReturnType<typeof createLitmos>, op: OperationDef, params: Record<string, unknown>): Promise<unknown> {
  const method = op.sdkMethod.split('.').reduce<any>((node, part) => node[part], litmos);
  const result = method(params);
  return op.paging === 'offset' ? result.pages().next() : result;
}

it('sends every query and path value escaped, or refuses it before sending', async () => {
  const all = Object.values(operations) as OperationDef[];
  const input = fc.constantFrom(...all.map((op) => op.id)).chain((id) => {
    const op = operations[id as keyof typeof operations] as OperationDef;
    return fc.record({
      id: fc.constant(id),
      source: text.filter((s) => s.trim() !== '' && s.length <= 50),
      path: fc.record(Object.fromEntries(op.pathParams.map((name) => [name, text]))),
      query: fc.record(Object.fromEntries(op.query.filter((p) => !managed.has(p.name)).map((p) => [p.name, text])), { requiredKeys: [] }),
      body: schemasOf(op).body ? arbitraryOf(schemasOf(op).body as Schema) : fc.constant(undefined),
    });
  });

  await fc.assert(
    fc.asyncProperty(input, async ({ id, source, path, query, body }) => {
      const op = operations[id as keyof typeof operations] as OperationDef;
      const requests: Request[] = [];
      let litmos: ReturnType<typeof createLitmos>;
      try {
        litmos = createLitmos({
          apiKey: 'fuzz-key',
          source,
          format: 'json',
          baseUrl: 'http://127.0.0.1:9/v1.svc',
          lrs: { username: 'u', password: 'p', baseUrl: 'http://127.0.0.1:9/lrs' },
          retry: false,
          rateLimit: false,
          fetch: async (resource, init) => {
            requests.push(new Request(resource, init));
            return new Response('', { status: 404 });
          },
        });
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
        return;
      }
      // Required managed parameters get ordinary values; the fuzzed ones are the rest.
      const fixed: Record<string, unknown> = {};
      for (const p of op.query) {
        if (p.required && (p.name === 'since' || p.name === 'to')) fixed[p.name] = p.name === 'since' ? '2026-10-01 00:00:00' : '2026-10-02 00:00:00';
      }
      const params = { ...fixed, ...query, ...path, ...(body === undefined ? {} : { body }) };
      try {
        await call(litmos, op, params);
      } catch (error) {
        // Refused before anything was sent. Text with a lone surrogate cannot be percent-encoded
        // and still surfaces as the URIError of encodeURIComponent, not as a TypeError.
        if ((error instanceof TypeError || error instanceof URIError) && requests.length === 0) return;
        expect(isLitmosError(error), String(error)).toBe(true);
      }
      expect(requests).toHaveLength(1);
      const url = new URL((requests[0] as Request).url);
      expect(url.hash).toBe('');
      const expected: Record<string, string> = Object.fromEntries(Object.entries({ ...fixed, ...query }).map(([k, v]) => [k, String(v)]));
      if (op.query.some((p) => p.name === 'source')) expected.source = source;
      for (const [name, value] of Object.entries(expected)) expect(url.searchParams.getAll(name), `query ${name}`).toEqual([value]);
      for (const name of url.searchParams.keys())
        expect([...Object.keys(expected), 'format', 'start', 'limit'], `unexpected query parameter ${name}`).toContain(name);
      // Each path parameter fills exactly one segment of the template and decodes to its value.
      const template = op.path.split('/').slice(1);
      const segments = url.pathname.split('/').slice(-template.length);
      expect(segments).toHaveLength(template.length);
      template.forEach((part, i) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        const segment = segments[i] as string;
        if (name) expect(decodeURIComponent(segment), `path ${name}`).toBe(String(path[name]));
        else expect(segment).toBe(part);
      });
    }),
    { numRuns },
  );
});
