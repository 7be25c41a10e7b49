import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpointMismatch, checkpointPathFor, type ExportCheckpoint, readCheckpoint, removeCheckpoint, writeCheckpoint } from './checkpoint-file.js';
import { CliError } from './cli-error.js';

const identity = {
  resource: 'org.users.changed',
  params: {},
  since: { arg: '30d', value: '2026-10-26 20:30:45' },
  to: { arg: 'now', value: '2026-11-25 20:30:45' },
  format: 'ndjson',
  fields: null,
  limit: null,
};
const checkpoint: ExportCheckpoint = {
  version: 1,
  ...identity,
  bytes: 1234,
  rows: 10,
  pages: 1,
  pager: {
    start: 10,
    skip: 0,
    seen: ['a'],
    range: { since: '2026-10-26 20:30:45', to: '2026-11-25 20:35:45' },
    window: { index: 0, since: '2026-10-26 20:30:45', to: '2026-11-02 20:30:45' },
    done: false,
  },
  updatedAt: '2026-11-25T20:31:00.000Z',
};

describe('checkpoint files', () => {
  it('sit beside the output, round-trip, leave no temporary file, and go away when removed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'litmos-cp-'));
    const path = checkpointPathFor(join(dir, 'out.ndjson'));
    expect(path).toBe(join(dir, 'out.ndjson.checkpoint.json'));
    expect(readCheckpoint(path)).toBeUndefined();
    writeCheckpoint(path, checkpoint);
    writeCheckpoint(path, { ...checkpoint, rows: 20 });
    expect(readCheckpoint(path)).toEqual({ ...checkpoint, rows: 20 });
    expect(readdirSync(dir)).toEqual(['out.ndjson.checkpoint.json']);
    removeCheckpoint(path);
    expect(readCheckpoint(path)).toBeUndefined();
  });

  it.each(['{"version":2}', 'not json', '{"version":1,"bytes":1}'])('refuses a file that is not a checkpoint: %s', (text) => {
    const path = join(mkdtempSync(join(tmpdir(), 'litmos-cp-')), 'x.checkpoint.json');
    writeFileSync(path, text);
    expect(() => readCheckpoint(path)).toThrow(CliError);
  });
});

describe('checkpointMismatch', () => {
  it('accepts the same command line, relative dates compared as typed', () => {
    expect(checkpointMismatch(checkpoint, { ...identity, since: { arg: '30d', value: '2026-10-27 08:00:00' } })).toBeUndefined();
  });

  it.each([
    { name: 'resource', change: { resource: 'users' }, says: 'resource' },
    { name: 'since', change: { since: { arg: '7d', value: 'x' } }, says: '--since' },
    { name: 'format', change: { format: 'csv' }, says: '--format' },
    { name: 'fields', change: { fields: ['Id'] }, says: '--fields' },
    { name: 'param', change: { params: { teamId: 't' } }, says: '--param' },
    { name: 'limit', change: { limit: 5 }, says: '--limit' },
  ])('names a different $name', ({ change, says }) => {
    expect(checkpointMismatch(checkpoint, { ...identity, ...change })).toContain(says);
  });
});
