// A read whose 200 body arrives cut off is asked again; a write is not (it may have happened).
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenOnLoopback } from '../../../test-support/start-server.js';
import { createLitmos, LitmosParseError } from '../src/index.js';

const full =
  '<Teams xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Team><Id>Tm6zXc9VbN4m1</Id><Name>Field Operations</Name><TeamCodeForBulkImport>404487-FieldOps</TeamCodeForBulkImport><ParentTeamId/></Team></Teams>';
let server: Server;
let url = '';
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const key = `${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}`;
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    req.resume();
    // The first two answers to each request are cut in half, as a failing proxy would.
    const body = n <= 2 ? full.slice(0, 60) : full;
    res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
  });
  url = await listenOnLoopback(server, 'the truncating HTTP server');
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('truncated bodies', () => {
  it('retries a read until the body is whole', async () => {
    const litmos = createLitmos({ apiKey: 'k', source: 't', baseUrl: url, retry: { baseDelayMs: 1 }, rateLimit: false });
    expect(await litmos.teams.list().toArray({ max: 10 })).toEqual([
      { Id: 'Tm6zXc9VbN4m1', Name: 'Field Operations', TeamCodeForBulkImport: '404487-FieldOps', ParentTeamId: '' },
    ]);
    expect(hits.get('GET /teams')).toBe(3);
  });

  it('gives up with a LitmosParseError once the attempts are used', async () => {
    hits.clear();
    const litmos = createLitmos({ apiKey: 'k', source: 't', baseUrl: url, retry: { maxAttempts: 2, baseDelayMs: 1 }, rateLimit: false });
    await expect(litmos.teams.list().toArray({ max: 10 })).rejects.toBeInstanceOf(LitmosParseError);
    expect(hits.get('GET /teams')).toBe(2);
  });

  it('does not replay a write', async () => {
    hits.clear();
    const litmos = createLitmos({ apiKey: 'k', source: 't', baseUrl: url, retry: { baseDelayMs: 1 }, rateLimit: false });
    await expect(litmos.teams.create({ body: { Id: '', Name: 'New team', Description: 'x', ParentTeamId: '' } })).rejects.toBeInstanceOf(LitmosParseError);
    expect(hits.get('POST /teams')).toBe(1);
  });
});
