import { describe, expect, it } from 'vitest';
import { connectionsHarness, manageRequest } from '../connections/harness';
import { vaultHarness } from './vault-harness';

/**
 * Issue #16, item 7: the last four characters of a long secret are sealed with the secret's key,
 * so nothing of a secret is readable while the vault is locked (SECURITY.md, "Secrets coming back out").
 */

const PASSPHRASE = 'correct horse battery staple';
// Characters base64 never uses, so a plaintext copy in the record cannot hide in the ciphertext.
const SECRET = 'a-long-private-key-!@#$';

describe('secret hints', () => {
  it('keeps no plaintext hint in the stored record', async () => {
    const { vault, db } = vaultHarness();
    expect(await vault.put('c1:privateKey', SECRET)).toEqual({ hint: '!@#$' });
    const stored = await (await db()).get('secrets', 'c1:privateKey');
    expect(JSON.stringify(stored)).not.toContain('!@#$');
    expect(stored).not.toHaveProperty('hint');
    expect(await vault.hints('c1:')).toEqual(new Map([['c1:privateKey', '!@#$']]));
  });

  it('shows that a secret is saved but none of its characters while the vault is locked', async () => {
    const { feature } = connectionsHarness();
    await feature.vault.setPassphrase(PASSPHRASE);
    const saved = await feature.service.save(manageRequest({ secrets: { privateKey: SECRET } }));
    expect(saved.secrets).toEqual({ privateKey: { saved: true, hint: '!@#$' } });

    await feature.vault.lock();
    expect((await feature.service.get(saved.id)).secrets).toEqual({
      privateKey: { saved: true, hint: null },
    });

    await feature.vault.unlock(PASSPHRASE);
    expect((await feature.service.get(saved.id)).secrets).toEqual({
      privateKey: { saved: true, hint: '!@#$' },
    });
  });

  it('removes plaintext hints left by older versions, and still shows the hint once unlocked', async () => {
    const { vault, db } = vaultHarness();
    await vault.put('c1:privateKey', SECRET);
    const database = await db();
    const record = await database.get('secrets', 'c1:privateKey');
    const { sealedHint: _sealed, ...legacy } = record as unknown as Record<string, unknown>;
    await database.put('secrets', { ...legacy, hint: '!@#$' } as never);

    expect(await vault.dropPlaintextHints()).toBe(1);
    expect(JSON.stringify(await database.get('secrets', 'c1:privateKey'))).not.toContain('!@#$');
    expect(await vault.get('c1:privateKey')).toBe(SECRET);
    expect(await vault.hints('c1:')).toEqual(new Map([['c1:privateKey', '!@#$']]));
  });
});
