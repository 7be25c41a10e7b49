// The Host check both local servers run against DNS rebinding.
import { describe, expect, it } from 'vitest';
import { createHostCheck, hostNameOf, misdirectedMessage } from './index.js';

describe('createHostCheck', () => {
  it('lets loopback names through, with or without a port, in any case', () => {
    const check = createHostCheck();
    for (const host of ['127.0.0.1', '127.0.0.1:4020', 'LOCALHOST:4010', 'localhost', '[::1]:4020', '[::1]', '127.1.2.3:80', undefined]) {
      expect(check(host), String(host)).toBe(true);
    }
  });

  it('refuses any other name, including look-alikes and 0.0.0.0', () => {
    const check = createHostCheck({ listeningHost: '0.0.0.0' });
    for (const host of ['rebind.evil.example', 'rebind.evil.example:4020', 'localhost.evil.example', '127.0.0.1.nip.io', '0.0.0.0:4020', '[::]:4020', '']) {
      expect(check(host), host).toBe(false);
    }
  });

  it('adds the listening address and the allowed names; * allows all', () => {
    const check = createHostCheck({ listeningHost: '192.168.1.5', allowedHosts: ['Sandbox', 'fd00::5'] });
    expect(check('192.168.1.5:4020')).toBe(true);
    expect(check('sandbox:4020')).toBe(true);
    expect(check('[fd00::5]:4020')).toBe(true);
    expect(check('other:4020')).toBe(false);
    expect(createHostCheck({ allowedHosts: ['*'] })('anything.example')).toBe(true);
  });
});

describe('hostNameOf and misdirectedMessage', () => {
  it('strips the port and names the flag that allows the host, without markup', () => {
    expect(hostNameOf('[::1]:4020')).toBe('[::1]');
    expect(hostNameOf('Example.COM:80')).toBe('example.com');
    expect(misdirectedMessage('rebind.evil.example:4020')).toMatch(/"rebind\.evil\.example".*--allow-host rebind\.evil\.example/);
    expect(misdirectedMessage('<script>:1')).not.toContain('<');
  });
});
