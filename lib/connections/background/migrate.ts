/**
 * One-time move of plaintext secrets into the vault. A connection record written before the vault
 * existed (or edited by hand) may hold a secret as plain text, in `settings` or in a `secrets`
 * map. Each one is encrypted into its slot and only then deleted from `storage.local`. When the
 * vault cannot take it yet (locked, or the policy wants a passphrase first), the record is left
 * exactly as it is and counted as pending, to be moved after the next unlock.
 */
import { isVaultError } from '../../secrets/errors';
import type { Vault } from '../../secrets/vault';
import { vendorIdSchema } from '../../vendor-ids';
import { secretNames } from '../kinds';
import { connectionIdSchema } from '../schemas';
import { secretSlot } from './service';
import type { ConnectionStore } from './store';

export interface MigrationResult {
  migrated: number;
  pending: number;
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;

export async function migratePlaintextSecrets(
  store: ConnectionStore,
  vault: Vault,
): Promise<MigrationResult> {
  const result: MigrationResult = { migrated: 0, pending: 0 };
  await store.updateRaw(async (entries) => {
    const out: unknown[] = [];
    for (const entry of entries) out.push(await migrateEntry(entry, vault, result));
    return out;
  });
  return result;
}

async function migrateEntry(entry: unknown, vault: Vault, result: MigrationResult): Promise<unknown> {
  if (!isObject(entry)) return entry;
  const vendor = vendorIdSchema.safeParse(entry.vendor);
  const id = connectionIdSchema.safeParse(entry.id);
  if (!vendor.success || !id.success) return entry;

  const settings = isObject(entry.settings) ? { ...entry.settings } : undefined;
  const legacy = isObject(entry.secrets) ? { ...entry.secrets } : undefined;
  const refs: Loose = isObject(entry.secretRefs) ? { ...entry.secretRefs } : {};
  let moved = 0;
  for (const field of secretNames(vendor.data)) {
    const value = typeof legacy?.[field] === 'string' ? legacy[field] : settings?.[field];
    if (typeof value !== 'string') continue;
    if (value) {
      try {
        await vault.put(secretSlot(id.data, field), value);
      } catch (error) {
        if (!isVaultError(error)) throw error;
        result.pending += 1;
        return entry; // untouched: nothing is deleted before it is safely in the vault
      }
      refs[field] = secretSlot(id.data, field);
    }
    if (legacy) delete legacy[field];
    if (settings) delete settings[field];
    moved += 1;
  }
  if (!moved) return entry;
  result.migrated += 1;
  const { secrets: _plain, ...rest } = entry;
  return {
    ...rest,
    ...(settings ? { settings } : {}),
    ...(legacy && Object.keys(legacy).length ? { secrets: legacy } : {}),
    secretRefs: refs,
  };
}
