// Every implemented read operation of the spec, table-driven from the spec itself: its XML
// answer must follow the spec's XML schema (root, item names, element order, nil, date forms —
// checked by our own checker) and its JSON answer must validate against the spec's JSON schema.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../src/index.js';
import type { SpecOperation } from '../src/spec-model/load-spec-model.js';
import type { Schema } from '../src/spec-model/schema-tools.js';
import { call, DAY, pathFor as pathForOp, startSmall, window } from './helpers.js';
import { createJsonValidator } from './json-schema-validator.js';
import { checkXmlShape } from './xml-shape-checker.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSmall({ users: 400 });
});
afterAll(() => sandbox.close());

const pathFor = (op: SpecOperation) => pathForOp(sandbox, op);

const windows = new Map<string, Record<string, string>>();

/** For a delta call, the most recent 7-day window (going back from tomorrow) that has rows. */
async function deltaQuery(op: SpecOperation): Promise<Record<string, string>> {
  const hit = windows.get(op.operationId);
  if (hit) return hit;
  const now = sandbox.clock.now();
  let query = window(now - 6 * DAY, now + DAY);
  for (let back = 0; back < 14; back++) {
    query = window(now - (back + 1) * 7 * DAY + DAY, now - back * 7 * DAY + DAY);
    const reply = await call(sandbox, pathFor(op), { format: 'json', query });
    if (reply.status === 200 && reply.text !== '[]') break;
  }
  windows.set(op.operationId, query);
  return query;
}

async function queryFor(op: SpecOperation): Promise<Record<string, string>> {
  if (op.sdk.delta) return deltaQuery(op);
  const required = op.parameters.filter((p) => p.in === 'query' && p.required && p.name !== 'source');
  const query: Record<string, string> = {};
  for (const p of required) if (p.name === 'since') query.since = '2026-09-01';
  return query;
}

// Litmos REST reads only: the Learning Record Store speaks xAPI JSON (test/lrs.test.ts).
const litmosRest = (op: { parameters: readonly { in: string; name: string }[] }) => op.parameters.some((p) => p.in === 'query' && p.name === 'source');
const reads = () =>
  sandbox.spec.operations.filter(
    (op) => op.method === 'GET' && litmosRest(op) && sandbox.coverage().implemented.some((l) => l.startsWith(`${op.operationId} (`)),
  );

describe('XML answers follow the spec XML schemas', () => {
  test('the checker accepts the spec examples and rejects a reordered one', () => {
    let checked = 0;
    for (const op of sandbox.spec.operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        const media = (response.content?.['application/xml'] ?? {}) as { schema?: Schema; examples?: Record<string, Schema> };
        if (!media.schema || !media.examples || status !== '200') continue;
        for (const example of Object.values(media.examples)) {
          const value = (typeof example.$ref === 'string' ? sandbox.spec.resolve(example.$ref) : example).value;
          if (typeof value !== 'string') continue;
          // Some hand-written examples leave out the xmlns:i declaration; shapes must still match.
          expect(checkXmlShape(value, media.schema, sandbox.spec.resolve, { requireXsi: false }), `${op.operationId} example`).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    const listUsers = sandbox.spec.operations.find((op) => op.shape === 'GET /org/teams')!;
    const schema = listUsers.responses['200']!.content!['application/xml']!.schema!;
    const swapped = '<Teams xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Team><Name>x</Name><Id>y</Id></Team></Teams>';
    expect(checkXmlShape(swapped, schema, sandbox.spec.resolve).join('\n')).toMatch(/out of order|missing/);
  });

  test('every implemented read answers in the spec XML shape', async () => {
    const ops = reads();
    expect(ops.length).toBeGreaterThanOrEqual(30);
    for (const op of ops) {
      const reply = await call(sandbox, pathFor(op), { query: await queryFor(op) });
      expect(reply.status, `${op.operationId}: ${reply.text.slice(0, 200)}`).toBe(200);
      expect(reply.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      const schema = op.responses['200']!.content!['application/xml']!.schema!;
      expect(checkXmlShape(reply.text, schema, sandbox.spec.resolve), op.operationId).toEqual([]);
    }
  });
});

describe('JSON answers validate against the spec JSON schemas', () => {
  test('every implemented read answers valid JSON for its schema', async () => {
    const validator = createJsonValidator(sandbox.spec);
    let nonEmpty = 0;
    const empty: string[] = [];
    for (const op of reads()) {
      const reply = await call(sandbox, pathFor(op), { format: 'json', query: await queryFor(op) });
      expect(reply.status, `${op.operationId}: ${reply.text.slice(0, 200)}`).toBe(200);
      expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const data = JSON.parse(reply.text) as unknown;
      expect(validator.response(op.path, op.method, 200, data), op.operationId).toEqual([]);
      if (!Array.isArray(data) || data.length > 0) nonEmpty++;
      else empty.push(op.operationId);
    }
    // The seeded org has data behind every read, so the shapes are exercised with values.
    expect(empty).toEqual([]);
    expect(nonEmpty).toBe(reads().length);
  });

  test('JSON dates: WCF form with a +0000 offset in general, ISO with Z for people, and "\\/" escaping', async () => {
    const now = sandbox.clock.now();
    const course = [...sandbox.state.courses.values()][0]!;
    const changed = course.UpdatedDate;
    const courses = await call(sandbox, '/org/courses', { format: 'json', query: window(changed - DAY, changed + DAY) });
    expect(courses.text).toContain(`"CreatedDate":"\\/Date(${course.CreatedDate}+0000)\\/"`);
    expect(courses.text).not.toMatch(/\/Date\(\d+\)/);
    const people = await call(sandbox, '/org/users/details', { format: 'json', query: window(now - 6 * DAY, now + DAY) });
    expect(people.text).toMatch(/"UpdatedDate":"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"/);
    expect(people.text).not.toContain('/Date(');
    expect(people.text).toContain('https:\\/\\/');
  });

  test('error bodies match ErrorDetail (JSON) and the WCF string element (XML)', async () => {
    const validator = createJsonValidator(sandbox.spec);
    const json = await call(sandbox, '/teams', { format: 'json', noKey: true });
    expect(json.status).toBe(403);
    expect(validator.component('ErrorDetail', JSON.parse(json.text))).toEqual([]);
    const xml = await call(sandbox, '/teams', { noKey: true });
    expect(xml.text).toBe('<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">Invalid API key</string>');
  });
});
