// Failures as clients meet them, with no SDK of ours: the same statuses and bodies from every
// target, in the format Litmos would use for the request.

import { describe, expect, it } from 'vitest';
import { uploadBody } from '../../../test-support/upload-body.js';
import { mediaType, send } from './send.js';
import { targets, targetsExcept, useTarget } from './targets.js';

const WCF_STRING = /^<string xmlns="http:\/\/schemas\.microsoft\.com\/2003\/10\/Serialization\/">(.*)<\/string>$/;

describe.each(targets)('errors on the $name', (target) => {
  const server = useTarget(target);

  it('no key: 403 (Litmos\' overview), an XML <string> by default and {"Detail"} with format=json, the text as reason phrase', async () => {
    const { base } = server();
    const xml = await send('GET', `${base}/users?source=wire-tests`);
    expect(xml.status).toBe(403);
    expect(mediaType(xml)).toBe('application/xml');
    expect(WCF_STRING.exec(xml.text)?.[1]).toBe('Invalid API key');
    expect(xml.statusText).toBe('Invalid API key');
    const json = await send('GET', `${base}/users?source=wire-tests&format=json`);
    expect(json.status).toBe(403);
    expect(mediaType(json)).toBe('application/json');
    expect(JSON.parse(json.text)).toEqual({ Detail: 'Invalid API key' });
  });

  it('the key in the deprecated apikey query parameter (older clients) is accepted', async () => {
    const { base, apiKey } = server();
    const reply = await send('GET', `${base}/teams?source=wire-tests&apikey=${encodeURIComponent(apiKey)}`);
    expect(reply.status).toBe(200);
  });

  it('no source: 403 in the negotiated format, told apart from the key by its text', async () => {
    const { base, apiKey } = server();
    const reply = await send('GET', `${base}/users?format=json`, { apikey: apiKey });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.text)).toEqual({ Detail: 'Please provide a source query string parameter' });
  });

  it('a delta range over 7 days, reversed or half missing: 406 with the recorded text', async () => {
    const { base, apiKey } = server();
    for (const range of [
      'since=2026-11-01%2000:00:00&to=2026-11-08%2000:00:01',
      'since=2026-11-08%2000:00:00&to=2026-11-01%2000:00:00',
      'to=2026-11-02%2000:00:00',
    ]) {
      const reply = await send('GET', `${base}/org/users/courses?source=wire-tests&format=json&${range}`, { apikey: apiKey });
      expect(reply.status, range).toBe(406);
      expect(JSON.parse(reply.text)).toEqual({ Detail: 'Please provide a valid since and to query string parameters' });
    }
  });

  it('an unknown path: 404 with WCF\'s "Endpoint not found." HTML page', async () => {
    const { base, apiKey } = server();
    const reply = await send('GET', `${base}/no/such/endpoint?source=wire-tests&format=json`, { apikey: apiKey });
    expect(reply.status).toBe(404);
    expect(mediaType(reply)).toBe('text/html');
    expect(reply.text).toContain('Endpoint not found.');
  });

  it('a wrong method: 405 with the methods the path takes in Allow', async () => {
    const { base, apiKey } = server();
    const reply = await send('PATCH', `${base}/teams?source=wire-tests`, { apikey: apiKey });
    expect(reply.status).toBe(405);
    expect(String(reply.headers.allow).split(/,\s*/).sort()).toEqual(['GET', 'POST']);
  });

  it('the base path and literal segments in another case: /V1.SVC/Teams is /v1.svc/teams', async () => {
    const { base, apiKey } = server();
    const upper = base.replace(/\/v1\.svc$/, '/V1.SVC');
    const reply = await send('GET', `${upper}/Teams?source=wire-tests&format=json`, { apikey: apiKey });
    expect(reply.status).toBe(200);
    expect(Array.isArray(JSON.parse(reply.text))).toBe(true);
  });

  it('a body that is not XML: 400 "Please check the xml/json in the body of the request"', async () => {
    const { base, apiKey } = server();
    const reply = await send('POST', `${base}/teams?source=wire-tests`, { apikey: apiKey, 'content-type': 'text/xml' }, '<Team><Name>unclosed');
    expect(reply.status).toBe(400);
    expect(WCF_STRING.exec(reply.text)?.[1]).toBe('Please check the xml/json in the body of the request');
  });
});

// The mock checks that a key is present, not which one; only the sandbox knows its keys.
describe.each(targetsExcept('mock'))('keys on the $name', (target) => {
  const server = useTarget(target);

  it('an unknown key: 403, like a missing one', async () => {
    const { base } = server();
    const reply = await send('GET', `${base}/users?source=wire-tests&format=json`, { apikey: 'not-a-key-of-this-server' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.text)).toEqual({ Detail: 'Invalid API key' });
  });
});

// A web page can point a host name of its own at 127.0.0.1 (DNS rebinding) and read what comes
// back as same-origin; the servers answer only loopback names unless told otherwise.
describe.each(targets)('host names on the $name', (target) => {
  const server = useTarget(target);

  it('a foreign Host gets 421 before any data, even with a key in the deprecated query form', async () => {
    const { base, apiKey } = server();
    const port = new URL(base).port;
    const reply = await send('GET', `${base}/users?source=wire-tests&format=json&apikey=${encodeURIComponent(apiKey)}`, {
      host: `rebind.evil.example:${port}`,
    });
    expect(reply.status).toBe(421);
    expect(reply.text).toContain('--allow-host rebind.evil.example');
    expect(reply.text).not.toContain('"Id"');
  });

  it('loopback names pass: localhost, 127.0.0.1 and [::1], with their port', async () => {
    const { base, apiKey } = server();
    const port = new URL(base).port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      const reply = await send('GET', `${base}/teams?source=wire-tests`, { host, apikey: apiKey });
      expect(reply.status, host).toBe(200);
    }
  });
});

describe.each(targets)('refused uploads on the $name', (target) => {
  const server = useTarget(target);

  it('a 64 MiB upload without a key gets its 403 while it streams, not a reset, and the server serves on', async () => {
    const { base, apiKey } = server();
    const reply = await uploadBody(`${base}/users?source=wire-tests`, 64 * 1024 * 1024, { headers: { 'content-type': 'application/xml' }, fill: 0x20 });
    expect(reply.status).toBe(403);
    expect(reply.sent).toBeLessThan(64 * 1024 * 1024);
    expect((await send('GET', `${base}/teams?source=wire-tests`, { apikey: apiKey })).status).toBe(200);
  });

  it('a 64 MiB upload over the body bound gets 413 while it streams', async () => {
    const { base, apiKey } = server();
    const reply = await uploadBody(`${base}/users?source=wire-tests`, 64 * 1024 * 1024, {
      headers: { apikey: apiKey, 'content-type': 'application/xml' },
      fill: 0x20,
    });
    expect(reply.status).toBe(413);
    expect(reply.sent).toBeLessThan(64 * 1024 * 1024);
  });
});
