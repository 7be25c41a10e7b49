// Every example pair of the spec, decoded without a server: the XML example and the JSON
// example of one response must give the same typed records, every documented field present.
// This is also the check Redocly cannot do for XML examples (see spec/README.md).
import { operations } from '@litmos-kit/client/operations';
import { describe, expect, it } from 'vitest';
import { decodeBody } from './operation-codecs.js';
import { deref, expectedValue, specOperations, successExample } from './spec-examples.js';

const withBodies = specOperations.filter((entry) => successExample(entry.op, 'application/json'));

describe.each(withBodies.map((entry) => [entry.id, entry] as const))('%s examples', (id, entry) => {
  const def = operations[id as keyof typeof operations];
  const json = successExample(entry.op, 'application/json');
  const xml = successExample(entry.op, 'application/xml');

  it('XML and JSON decode to the same records, equal to the JSON example', () => {
    const expected = expectedValue(json?.value, json?.schema);
    expect(decodeBody(def, JSON.stringify(json?.value), 'application/json', { policy: 'strict' }).value).toEqual(expected);
    if (xml) expect(decodeBody(def, xml.value, 'application/xml', { policy: 'strict' }).value).toEqual(expected);
  });

  const schema = deref(json?.schema);
  const record = deref(schema.type === 'array' ? schema.items : schema);
  // Records only: a list of plain values (statement ids) has no fields to show. A second
  // spelling of a field (`x-litmos-spelling-of`) and a field only some answers carry
  // (`x-litmos-sometimes-absent`) are not part of the full record an example shows.
  const shown = Object.entries(record.properties ?? {})
    .filter(([, p]: [string, any]) => !p['x-litmos-spelling-of'] && !p['x-litmos-sometimes-absent'])
    .map(([name]) => name);
  if (record.properties)
    it('shows every documented field', () => {
      const rows = [json?.value].flat();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(Object.keys(row).sort()).toEqual(shown.sort());
    });
});
