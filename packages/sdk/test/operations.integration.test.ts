// Every operation of the spec, called through the SDK against Prism in XML and in JSON:
// the request carries the key and `source`, Prism finds nothing wrong with it, and the
// decoded result equals the spec's example. Driven by the spec, so new operations are covered
// without new test code.
import { operations } from '@litmos-kit/client/operations';
import { parseXmlRoot } from '@litmos-kit/core/decode';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createLitmos } from '../src/index.js';
import { readRequestBody } from './request-body-decoders.js';
import { deref, expectedValue, requestExample, type SpecOperation, specOperations, successExample } from './spec-examples.js';

const API_KEY = 'test-key-not-a-secret';

interface Exchange {
  request: Request;
  violations: { location: string[]; message: string }[];
}

function recordingClient(format: 'xml' | 'json') {
  const exchanges: Exchange[] = [];
  const litmos = createLitmos({
    apiKey: API_KEY,
    source: 'litmos-kit-tests',
    baseUrl: inject('mockUrl'),
    format,
    // The mock answers with the spec's examples: any difference from the spec is a bug here.
    validation: 'strict',
    // The Learning Record Store operations use these instead of the API key.
    lrs: { username: 'lrs-user', password: 'lrs-pass', baseUrl: inject('mockUrl') },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request.clone());
      exchanges.push({ request, violations: JSON.parse(response.headers.get('sl-violations') ?? '[]') });
      return response;
    },
  });
  return { litmos, exchanges };
}

/** Parameters for a call: required ones only, or every documented one, from the spec's examples. */
function paramsFor(entry: SpecOperation, all: boolean): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const raw of entry.op.parameters ?? []) {
    const p = deref(raw);
    if (p.name === 'source' || p.name === 'format' || (!p.required && !all)) continue;
    const schema = deref(p.schema);
    params[p.name] = p.example ?? schema.default ?? schema.enum?.[0] ?? schema.examples?.[0];
    if (params[p.name] === undefined) throw new Error(`${entry.id}: parameter ${p.name} needs an example`);
  }
  const body = requestExample(entry.op);
  if (body) params.body = body.value;
  return params;
}

async function call(litmos: ReturnType<typeof createLitmos>, entry: SpecOperation, params: Record<string, unknown>) {
  const def = operations[entry.id as keyof typeof operations];
  const method = def.sdkMethod.split('.').reduce((node: any, part) => node[part], litmos);
  const result = method(params);
  return def.paging === 'offset' ? (await result.pages().next()).value.items : await result;
}

// An operation counts as covered once all four of its calls (XML/JSON × required/all) passed.
const passes = new Map<string, number>();
afterAll(() => {
  const covered = specOperations.filter((entry) => passes.get(entry.id) === 4).length;
  console.log(`contract: ${covered}/${specOperations.length} operations`);
});

describe.each(['xml', 'json'] as const)('every operation against Prism (%s)', (format) => {
  describe.each(specOperations.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    it.each([
      ['required parameters', false],
      ['all parameters', true],
    ])('with %s', async (_label, all) => {
      const { litmos, exchanges } = recordingClient(format);
      const data = await call(litmos, entry, paramsFor(entry, all));

      expect(exchanges).toHaveLength(1);
      const [{ request, violations }] = exchanges as [Exchange];
      const url = new URL(request.url);
      expect(url.searchParams.get('apikey')).toBeNull();
      if (operations[entry.id as keyof typeof operations].auth === 'basic') {
        // xAPI: Basic credentials, JSON only, no Litmos key or source.
        expect(request.headers.get('authorization')).toBe(`Basic ${btoa('lrs-user:lrs-pass')}`);
        expect(request.headers.get('apikey')).toBeNull();
        expect(url.searchParams.get('source')).toBeNull();
      } else {
        expect(request.headers.get('apikey')).toBe(API_KEY);
        expect(url.searchParams.get('source')).toBe('litmos-kit-tests');
        expect(url.searchParams.get('format')).toBe(format === 'json' ? 'json' : null);
      }
      const def = operations[entry.id as keyof typeof operations];
      const sentXml = request.headers.get('content-type')?.includes('xml');
      // XML bodies are validated too: the mock hands Prism their JSON equivalent (apps/mock).
      expect(violations.filter((v) => v.location[0] === 'request')).toEqual([]);
      const sentBody = requestExample(entry.op);
      if (sentBody) {
        // Read back what went on the wire: it must carry exactly the example's record.
        const text = await request.text();
        const wire = sentXml ? parseXmlRoot(text).content : JSON.parse(text);
        expect(readRequestBody(def, wire, sentXml ? 'xml' : 'json')).toEqual(expectedValue(sentBody.value, sentBody.schema));
        // JSON dates go out in the WCF form Litmos accepts, never as ISO strings (xAPI wants ISO).
        if (!sentXml && def.auth === 'apiKey') expect(text).not.toMatch(/"\d{4}-\d{2}-\d{2}T/);
      }

      const example = successExample(entry.op, 'application/json');
      expect(data).toEqual(example ? expectedValue(example.value, example.schema) : undefined);
      passes.set(entry.id, (passes.get(entry.id) ?? 0) + 1);
    });
  });
});
