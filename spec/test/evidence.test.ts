// The evidence lint fails on every kind of missing or broken source, and the bundled spec (as
// built, with the evidence rendered into its descriptions) passes it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evidenceProblems } from '../scripts/evidence-problems.mjs';
import { renderEvidence } from '../scripts/render-evidence.mjs';

const sources = { sap: { kind: 'sap', label: "SAP's reference", title: 'SAP', url: 'https://example.test/sap' } };
const ok = [{ source: 'sap', at: 'GET /things' }];

/** A one-operation spec with evidence everywhere; `change` breaks one piece of it. */
function spec(change: (s: any) => void = () => {}) {
  const s: any = {
    info: { title: 't', version: '1' },
    'x-litmos-sources': structuredClone(sources),
    paths: {
      '/things': {
        get: {
          'x-litmos-evidence': [{ source: 'sap', at: 'GET /things', shows: ['200', '404', 'limit'] }],
          parameters: [{ $ref: '#/components/parameters/Limit' }, { name: 'source', in: 'query' }],
          responses: { '200': { description: 'ok' }, '404': { $ref: '#/components/responses/NotFound' } },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          'x-litmos-evidence': ok,
          properties: { Id: { type: 'string' }, ID: { 'x-litmos-spelling-of': 'Id', 'x-litmos-evidence': ok } },
        },
      },
      parameters: { Limit: { name: 'limit', in: 'query', 'x-litmos-evidence': ok } },
      responses: { NotFound: { description: 'gone', 'x-litmos-evidence': ok } },
    },
  };
  change(s);
  return s;
}

describe('evidence lint', () => {
  it('passes a spec where everything names a source', () => {
    expect(evidenceProblems(spec())).toEqual([]);
  });

  it.each([
    ['a schema without evidence', (s: any) => delete s.components.schemas.Thing['x-litmos-evidence'], 'components.schemas.Thing: no x-litmos-evidence'],
    ['a parameter without evidence', (s: any) => delete s.components.parameters.Limit['x-litmos-evidence'], 'components.parameters.Limit: no x-litmos-evidence'],
    ['a response without evidence', (s: any) => delete s.components.responses.NotFound['x-litmos-evidence'], 'components.responses.NotFound: no x-litmos-evidence'],
    ['an operation without evidence', (s: any) => delete s.paths['/things'].get['x-litmos-evidence'], 'GET /things: no x-litmos-evidence'],
    ['a status no source shows', (s: any) => (s.paths['/things'].get.responses['409'] = { description: 'x' }), 'GET /things: no evidence shows the 409 response'],
    ['a query parameter no source shows', (s: any) => s.paths['/things'].get.parameters.push({ name: 'sort', in: 'query' }), 'GET /things: no evidence shows the sort parameter'],
    ['an unknown source', (s: any) => (s.components.schemas.Thing['x-litmos-evidence'] = [{ source: 'blog', at: 'x' }]), 'components.schemas.Thing: evidence #1 names an unknown source "blog"'],
    ['a source without a place', (s: any) => (s.components.schemas.Thing['x-litmos-evidence'] = [{ source: 'sap' }]), 'components.schemas.Thing: evidence #1 (sap) does not say where in the source (at)'],
    ['an inference without a reason', (s: any) => (s.components.schemas.Thing['x-litmos-evidence'] = [{ source: 'inferred' }]), 'components.schemas.Thing: evidence #1 is inferred but gives no note saying why'],
    ['a second spelling without evidence', (s: any) => delete s.components.schemas.Thing.properties.ID['x-litmos-evidence'], 'components.schemas.Thing.ID: no x-litmos-evidence'],
    ['a second spelling of a missing field', (s: any) => (s.components.schemas.Thing.properties.ID['x-litmos-spelling-of'] = 'Ident'), 'components.schemas.Thing.ID: x-litmos-spelling-of names "Ident", which is not a property of the schema'],
  ])('reports %s', (_, change, problem) => {
    expect(evidenceProblems(spec(change))).toEqual([problem]);
  });

  it('renders the sources into the descriptions readers see', () => {
    const s = renderEvidence(spec());
    expect(s.paths['/things'].get.description).toContain("**Sources**\n\n- [SAP's reference](https://example.test/sap), GET /things: `200`, `404`, `limit`");
    expect(s.components.schemas.Thing.properties.ID.description).toBe("Source: [SAP's reference](https://example.test/sap), GET /things.");
    expect(s.info.description).toContain("## Sources");
  });

  it('passes the built Litmos spec, whose descriptions show the sources', () => {
    const built = JSON.parse(readFileSync(new URL('../dist/openapi.json', import.meta.url), 'utf8'));
    expect(evidenceProblems(built)).toEqual([]);
    expect(built.paths['/org/teams'].get.description).toMatch(/\*\*Sources\*\*\n\n- \[SAP's reference\]\(https:\/\/github\.com\/ballerina-platform\/.*GET \/org\/teams: `200`/);
  });
});
