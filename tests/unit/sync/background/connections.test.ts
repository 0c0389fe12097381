import { describe, expect, it } from 'vitest';
import { connectionDirectoryOf } from '@/lib/sync/background/connections';
import { ConnectionUnavailableError } from '@/lib/sync/background/errors';
import { connectionsHarness, MANAGE_PRIVATE_KEY, manageRequest } from '../../connections/harness';

describe('the saved connections as the sync sees them', () => {
  it('lists id, vendor and name only, and resolves the settings with their secret', async () => {
    const { feature } = connectionsHarness();
    const saved = await feature.service.save(manageRequest());
    const directory = connectionDirectoryOf(feature);

    expect(await directory.list()).toEqual([{ id: saved.id, vendor: 'cw-manage', name: 'Production' }]);
    const connection = await directory.resolve(saved.id);
    expect(connection.vendor).toBe('cw-manage');
    expect(JSON.stringify(connection)).toContain(MANAGE_PRIVATE_KEY);
  });

  it('turns a locked vault or a missing connection into words the popup can show', async () => {
    const { feature } = connectionsHarness();
    const saved = await feature.service.save(manageRequest());
    const directory = connectionDirectoryOf(feature);
    await feature.vault.setPassphrase('correct horse battery staple');
    await feature.vault.lock();

    const locked = directory.resolve(saved.id);
    await expect(locked).rejects.toBeInstanceOf(ConnectionUnavailableError);
    await expect(locked).rejects.toMatchObject({
      message: expect.stringContaining('vault is locked'),
      nextStep: 'Unlock the vault in Settings › Connections, then sync again.',
    });
    await expect(directory.resolve('gone')).rejects.toBeInstanceOf(ConnectionUnavailableError);
  });

  it('leaves out a connection pinned by policy whose secrets were never entered', async () => {
    const { feature } = connectionsHarness({
      policy: {
        pinnedConnections: [
          {
            id: 'hq-manage',
            vendor: 'cw-manage',
            name: 'HQ Manage',
            settings: manageRequest().settings,
          },
        ],
      },
    });
    expect((await feature.service.list()).map((c) => [c.id, c.stored])).toEqual([['hq-manage', false]]);
    expect(await connectionDirectoryOf(feature).list()).toEqual([]);
  });
});
