// The drift corpus (drift-corpus.ts), decoded as a caller meets it: through a client against a
// real local server, in XML and in JSON. By default every body is read, XML and JSON to the same
// value, and each difference is reported once per client; `'strict'` refuses every one of them.
import { operations } from '@litmos-kit/client/operations';
import type { DriftEvent, OperationDef } from '@litmos-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LitmosValidationError } from '../../src/index.js';
import { decodeBody } from '../operation-codecs.js';
import { testClient } from '../runtime/fixtures.js';
import { sendText, startTestServer, type TestServer } from '../runtime/http-server.js';
import { type CorpusEntry, corpus } from './drift-corpus.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const XML = 'application/xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** Lists the entry's operation once (a delta listing over one short window). */
function list(litmos: ReturnType<typeof testClient>, entry: CorpusEntry) {
  const pager =
    entry.operation === 'listAchievements' ? litmos.achievements.list() : litmos.org.teams.changed({ since: '2026-11-01 00:00:00', to: '2026-11-02 00:00:00' });
  return pager.toArray({ max: 100 });
}

describe.each(corpus.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
  const op = operations[entry.operation] as OperationDef<unknown>;

  it('decodes XML and JSON to the same value, and reports each difference', () => {
    const xml = decodeBody(op, entry.xml, XML);
    const json = decodeBody(op, entry.json, JSON_TYPE);
    expect(xml.value).toEqual(entry.expected);
    expect(json.value).toEqual(entry.expected);
    expect(xml.drift.map((issue) => [issue.kind, issue.pattern])).toEqual(entry.drift.xml);
    expect(json.drift.map((issue) => [issue.kind, issue.pattern])).toEqual(entry.drift.json);
  });

  it('is refused when strict, with the first difference named', () => {
    for (const [text, type, drift] of [
      [entry.xml, XML, entry.drift.xml],
      [entry.json, JSON_TYPE, entry.drift.json],
    ] as const) {
      const error = (() => {
        try {
          decodeBody(op, text, type, { policy: 'strict' });
        } catch (caught) {
          return caught;
        }
      })() as LitmosValidationError;
      expect(error).toBeInstanceOf(LitmosValidationError);
      expect(error.issues.map((issue) => issue.code)).toEqual(expect.arrayContaining(drift.map(([kind]) => kind)));
    }
  });

  it.each(['xml', 'json'] as const)('is read by a %s client and reported once per place, however many pages carry it', async (format) => {
    server.handler = (_req, res) => sendText(res, 200, format === 'xml' ? entry.xml : entry.json, format === 'xml' ? XML : JSON_TYPE);
    const events: DriftEvent[] = [];
    const warnings: string[] = [];
    const logger = { error() {}, info() {}, debug() {}, warn: (message: string) => void warnings.push(message) };
    const litmos = testClient(server.url, { format, logger, hooks: { onDrift: (event) => void events.push(event) } });
    expect(await list(litmos, entry)).toEqual(entry.expected);
    expect(await list(litmos, entry)).toEqual(entry.expected);
    const expected = entry.drift[format];
    expect(events.map((event) => [event.kind, event.path])).toEqual(expected);
    expect(events.every((event) => event.operation === entry.operation && event.method === 'GET')).toBe(true);
    expect(warnings).toHaveLength(expected.length);
    // Another client reports them again: the memory is per client.
    const again: DriftEvent[] = [];
    await list(testClient(server.url, { format, hooks: { onDrift: (event) => void again.push(event) } }), entry);
    expect(again).toHaveLength(expected.length);
  });

  it.each(['xml', 'json'] as const)('reads the %s body with validation off, reporting nothing', async (format) => {
    server.handler = (_req, res) => sendText(res, 200, format === 'xml' ? entry.xml : entry.json, format === 'xml' ? XML : JSON_TYPE);
    const events: DriftEvent[] = [];
    const litmos = testClient(server.url, { format, validation: 'off', hooks: { onDrift: (event) => void events.push(event) } });
    expect(await list(litmos, entry)).toEqual(entry.expected);
    expect(events).toEqual([]);
  });
});
