import { describe, expect, it } from 'vitest';
import { createVault, memorySessionArea, openVaultDb, VaultError, type VaultErrorCode } from '@/lib/secrets';
import { fromBase64, toBase64 } from '@/lib/secrets/encoding';
import { vaultHarness } from './vault-harness';

const PRIVATE_KEY = 'pk-live-3f9a1c2b7d6e5f40';
const PASSPHRASE = 'correct horse battery staple';

async function expectVaultError(promise: Promise<unknown>, code: VaultErrorCode) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(VaultError);
  expect((error as VaultError).code).toBe(code);
  return error as VaultError;
}

describe('vault, device key (default)', () => {
  it('encrypts at rest and decrypts what it stored', async () => {
    const { vault, db } = vaultHarness();
    await vault.put('c1:privateKey', PRIVATE_KEY);
    expect(await vault.get('c1:privateKey')).toBe(PRIVATE_KEY);

    const stored = await (await db()).get('secrets', 'c1:privateKey');
    expect(JSON.stringify(stored)).not.toContain(PRIVATE_KEY);
    expect(stored).toMatchObject({ slot: 'c1:privateKey' });
    expect(stored).not.toHaveProperty('hint'); // sealed with the secret instead (sealed-hints.test.ts)
    expect(await vault.status()).toMatchObject({ mode: 'device', locked: false, usable: true });
  });

  it('keeps the device key non-extractable', async () => {
    const { vault, db } = vaultHarness();
    await vault.put('c1:privateKey', PRIVATE_KEY);
    const state = await (await db()).get('meta', 'state');
    if (state?.mode !== 'device') throw new Error('expected a device vault');
    expect(state.deviceKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', state.deviceKey)).rejects.toThrow();
  });

  it('uses a fresh IV each time, so equal secrets do not look equal', async () => {
    const { vault, db } = vaultHarness();
    await vault.put('a:password', PRIVATE_KEY);
    await vault.put('b:password', PRIVATE_KEY);
    const [a, b] = await (await db()).getAll('secrets');
    expect(a?.iv).not.toBe(b?.iv);
    expect(a?.data).not.toBe(b?.data);
  });

  it('gives no hint for short secrets and undefined for an empty slot', async () => {
    const { vault } = vaultHarness();
    await vault.put('c1:password', 'short-pw');
    expect(await vault.hints('c1:')).toEqual(new Map([['c1:password', null]]));
    expect(await vault.get('c1:nothing')).toBeUndefined();
  });

  it('removes one connection’s secrets and leaves the others', async () => {
    const { vault } = vaultHarness();
    await vault.put('c1:privateKey', PRIVATE_KEY);
    await vault.put('c10:privateKey', PRIVATE_KEY);
    await vault.removePrefix('c1:');
    expect(await vault.get('c1:privateKey')).toBeUndefined();
    expect(await vault.get('c10:privateKey')).toBe(PRIVATE_KEY);
  });
});

describe('vault, tampering', () => {
  it('rejects a ciphertext with a changed byte', async () => {
    const { vault, db } = vaultHarness();
    await vault.put('c1:privateKey', PRIVATE_KEY);
    const database = await db();
    const record = (await database.get('secrets', 'c1:privateKey'))!;
    const bytes = fromBase64(record.data);
    bytes[0] = (bytes[0] ?? 0) ^ 0x01;
    await database.put('secrets', { ...record, data: toBase64(bytes) });

    const error = await expectVaultError(vault.get('c1:privateKey'), 'tampered');
    expect(error.message).not.toContain(PRIVATE_KEY);
  });

  it('rejects a ciphertext copied into another slot', async () => {
    const { vault, db } = vaultHarness();
    await vault.put('c1:privateKey', PRIVATE_KEY);
    const database = await db();
    const record = (await database.get('secrets', 'c1:privateKey'))!;
    await database.put('secrets', { ...record, slot: 'c2:privateKey' });
    await expectVaultError(vault.get('c2:privateKey'), 'tampered');
  });

  it('rejects a damaged record instead of guessing', async () => {
    const { vault, db } = vaultHarness();
    await vault.put('c1:privateKey', PRIVATE_KEY);
    await (await db()).put('secrets', { slot: 'c1:privateKey', data: 42 } as never);
    await expectVaultError(vault.get('c1:privateKey'), 'tampered');
  });
});

describe('vault, passphrase', () => {
  it('moves existing secrets under the passphrase and stays unlocked in this session', async () => {
    const { vault, db } = vaultHarness();
    await vault.put('c1:privateKey', PRIVATE_KEY);
    await vault.setPassphrase(PASSPHRASE);

    expect(await vault.status()).toMatchObject({ mode: 'passphrase', locked: false, usable: true });
    expect(await vault.get('c1:privateKey')).toBe(PRIVATE_KEY);
    const state = await (await db()).get('meta', 'state');
    expect(state?.mode).toBe('passphrase');
    expect(JSON.stringify(state)).not.toContain(PASSPHRASE);
  });

  it('refuses reads and writes while locked, and unlocks with the passphrase', async () => {
    const { vault } = vaultHarness();
    await vault.setPassphrase(PASSPHRASE);
    await vault.put('c1:privateKey', PRIVATE_KEY);
    await vault.lock();

    expect(await vault.status()).toMatchObject({ locked: true, usable: false });
    await expectVaultError(vault.get('c1:privateKey'), 'vault-locked');
    await expectVaultError(vault.put('c1:privateKey', 'other'), 'vault-locked');

    await vault.unlock(PASSPHRASE);
    expect(await vault.get('c1:privateKey')).toBe(PRIVATE_KEY);
  });

  it('a wrong passphrase is refused and changes nothing', async () => {
    const { vault, snapshot } = vaultHarness();
    await vault.setPassphrase(PASSPHRASE);
    await vault.put('c1:privateKey', PRIVATE_KEY);
    await vault.lock();
    const before = await snapshot();

    await expectVaultError(vault.unlock('not the passphrase'), 'wrong-passphrase');
    await expectVaultError(
      vault.setPassphrase('a brand new passphrase', 'not the passphrase'),
      'wrong-passphrase',
    );
    await expectVaultError(vault.removePassphrase('not the passphrase'), 'wrong-passphrase');

    expect(await snapshot()).toEqual(before);
    await vault.unlock(PASSPHRASE);
    expect(await vault.get('c1:privateKey')).toBe(PRIVATE_KEY);
  });

  it('treats the same passphrase typed with composed or decomposed accents as equal', async () => {
    const { vault } = vaultHarness();
    await vault.setPassphrase('caf\u00e9 au lait le matin');
    await vault.lock();
    await vault.unlock('cafe\u0301 au lait le matin');
    expect((await vault.status()).locked).toBe(false);
  });

  it('changes the passphrase: the old one stops working, the secrets stay', async () => {
    const { vault } = vaultHarness();
    await vault.setPassphrase(PASSPHRASE);
    await vault.put('c1:privateKey', PRIVATE_KEY);
    await vault.setPassphrase('another long passphrase', PASSPHRASE);
    await vault.lock();

    await expectVaultError(vault.unlock(PASSPHRASE), 'wrong-passphrase');
    await vault.unlock('another long passphrase');
    expect(await vault.get('c1:privateKey')).toBe(PRIVATE_KEY);
  });

  it('refuses a short passphrase', async () => {
    const { vault } = vaultHarness();
    await expectVaultError(vault.setPassphrase('short'), 'weak-passphrase');
    expect((await vault.status()).mode).toBe('none');
  });

  it('goes back to the device key, with every secret still readable', async () => {
    const { vault } = vaultHarness();
    await vault.setPassphrase(PASSPHRASE);
    await vault.put('c1:privateKey', PRIVATE_KEY);
    await vault.removePassphrase(PASSPHRASE);
    expect(await vault.status()).toMatchObject({ mode: 'device', usable: true });
    expect(await vault.get('c1:privateKey')).toBe(PRIVATE_KEY);
  });

  it('aborts a key change on a tampered record and leaves the vault as it was', async () => {
    const { vault, db, snapshot } = vaultHarness();
    await vault.put('c1:privateKey', PRIVATE_KEY);
    await vault.put('c2:privateKey', PRIVATE_KEY);
    const database = await db();
    const record = (await database.get('secrets', 'c2:privateKey'))!;
    await database.put('secrets', { ...record, data: toBase64(new Uint8Array(40)) });
    const before = await snapshot();

    await expectVaultError(vault.setPassphrase(PASSPHRASE), 'tampered');
    expect(await snapshot()).toEqual(before);
    expect(await vault.get('c1:privateKey')).toBe(PRIVATE_KEY);
  });

  it('stores the PBKDF2-SHA-256 iteration count, 600,000 by default', async () => {
    const vault = createVault({
      db: () => openVaultDb('vault-default-iterations'),
      session: memorySessionArea(),
      scheduler: { schedule: () => {}, cancel: () => {} },
      autoLockMinutes: async () => 15,
      passphraseRequired: async () => false,
    });
    await vault.setPassphrase(PASSPHRASE);
    expect((await vault.status()).kdfIterations).toBe(600_000);
  });
});

describe('vault, sessions and auto-lock', () => {
  it('stays unlocked when the worker restarts, locks when the browser restarts', async () => {
    const harness = vaultHarness();
    await harness.vault.setPassphrase(PASSPHRASE);
    await harness.vault.put('c1:privateKey', PRIVATE_KEY);

    expect(await harness.restartWorker().get('c1:privateKey')).toBe(PRIVATE_KEY);
    await expectVaultError(harness.restartBrowser().get('c1:privateKey'), 'vault-locked');
  });

  it('arms the alarm for the idle time and locks when it fires after that time', async () => {
    const { vault, alarms, clock, advanceMinutes } = vaultHarness({ autoLockMinutes: 15 });
    await vault.setPassphrase(PASSPHRASE);
    expect(alarms.scheduledAt).toBe(clock.now + 15 * 60_000);

    advanceMinutes(15);
    await vault.checkAutoLock();
    expect((await vault.status()).locked).toBe(true);
    expect(alarms.scheduledAt).toBeNull();
  });

  it('pushes the lock back on activity, re-arming instead of locking early', async () => {
    const { vault, alarms, clock, advanceMinutes } = vaultHarness({ autoLockMinutes: 15 });
    await vault.setPassphrase(PASSPHRASE);
    await vault.put('c1:privateKey', PRIVATE_KEY);
    advanceMinutes(10);
    await vault.recordUse();
    const activityAt = clock.now;

    advanceMinutes(6); // the first alarm time has passed, but not 15 idle minutes
    await vault.checkAutoLock();
    expect((await vault.status()).locked).toBe(false);
    expect(alarms.scheduledAt).toBe(activityAt + 15 * 60_000);
  });

  it('locks on use after the idle time even if the alarm never fired', async () => {
    const { vault, advanceMinutes } = vaultHarness({ autoLockMinutes: 5 });
    await vault.setPassphrase(PASSPHRASE);
    await vault.put('c1:privateKey', PRIVATE_KEY);
    advanceMinutes(5);
    await expectVaultError(vault.get('c1:privateKey'), 'vault-locked');
  });

  it('follows a changed idle time', async () => {
    const { vault, alarms, clock, prefs } = vaultHarness({ autoLockMinutes: 15 });
    await vault.setPassphrase(PASSPHRASE);
    prefs.autoLockMinutes = 60;
    await vault.rescheduleAutoLock();
    expect(alarms.scheduledAt).toBe(clock.now + 60 * 60_000);
  });
});

describe('vault, organization policy without passphrase-less storage', () => {
  it('refuses to create a device key and asks for a passphrase', async () => {
    const { vault } = vaultHarness({ passphraseRequired: true });
    expect(await vault.status()).toMatchObject({ mode: 'none', usable: false, passphraseRequired: true });
    await expectVaultError(vault.put('c1:privateKey', PRIVATE_KEY), 'passphrase-required');
    await vault.setPassphrase(PASSPHRASE);
    await vault.put('c1:privateKey', PRIVATE_KEY);
    expect(await vault.get('c1:privateKey')).toBe(PRIVATE_KEY);
  });

  it('stops using an existing device key until a passphrase is set, and keeps it set', async () => {
    const { vault, policy } = vaultHarness();
    await vault.put('c1:privateKey', PRIVATE_KEY);
    policy.passphraseRequired = true;

    await expectVaultError(vault.get('c1:privateKey'), 'passphrase-required');
    await vault.setPassphrase(PASSPHRASE);
    expect(await vault.get('c1:privateKey')).toBe(PRIVATE_KEY);
    await expectVaultError(vault.removePassphrase(PASSPHRASE), 'passphrase-required');
  });
});
