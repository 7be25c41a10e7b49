// The format rule, as the spec's `format` parameter states it (the one statement every guide
// points to), holds on every target for each case it names, with plain HTTP requests.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { mediaType, send } from './send.js';
import { targets, useTarget } from './targets.js';

const require = createRequire(import.meta.url);
type Parameter = { name?: string; in?: string; description?: string; $ref?: string };
const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
  components: { parameters: Record<string, Parameter> };
};
/** The `format` parameter of `GET /teams`, through its `$ref`. */
const formatParameter = spec.paths['/teams']?.get?.parameters
  ?.map((p) => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop()!] : p))
  .find((p) => p?.name === 'format' && p.in === 'query');

it('the spec states the rule in the format parameter', () => {
  const text = (formatParameter?.description ?? '').replace(/\s+/g, ' ');
  expect(text).toContain('This is the one statement of how the format of an answer is picked');
  expect(text).toContain('any other value of `format` is ignored');
  expect(text).toMatch(/`Accept` header that names `application\/json` or `text\/json` gives JSON/);
  expect(text).toContain('wildcards such as `*/*` name nothing');
});

const cases = [
  { query: 'format=json', accept: 'application/xml', expected: 'application/json' },
  { query: 'FORMAT=Json', accept: undefined, expected: 'application/json' },
  { query: 'format=xml', accept: 'application/json', expected: 'application/json' },
  { query: 'format=csv', accept: undefined, expected: 'application/xml' },
  { query: '', accept: 'text/json', expected: 'application/json' },
  { query: '', accept: 'application/xml;q=1, application/json;q=0.5', expected: 'application/xml' },
  { query: '', accept: 'application/json;q=0.9, text/xml;q=0.2', expected: 'application/json' },
  { query: '', accept: '*/*', expected: 'application/xml' },
  { query: '', accept: undefined, expected: 'application/xml' },
] as const;

describe.each(targets)('the format rule on the $name', (target) => {
  const server = useTarget(target);

  it.each(cases)('$query with Accept $accept → $expected', async ({ query, accept, expected }) => {
    const { base, apiKey } = server();
    const reply = await send('GET', `${base}/teams?source=wire-tests${query ? `&${query}` : ''}`, { apikey: apiKey, ...(accept ? { accept } : {}) });
    expect(reply.status).toBe(200);
    expect(mediaType(reply)).toBe(expected);
  });
});
