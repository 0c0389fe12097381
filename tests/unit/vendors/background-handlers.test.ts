import { describe, expect, it, vi } from 'vitest';
import { CommandError } from '@/lib/messaging';
import { vendorHandlers } from '@/lib/vendors/background-handlers';

describe('testVendorConnection handler', () => {
  it('makes no vendor call while the vault is locked', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const handlers = vendorHandlers({
      assertUnlocked: async () => {
        throw new CommandError('The credential vault is locked.');
      },
    });
    const connection = {
      vendor: 'cw-manage' as const,
      config: {
        site: 'https://na.myconnectwise.net',
        companyId: 'acme',
        publicKey: 'public',
        privateKey: 'private',
        clientId: '00000000-0000-0000-0000-000000000000',
      },
    };
    await expect(
      handlers.testVendorConnection(connection, { context: 'extension-page' } as never),
    ).rejects.toThrow('The credential vault is locked.');
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});
