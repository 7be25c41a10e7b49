// Reads as public Litmos clients send them, with no SDK of ours: each scenario names the public
// client whose request it copies. Against every target: the format of the answer follows
// Litmos' rule, and paging the way each client pages ends, with no record twice.
import { describe, expect, it } from 'vitest';
import { mediaType, send } from './send.js';
import { targets, useTarget } from './targets.js';
import { isEmptyXmlList, xmlItems, xmlRoot } from './xml.js';

const SOURCE = 'wire-tests';

describe.each(targets)('reads on the $name', (target) => {
  const server = useTarget(target);

  it('Trifoia litmos-sdk (JS): no Accept, no format → XML; pages of 40 until an empty <Users/>', async () => {
    const { base, apiKey } = server();
    const ids: string[] = [];
    for (let start = 0; ; start += 40) {
      expect(start, 'paging did not end').toBeLessThan(10_000);
      const reply = await send('GET', `${base}/users?source=${SOURCE}&limit=40&start=${start}`, { apikey: apiKey });
      expect(reply.status).toBe(200);
      expect(mediaType(reply)).toBe('application/xml');
      const users = xmlItems(reply.text, 'Users', 'User');
      if (users.length === 0) {
        expect(isEmptyXmlList(reply.text, 'Users'), reply.text).toBe(true);
        break;
      }
      ids.push(...users.map((user) => String(user.Id)));
    }
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size, 'a record came back twice').toBe(ids.length);
  });

  it('python-litmos-api: format=json with Accept */* → JSON arrays; pages of 200 until []', async () => {
    const { base, apiKey } = server();
    const ids: string[] = [];
    for (let start = 0; ; start += 200) {
      expect(start, 'paging did not end').toBeLessThan(10_000);
      const reply = await send('GET', `${base}/users?source=${SOURCE}&format=json&limit=200&start=${start}`, { apikey: apiKey, accept: '*/*' });
      expect(reply.status).toBe(200);
      expect(mediaType(reply)).toBe('application/json');
      const page = JSON.parse(reply.text) as { Id: string }[];
      expect(Array.isArray(page)).toBe(true);
      if (page.length === 0) {
        expect(reply.text).toBe('[]');
        break;
      }
      ids.push(...page.map((user) => user.Id));
    }
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size, 'a record came back twice').toBe(ids.length);
  });

  it('baton-litmos (Go): Accept: application/xml → XML; pages of 500 until a short page', async () => {
    const { base, apiKey } = server();
    let pages = 0;
    for (let start = 0; ; start += 500) {
      const reply = await send('GET', `${base}/teams?source=${SOURCE}&limit=500&start=${start}`, { apikey: apiKey, accept: 'application/xml' });
      expect(reply.status).toBe(200);
      expect(mediaType(reply)).toBe('application/xml');
      const teams = xmlItems(reply.text, 'Teams', 'Team');
      pages++;
      if (teams.length < 500) break;
    }
    expect(pages).toBe(1);
  });

  it('LitmosTS / litmos-mcp: format=json on a single record → a bare JSON object', async () => {
    const { base, apiKey, ids } = server();
    const reply = await send('GET', `${base}/users/${encodeURIComponent(ids.userId)}?source=${SOURCE}&format=json`, { apikey: apiKey });
    expect(reply.status).toBe(200);
    expect(mediaType(reply)).toBe('application/json');
    expect(JSON.parse(reply.text)).toMatchObject({ Id: ids.userId });
  });

  it('any XML client: a single record is its singular root element', async () => {
    const { base, apiKey, ids } = server();
    const reply = await send('GET', `${base}/users/${encodeURIComponent(ids.userId)}?source=${SOURCE}`, { apikey: apiKey });
    expect(reply.status).toBe(200);
    expect(mediaType(reply)).toBe('application/xml');
    const root = xmlRoot(reply.text);
    expect(root.name).toBe('User');
    expect(String(root.content.Id)).toBe(ids.userId);
  });
});

// Both targets follow the shared negotiation rule: an explicit JSON `Accept` without `format` gets JSON.
describe.each(targets)('Accept-only JSON reads on the $name', (target) => {
  const server = useTarget(target);

  it('kennon litmos-client (Ruby): Accept: application/json, no format, key in the query, //users → JSON', async () => {
    const { base, apiKey } = server();
    // Its base URL ends in a slash and its paths start with one, so every path has `//`.
    const reply = await send('GET', `${base}//users?apikey=${encodeURIComponent(apiKey)}&source=${SOURCE}&limit=10`, {
      accept: 'application/json',
      'content-type': 'application/json',
    });
    expect(reply.status).toBe(200);
    expect(mediaType(reply)).toBe('application/json');
    expect((JSON.parse(reply.text) as unknown[]).length).toBeGreaterThan(0);
  });
});
