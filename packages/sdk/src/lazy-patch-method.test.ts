import type { OperationCodec, OperationDef } from '@litmos-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';

// An update with a get-modify-put twin, as the generated table describes `users.update`.
const update = {
  pathParams: ['userid'],
  patch: { method: 'users.patch' },
  load: async () => ({ bodyXml: { kind: 'object', fields: [{ name: 'FirstName' }, { name: 'LastName' }] } }) as unknown as OperationCodec,
} as unknown as OperationDef;

afterEach(() => {
  vi.doUnmock('./patch-method.js');
  vi.resetModules();
});

describe('lazyPatchMethod', () => {
  it('loads the get-modify-put method with its first call, which reads, merges and writes back the fields the update takes', async () => {
    const { lazyPatchMethod } = await import('./lazy-patch-method.js');
    const read = vi.fn(async () => ({ FirstName: 'Ada', LastName: 'Byron', CreatedDate: '2020-01-01' }));
    const write = vi.fn(async () => undefined);
    const patch = lazyPatchMethod(update, read, write);
    await patch('u1', { LastName: 'Lovelace' });
    expect(read).toHaveBeenCalledWith('u1', {});
    expect(write).toHaveBeenCalledWith({ userid: 'u1', body: { FirstName: 'Ada', LastName: 'Lovelace' } }, {});
    // Checked at the call, as a rejection: the changes must be an object.
    await expect(patch('u1', 'Lovelace')).rejects.toThrow(/users\.patch: expected the changes to be an object/);
  });

  it('rejects a call whose module cannot load, and loads it again on the next call', async () => {
    vi.doMock('./patch-method.js', () => {
      throw new Error('the chunk did not arrive');
    });
    const { lazyPatchMethod } = await import('./lazy-patch-method.js');
    const write = vi.fn(async () => undefined);
    const patch = lazyPatchMethod(update, async () => ({ FirstName: 'Ada' }), write);
    // (vitest reports the factory's error in its own words)
    await expect(patch('u1', { FirstName: 'Grace' })).rejects.toBeInstanceOf(Error);
    expect(write).not.toHaveBeenCalled();
    vi.doUnmock('./patch-method.js');
    await patch('u1', { FirstName: 'Grace' });
    expect(write).toHaveBeenCalledWith({ userid: 'u1', body: { FirstName: 'Grace' } }, {});
  });
});
