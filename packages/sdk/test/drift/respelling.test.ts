// Variant spellings (`x-litmos-spelling-of`): the spec declares both spellings, the generated
// decoder hands out the canonical one. Tested on a schema of our own making, so the rule is
// pinned down whatever variants the Litmos spec declares.
import { createDecodeSlowPath, createDriftRecorder, parseXmlRoot } from '@litmos-kit/core/decode';
import { DecodeState } from '@litmos-kit/core/internal';
import { describe, expect, it } from 'vitest';
import { compileDecoders } from '../compile-decoders.js';

const { decodeModuleResults } = await compileDecoders({
  ModuleResult: {
    type: 'object',
    required: ['Id'],
    properties: {
      Id: { type: 'string' },
      UserId: { type: 'string' },
      OrginalModuleId: { type: 'integer' },
      OriginalModuleId: { type: 'integer', 'x-litmos-spelling-of': 'OrginalModuleId', description: 'As SAP’s reference spells it.' },
      Completed: { type: 'boolean' },
    },
  },
  ModuleResults: { type: 'array', items: { $ref: '#/components/schemas/ModuleResult' } },
});

function decode(value: unknown, format: 'xml' | 'json', policy: 'report' | 'strict' | 'off' = 'report') {
  const state = new DecodeState({ format, policy, expect: 'all', slowPath: createDecodeSlowPath, driftRecorder: createDriftRecorder });
  const out = decodeModuleResults?.(value, state, undefined);
  return { value: out, drift: state.issues.map((issue) => [issue.kind, issue.pattern, issue.expected, issue.received]), failed: state.failed };
}

describe('a variant spelling', () => {
  const canonical = { Id: 'Mr1', UserId: 'U1', OrginalModuleId: 880311, Completed: true };

  it('is renamed to the canonical field, in its place among the others, and reported', () => {
    const rows = [
      { Id: 'Mr1', UserId: 'U1', OriginalModuleId: 880311, Completed: true },
      { Id: 'Mr2', UserId: 'U1', OriginalModuleId: 880312, Completed: false },
    ];
    const { value, drift } = decode(rows, 'json');
    expect(value).toEqual([canonical, { Id: 'Mr2', UserId: 'U1', OrginalModuleId: 880312, Completed: false }]);
    expect(Object.keys((value as object[])[0] as object)).toEqual(['Id', 'UserId', 'OrginalModuleId', 'Completed']);
    expect(drift).toEqual([['respelled', '[].OriginalModuleId', 'OrginalModuleId', 'OriginalModuleId']]);
  });

  it('is read the same from XML, and XML and JSON of the record are equal', () => {
    const xml = parseXmlRoot(
      '<ModuleResults><ModuleResult><Id>Mr1</Id><UserId>U1</UserId><OriginalModuleId>880311</OriginalModuleId><Completed>true</Completed></ModuleResult></ModuleResults>',
    );
    const fromXml = decode(xml.content, 'xml');
    const fromJson = decode([{ Id: 'Mr1', UserId: 'U1', OriginalModuleId: 880311, Completed: true }], 'json');
    expect(fromXml.value).toEqual([canonical]);
    expect(fromXml.value).toEqual(fromJson.value);
    expect(fromXml.drift).toEqual(fromJson.drift);
  });

  it('is decoded as the canonical field is: text becomes a number, a number string is converted and reported', () => {
    const { value, drift } = decode([{ Id: 'Mr1', UserId: 'U1', OriginalModuleId: '880311', Completed: true }], 'json');
    expect(value).toEqual([canonical]);
    expect(drift.map(([kind, pattern]) => [kind, pattern])).toEqual([
      ['respelled', '[].OriginalModuleId'],
      ['coerced', '[].OrginalModuleId'],
    ]);
  });

  it('stays beside the canonical one when both arrive (nothing sent is dropped)', () => {
    const { value, drift } = decode([{ ...canonical, OriginalModuleId: 1 }], 'json');
    expect(value).toEqual([{ ...canonical, OriginalModuleId: 1 }]);
    expect(drift.map(([kind]) => kind)).toEqual(['respelled']);
  });

  it('is not expected: a body with the canonical spelling only matches the spec', () => {
    expect(decode([canonical], 'json', 'strict')).toMatchObject({ value: [canonical], drift: [], failed: false });
  });

  it('fails a strict reading, and is renamed without a report when validation is off', () => {
    const row = { Id: 'Mr1', UserId: 'U1', OriginalModuleId: 880311, Completed: true };
    expect(decode([{ ...row }], 'json', 'strict').failed).toBe(true);
    expect(decode([{ ...row }], 'json', 'off')).toMatchObject({ value: [canonical], drift: [], failed: false });
  });
});
