/**
 * The credential vault: every secret a connection needs, AES-GCM encrypted in the extension's
 * IndexedDB. Background only.
 *
 * Two modes:
 * - device (default): secrets are sealed with a non-extractable key created by WebCrypto and
 *   kept in IndexedDB. It protects against reading the profile's files as plain text and against
 *   exports; not against someone who can run code inside the extension.
 * - passphrase: secrets are sealed with a random data key that is stored only wrapped by a
 *   PBKDF2-SHA-256 key derived from the passphrase. Locked until the passphrase is given; the
 *   unlocked key lives in session memory (see session.ts) and is dropped after an idle time.
 *
 * Every change of key (setting, changing or removing the passphrase) decrypts and re-encrypts in
 * memory first and writes the new key and every record in ONE IndexedDB transaction, so a wrong
 * passphrase, a crash or a tampered record leaves the vault exactly as it was.
 */
import {
  DEFAULT_PBKDF2_ITERATIONS,
  deriveWrappingKey,
  generateDataKeyBytes,
  generateDeviceKey,
  importDataKey,
  newKdfParams,
  open,
  seal,
} from './crypto';
import { utf8 } from './encoding';
import { VAULT_MESSAGES, VaultError } from './errors';
import { secretHint } from './mask';
import type { AutoLockScheduler, SessionArea } from './session';
import {
  type SecretRecord,
  secretRecordSchema,
  type VaultDb,
  type VaultState,
  vaultStateSchema,
} from './vault-db';

/** NIST SP 800-63B asks for at least 8; a key that guards every customer's keys deserves more. */
export const MIN_PASSPHRASE_LENGTH = 12;
export const DEFAULT_AUTO_LOCK_MINUTES = 15;
/** Uses closer together than this do not rewrite the session (one write per burst of clicks). */
const TOUCH_INTERVAL_MS = 15_000;

export type VaultMode = 'none' | 'device' | 'passphrase';

export interface VaultStatus {
  mode: VaultMode;
  /** Passphrase mode with no unlocked key in this browser session. */
  locked: boolean;
  /** The organization's policy forbids the device key: a passphrase must be set. */
  passphraseRequired: boolean;
  /** Secrets can be read and written right now. */
  usable: boolean;
  autoLockMinutes: number;
  /** PBKDF2 iteration count of the passphrase, for the settings page. */
  kdfIterations?: number;
}

export interface VaultDeps {
  db: () => Promise<VaultDb>;
  session: SessionArea;
  scheduler: AutoLockScheduler;
  /** Idle minutes before an unlocked passphrase vault locks itself (a user preference). */
  autoLockMinutes: () => Promise<number>;
  /** The managed policy's switch that disables passphrase-less storage. */
  passphraseRequired: () => Promise<boolean>;
  now?: () => number;
  /** PBKDF2 iterations for new passphrases; lower only in unit tests. */
  kdfIterations?: number;
  /** Called on every lock: what holds credentials in memory (token caches, clients) forgets them. */
  onLock?: () => void;
}

interface DataKey {
  keyId: string;
  key: CryptoKey;
}

const secretContext = (keyId: string, slot: string) => `secret:${keyId}:${slot}`;
const hintContext = (keyId: string, slot: string) => `hint:${keyId}:${slot}`;
const wrapContext = (keyId: string) => `vault-key:${keyId}`;
const sessionContext = (keyId: string) => `session:${keyId}`;

export function createVault(deps: VaultDeps) {
  const now = deps.now ?? Date.now;
  const iterations = deps.kdfIterations ?? DEFAULT_PBKDF2_ITERATIONS;
  /** The imported data key of an unlocked passphrase vault, for this worker's lifetime. */
  let unlocked: DataKey | null = null;

  async function readState(): Promise<VaultState | undefined> {
    const raw = await (await deps.db()).get('meta', 'state');
    if (raw === undefined) return undefined;
    const parsed = vaultStateSchema.safeParse(raw);
    if (!parsed.success) throw new VaultError('tampered', 'The vault’s key record is damaged.');
    return parsed.data;
  }

  async function readRecords(): Promise<SecretRecord[]> {
    const raw = await (await deps.db()).getAll('secrets');
    return raw.map((record) => {
      const parsed = secretRecordSchema.safeParse(record);
      if (!parsed.success) throw new VaultError('tampered', 'A stored secret record is damaged.');
      return parsed.data;
    });
  }

  async function lock(): Promise<void> {
    unlocked = null;
    deps.onLock?.();
    await deps.session.clear();
    // A new session key next time: a copy of the old sealed session key opens nothing.
    await (await deps.db()).delete('keys', 'session');
    await deps.scheduler.cancel();
  }

  async function idleMs(): Promise<number> {
    return (await deps.autoLockMinutes()) * 60_000;
  }

  /** Keeps the data key for this browser session, sealed with a per-session key. */
  async function startSession(raw: Uint8Array<ArrayBuffer>, keyId: string): Promise<void> {
    const db = await deps.db();
    let sessionKey = await db.get('keys', 'session');
    if (!sessionKey) {
      sessionKey = await generateDeviceKey();
      await db.put('keys', sessionKey, 'session');
    }
    const at = now();
    await deps.session.set({
      keyId,
      sealedKey: await seal(sessionKey, raw, sessionContext(keyId)),
      lastActivityAt: at,
    });
    await deps.scheduler.schedule(at + (await idleMs()));
    unlocked = { keyId, key: await importDataKey(raw) };
  }

  /** The unlocked passphrase key, or a `vault-locked` error (after an idle timeout, locks first). */
  async function passphraseKey(state: Extract<VaultState, { mode: 'passphrase' }>): Promise<DataKey> {
    const session = await deps.session.get();
    if (!session || session.keyId !== state.keyId) {
      unlocked = null;
      throw new VaultError('vault-locked', VAULT_MESSAGES.locked);
    }
    if (now() - session.lastActivityAt >= (await idleMs())) {
      // The alarm may not have fired (the computer slept): the idle rule holds all the same.
      await lock();
      throw new VaultError('vault-locked', VAULT_MESSAGES.locked);
    }
    if (unlocked?.keyId !== state.keyId) {
      const sessionKey = await (await deps.db()).get('keys', 'session');
      if (!sessionKey) throw new VaultError('vault-locked', VAULT_MESSAGES.locked);
      try {
        const raw = await open(sessionKey, session.sealedKey, sessionContext(state.keyId));
        unlocked = { keyId: state.keyId, key: await importDataKey(raw) };
        raw.fill(0);
      } catch {
        await lock();
        throw new VaultError('vault-locked', VAULT_MESSAGES.locked);
      }
    }
    // Using the key is not activity: a scheduled sync or a page-triggered read must not keep the
    // vault open. Only `recordUse`, called for a person's commands, moves the lock back.
    return unlocked;
  }

  /** The key secrets are sealed with now; `create` makes the device key on first use. */
  async function dataKey(create: boolean): Promise<DataKey> {
    const state = await readState();
    const required = await deps.passphraseRequired();
    if (!state) {
      if (required) throw new VaultError('passphrase-required', VAULT_MESSAGES.passphraseRequired);
      if (!create) throw new VaultError('not-initialised', 'The vault holds no secrets yet.');
      const created: VaultState = {
        version: 1,
        mode: 'device',
        keyId: crypto.randomUUID(),
        deviceKey: await generateDeviceKey(),
        createdAt: new Date(now()).toISOString(),
      };
      // `add` fails if a parallel call created the key first; then use that one.
      try {
        await (await deps.db()).add('meta', created, 'state');
      } catch {
        return dataKey(false);
      }
      return { keyId: created.keyId, key: created.deviceKey };
    }
    if (state.mode === 'device') {
      if (required) throw new VaultError('passphrase-required', VAULT_MESSAGES.passphraseRequired);
      return { keyId: state.keyId, key: state.deviceKey };
    }
    return passphraseKey(state);
  }

  async function unwrap(
    state: Extract<VaultState, { mode: 'passphrase' }>,
    passphrase: string,
  ): Promise<Uint8Array<ArrayBuffer>> {
    try {
      const wrappingKey = await deriveWrappingKey(passphrase, state.kdf);
      return await open(wrappingKey, state.wrappedKey, wrapContext(state.keyId));
    } catch {
      throw new VaultError('wrong-passphrase', VAULT_MESSAGES.wrongPassphrase);
    }
  }

  async function wrap(raw: Uint8Array<ArrayBuffer>, keyId: string, passphrase: string) {
    const kdf = newKdfParams(iterations);
    const wrappingKey = await deriveWrappingKey(passphrase, kdf);
    return { kdf, wrappedKey: await seal(wrappingKey, raw, wrapContext(keyId)) };
  }

  async function decryptRecord(key: DataKey, record: SecretRecord): Promise<string> {
    if (record.keyId !== key.keyId) {
      throw new VaultError('tampered', `The secret "${record.slot}" was sealed with another vault key.`);
    }
    try {
      return utf8.decode(await open(key.key, record, secretContext(key.keyId, record.slot)));
    } catch {
      throw new VaultError(
        'tampered',
        `The secret "${record.slot}" failed its integrity check: enter it again in its connection.`,
      );
    }
  }

  async function encryptRecord(key: DataKey, slot: string, value: string): Promise<SecretRecord> {
    const sealed = await seal(key.key, utf8.encode(value), secretContext(key.keyId, slot));
    const hint = secretHint(value);
    return {
      slot,
      keyId: key.keyId,
      ...sealed,
      sealedHint: hint === null ? null : await seal(key.key, utf8.encode(hint), hintContext(key.keyId, slot)),
      updatedAt: new Date(now()).toISOString(),
    };
  }

  /**
   * A record's hint, with the key: sealed ones opened, older records' computed from the value.
   * A damaged record shows no hint here; reading its value reports the damage.
   */
  async function hintOf(key: DataKey, record: SecretRecord): Promise<string | null> {
    if (record.sealedHint === null) return null;
    try {
      if (record.sealedHint === undefined) return secretHint(await decryptRecord(key, record));
      return utf8.decode(await open(key.key, record.sealedHint, hintContext(key.keyId, record.slot)));
    } catch {
      return null;
    }
  }

  /**
   * Moves every secret to a new key: decrypt and re-encrypt in memory, then one transaction writes
   * the new key state and all records. Any failure before the write leaves everything unchanged.
   */
  async function rekey(from: DataKey, to: DataKey, nextState: VaultState): Promise<void> {
    const records = await readRecords();
    const resealed: SecretRecord[] = [];
    for (const record of records) {
      const value = await decryptRecord(from, record);
      resealed.push({ ...(await encryptRecord(to, record.slot, value)), updatedAt: record.updatedAt });
    }
    const db = await deps.db();
    const tx = db.transaction(['meta', 'secrets'], 'readwrite');
    await Promise.all([
      tx.objectStore('meta').put(nextState, 'state'),
      ...resealed.map((record) => tx.objectStore('secrets').put(record)),
      tx.done,
    ]);
  }

  function checkStrength(passphrase: string): void {
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
      throw new VaultError(
        'weak-passphrase',
        `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters (a few unrelated words work well).`,
      );
    }
  }

  return {
    async status(): Promise<VaultStatus> {
      const state = await readState();
      const passphraseRequired = await deps.passphraseRequired();
      const autoLockMinutes = await deps.autoLockMinutes();
      if (!state) {
        return {
          mode: 'none',
          locked: false,
          passphraseRequired,
          usable: !passphraseRequired,
          autoLockMinutes,
        };
      }
      if (state.mode === 'device') {
        return {
          mode: 'device',
          locked: false,
          passphraseRequired,
          usable: !passphraseRequired,
          autoLockMinutes,
        };
      }
      const session = await deps.session.get();
      const locked =
        !session || session.keyId !== state.keyId || now() - session.lastActivityAt >= (await idleMs());
      return {
        mode: 'passphrase',
        locked,
        passphraseRequired,
        usable: !locked,
        autoLockMinutes,
        kdfIterations: state.kdf.iterations,
      };
    },

    /** Encrypts and stores a secret under `slot`, replacing any earlier value. */
    async put(slot: string, value: string): Promise<{ hint: string | null }> {
      const key = await dataKey(true);
      const record = await encryptRecord(key, slot, value);
      await (await deps.db()).put('secrets', record);
      return { hint: secretHint(value) };
    },

    /** The secret in `slot`, or undefined when there is none. Throws when locked or tampered. */
    async get(slot: string): Promise<string | undefined> {
      const raw = await (await deps.db()).get('secrets', slot);
      if (raw === undefined) return undefined;
      const record = secretRecordSchema.safeParse(raw);
      if (!record.success) throw new VaultError('tampered', `The secret "${slot}" record is damaged.`);
      return decryptRecord(await dataKey(false), record.data);
    },

    /**
     * Every stored slot with this prefix and its masked hint. Hints are sealed with the secrets:
     * while the vault is locked every hint is null (the slot still shows as saved).
     */
    async hints(prefix: string): Promise<Map<string, string | null>> {
      const db = await deps.db();
      const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
      const records = (await db.getAll('secrets', range)).flatMap((raw) => {
        const parsed = secretRecordSchema.safeParse(raw);
        return parsed.success ? [parsed.data] : [];
      });
      let key: DataKey | null = null;
      if (records.length) {
        try {
          key = await dataKey(false);
        } catch (error) {
          if (!(error instanceof VaultError)) throw error;
        }
      }
      const hints = new Map<string, string | null>();
      for (const record of records) {
        hints.set(record.slot, key && record.keyId === key.keyId ? await hintOf(key, record) : null);
      }
      return hints;
    },

    /** Removes the plain-text hints older versions stored; no key needed. Returns how many. */
    async dropPlaintextHints(): Promise<number> {
      const db = await deps.db();
      const legacy = (await db.getAll('secrets')).filter((record) => 'hint' in record);
      for (const { hint: _plain, ...record } of legacy) await db.put('secrets', record as SecretRecord);
      return legacy.length;
    },

    async remove(slot: string): Promise<void> {
      await (await deps.db()).delete('secrets', slot);
    },

    /** Deletes every slot starting with `prefix` (a removed connection's secrets). */
    async removePrefix(prefix: string): Promise<void> {
      await (await deps.db()).delete('secrets', IDBKeyRange.bound(prefix, `${prefix}\uffff`));
    },

    async unlock(passphrase: string): Promise<void> {
      const state = await readState();
      if (state?.mode !== 'passphrase') return;
      const raw = await unwrap(state, passphrase);
      await startSession(raw, state.keyId);
      raw.fill(0);
    },

    lock,

    /**
     * Sets a passphrase, or changes it (`current` required then). From the device key, every
     * secret moves to a new passphrase-wrapped key; a change only rewraps the same data key.
     */
    async setPassphrase(next: string, current?: string): Promise<void> {
      checkStrength(next);
      const state = await readState();
      if (state?.mode === 'passphrase') {
        const raw = await unwrap(state, current ?? '');
        const { kdf, wrappedKey } = await wrap(raw, state.keyId, next);
        await (await deps.db()).put('meta', { ...state, kdf, wrappedKey }, 'state');
        await startSession(raw, state.keyId);
        raw.fill(0);
        return;
      }
      const raw = generateDataKeyBytes();
      const keyId = crypto.randomUUID();
      const { kdf, wrappedKey } = await wrap(raw, keyId, next);
      const nextState: VaultState = {
        version: 1,
        mode: 'passphrase',
        keyId,
        kdf,
        wrappedKey,
        createdAt: new Date(now()).toISOString(),
      };
      const to = { keyId, key: await importDataKey(raw) };
      if (state) await rekey({ keyId: state.keyId, key: state.deviceKey }, to, nextState);
      else await (await deps.db()).put('meta', nextState, 'state');
      await startSession(raw, keyId);
      raw.fill(0);
    },

    /** Back to the device key (not allowed when the policy requires a passphrase). */
    async removePassphrase(current: string): Promise<void> {
      if (await deps.passphraseRequired()) {
        throw new VaultError('passphrase-required', VAULT_MESSAGES.passphraseRequired);
      }
      const state = await readState();
      if (state?.mode !== 'passphrase') return;
      const raw = await unwrap(state, current);
      const from = { keyId: state.keyId, key: await importDataKey(raw) };
      raw.fill(0);
      const deviceKey = await generateDeviceKey();
      const nextState: VaultState = {
        version: 1,
        mode: 'device',
        keyId: crypto.randomUUID(),
        deviceKey,
        createdAt: new Date(now()).toISOString(),
      };
      await rekey(from, { keyId: nextState.keyId, key: deviceKey }, nextState);
      await lock();
    },

    /**
     * A person used the extension (a command from one of its pages): the idle time counts from
     * now. Background work never calls this. An expired or absent session stays locked.
     */
    async recordUse(): Promise<void> {
      const session = await deps.session.get();
      if (!session) return;
      const at = now();
      const idle = await idleMs();
      if (at - session.lastActivityAt >= idle) {
        await lock();
        return;
      }
      if (at - session.lastActivityAt < TOUCH_INTERVAL_MS) return;
      await deps.session.set({ ...session, lastActivityAt: at });
      await deps.scheduler.schedule(at + idle);
    },

    /** The auto-lock alarm's handler: locks when idle long enough, otherwise re-arms. */
    async checkAutoLock(): Promise<void> {
      const session = await deps.session.get();
      if (!session) return;
      const due = session.lastActivityAt + (await idleMs());
      if (now() >= due) await lock();
      else await deps.scheduler.schedule(due);
    },

    /** After the idle time changed: re-arm the alarm from the last activity. */
    async rescheduleAutoLock(): Promise<void> {
      const session = await deps.session.get();
      if (session) await deps.scheduler.schedule(session.lastActivityAt + (await idleMs()));
    },
  };
}

export type Vault = ReturnType<typeof createVault>;
