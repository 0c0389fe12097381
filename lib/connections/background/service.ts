/**
 * Connections in the background: saved settings (store) + secrets (vault) + the organization's
 * pinned presets (policy) + on-premise host access. The only place where a connection's secrets
 * are put together with its settings, and that happens only to call a vendor (`resolve`).
 */

import type { MemberAudit } from '../../role-checker/report-schema';
import { VAULT_MESSAGES, VaultError } from '../../secrets/errors';
import type { Vault } from '../../secrets/vault';
import { VENDOR_LABELS } from '../../vendor-ids';
import {
  type TestConnectionResult,
  type VendorCallOptions,
  type VendorConnection,
  vendorConnectionSchema,
} from '../../vendors';
import { presetsOf } from '../backup';
import { ConnectionError } from '../errors';
import type { HostAccess, OnPremHost } from '../host-access';
import { kindOf, sameCredentialOrigins } from '../kinds';
import { connectionNameSchema } from '../kinds/fields';
import { type EffectiveConnection, type ManagedPolicy, withPinnedConnections } from '../policy';
import type {
  ConnectionPreset,
  ConnectionRecord,
  ConnectionTestResult,
  HostAccess as HostAccessState,
  MaskedConnection,
  SaveConnectionRequest,
} from '../schemas';
import { savedSecretsRepointed, summariseErrors, validateConnectionForm } from '../validate';
import type { ConnectionStore } from './store';

export interface ConnectionServiceDeps {
  store: ConnectionStore;
  vault: Vault;
  policy: () => Promise<ManagedPolicy>;
  hostAccess: HostAccess;
  testConnection: (
    connection: VendorConnection,
    options?: Pick<VendorCallOptions, 'knownReadOnlyAccessIds'>,
  ) => Promise<TestConnectionResult>;
  /** WatchGuard read-only Access IDs seen on Managed Access pages, so Test connection names that mix-up. */
  knownReadOnlyAccessIds?: () => Promise<readonly string[]>;
  /** Audits a Manage connection's API member against the integrations it serves. */
  auditMember?: (connection: ManageConnection, integrations: readonly string[]) => Promise<MemberAudit>;
  /**
   * After a connection's record and secrets are gone: deletes what other features stored for it
   * (the sync's data). Its failure does not bring the connection back; `remove` reports it.
   */
  onRemoved?: (id: string) => Promise<void>;
  /**
   * After a connection is saved or imported: lets other features follow it (the sync schedules
   * it). Its failure does not undo the save.
   */
  onSaved?: (id: string) => Promise<void>;
  now?: () => Date;
  newId?: () => string;
}

/** What a removal did beyond the record and secrets. */
export interface RemovalResult {
  /** False when the synced data of the connection could not be deleted (it stays stored). */
  syncedDataCleared: boolean;
}

type ManageConnection = Extract<VendorConnection, { vendor: 'cw-manage' }>;

/** A vault slot: `<connection id>:<secret field>`. Connection ids never contain ':'. */
export const secretSlot = (id: string, field: string) => `${id}:${field}`;

export function createConnectionService(deps: ConnectionServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());

  /** Stored records with pinned settings applied, plus pinned presets not saved here yet. */
  async function effectiveAll(): Promise<EffectiveConnection[]> {
    const [{ records }, policy] = await Promise.all([deps.store.list(), deps.policy()]);
    return withPinnedConnections(records, policy.pinnedConnections, now());
  }

  async function effective(id: string): Promise<EffectiveConnection> {
    const found = (await effectiveAll()).find((entry) => entry.record.id === id);
    if (!found) throw new ConnectionError('not-found', 'That connection no longer exists.');
    return found;
  }

  function onPremHost(record: ConnectionRecord): OnPremHost | null {
    const origin = kindOf(record.vendor).hostOrigin(record.settings);
    return origin ? { vendor: record.vendor, origin } : null;
  }

  async function onPremHosts(): Promise<OnPremHost[]> {
    return (await effectiveAll()).flatMap(({ record }) => onPremHost(record) ?? []);
  }

  async function hostAccessOf(record: ConnectionRecord): Promise<HostAccessState> {
    const host = onPremHost(record);
    if (!host) return 'not-needed';
    return (await deps.hostAccess.isGranted(host.origin)) ? 'granted' : 'missing';
  }

  async function mask({ record, pinned, stored }: EffectiveConnection): Promise<MaskedConnection> {
    const hints = await deps.vault.hints(`${record.id}:`);
    const refs = record.secretRefs as Record<string, string | undefined>;
    const secrets = Object.fromEntries(
      kindOf(record.vendor).secrets.map((secret) => {
        const slot = refs[secret.name];
        return [
          secret.name,
          { saved: Boolean(slot && hints.has(slot)), hint: (slot && hints.get(slot)) ?? null },
        ];
      }),
    );
    const { secretRefs: _refs, ...rest } = record;
    return {
      ...rest,
      secrets,
      managed: Boolean(pinned),
      hostOrigin: onPremHost(record)?.origin ?? null,
      hostAccess: await hostAccessOf(record),
      stored,
    } as MaskedConnection;
  }

  async function requireHostAccess(record: ConnectionRecord): Promise<void> {
    if ((await hostAccessOf(record)) === 'missing') {
      const origin = onPremHost(record)?.origin;
      throw new ConnectionError(
        'host-permission-missing',
        `The extension is not allowed to reach ${origin}: choose “Allow access” on the connection, then try again.`,
      );
    }
  }

  /**
   * Settings + secrets → the vendor client's connection (every vendor has a client), with the
   * derived hosts the user granted: the client refuses the others.
   */
  async function toVendorConnection(
    record: ConnectionRecord,
    secrets: Record<string, string>,
  ): Promise<VendorConnection> {
    const kind = kindOf(record.vendor);
    const granted: string[] = [];
    for (const origin of kind.derivedOrigins?.(record.settings) ?? []) {
      if (await deps.hostAccess.isGranted(origin)) granted.push(origin);
    }
    const candidate = kind.toVendorConnection(record.settings, secrets, granted);
    const parsed = vendorConnectionSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    throw new ConnectionError(
      'invalid',
      `The saved ${VENDOR_LABELS[record.vendor]} settings do not fit its client; open the connection and save it again.`,
    );
  }

  /** The secrets a vendor call needs: typed ones first, else the saved ones. */
  async function gatherSecrets(
    record: ConnectionRecord,
    typed: Readonly<Record<string, string | undefined>> = {},
  ): Promise<Record<string, string>> {
    const refs = record.secretRefs as Record<string, string | undefined>;
    const secrets: Record<string, string> = {};
    for (const secret of kindOf(record.vendor).secrets) {
      const fresh = typed[secret.name];
      const slot = refs[secret.name];
      const value = fresh ? fresh : slot ? await deps.vault.get(slot) : undefined;
      if (value) secrets[secret.name] = value;
      else if (secret.required) {
        throw new ConnectionError(
          'missing-secret',
          `The ${secret.label} of “${record.name}” is not saved: enter it in Settings › Connections.`,
        );
      }
    }
    return secrets;
  }

  /** Vendor calls wait for an unlocked vault, even with every secret typed in the form. */
  async function requireUnlocked(): Promise<void> {
    if ((await deps.vault.status()).locked) throw new VaultError('vault-locked', VAULT_MESSAGES.locked);
  }

  /** Validates a save or test request against its stored record and the policy. */
  async function prepare(
    request: SaveConnectionRequest,
  ): Promise<{ record: ConnectionRecord; existing?: EffectiveConnection }> {
    const existing = request.id ? await effective(request.id) : undefined;
    if (existing && existing.record.vendor !== request.vendor) {
      throw new ConnectionError(
        'vendor-changed',
        'A saved connection cannot change vendor: add a new connection.',
      );
    }
    const pinned = existing?.pinned;
    const name = pinned ? pinned.name : request.name;
    const settings = pinned ? pinned.settings : request.settings;
    const savedSecrets = new Set(
      Object.entries(existing?.record.secretRefs ?? {})
        .filter(([, slot]) => Boolean(slot))
        .map(([field]) => field),
    );
    const formInput = {
      vendor: request.vendor,
      name,
      settings,
      secrets: request.secrets,
      savedSecrets,
      ...(existing ? { savedSettings: existing.record.settings } : {}),
    };
    const validation = validateConnectionForm(formInput);
    if (!validation.valid) {
      const kind = kindOf(request.vendor);
      const labels = {
        name: 'Name',
        ...kind.fieldLabels,
        ...Object.fromEntries(kind.secrets.map((s) => [s.name, s.label])),
      };
      throw new ConnectionError('invalid', summariseErrors(validation, labels), validation.errors);
    }
    const at = now().toISOString();
    const record = {
      id: existing?.record.id ?? newId(),
      vendor: request.vendor,
      name: name.trim(),
      settings: kindOf(request.vendor).settingsSchema.parse(settings),
      // Saved secrets stay only while they go to the origins they were saved for.
      secretRefs: existing && !savedSecretsRepointed(formInput) ? existing.record.secretRefs : {},
      createdAt: existing?.stored ? existing.record.createdAt : at,
      updatedAt: at,
    } as ConnectionRecord;
    return existing ? { record, existing } : { record };
  }

  /** The vendor's test; a passed Manage test goes on to audit the API member's rights. */
  async function test(
    record: ConnectionRecord,
    secrets: Record<string, string>,
  ): Promise<ConnectionTestResult> {
    const connection = await toVendorConnection(record, secrets);
    // A broken store must not break Test connection: the hint is a bonus.
    const knownReadOnlyAccessIds =
      connection.vendor === 'watchguard' ? await deps.knownReadOnlyAccessIds?.().catch(() => []) : undefined;
    const result = await deps.testConnection(
      connection,
      knownReadOnlyAccessIds ? { knownReadOnlyAccessIds } : {},
    );
    if (
      !result.ok ||
      connection.vendor !== 'cw-manage' ||
      record.vendor !== 'cw-manage' ||
      !deps.auditMember
    ) {
      return result;
    }
    return { ...result, memberAudit: await deps.auditMember(connection, record.settings.integrations) };
  }

  async function notifySaved(id: string): Promise<void> {
    try {
      await deps.onSaved?.(id);
    } catch {
      // The connection is saved; the listener's own retry (the sync's next start) catches up.
    }
  }

  /** Deletes the vault slots `before` referenced and `after` no longer does (repointed secrets). */
  async function forgetUnreferenced(before: ConnectionRecord, after: ConnectionRecord): Promise<void> {
    const kept = new Set(Object.values(after.secretRefs as Record<string, string | undefined>));
    for (const slot of Object.values(before.secretRefs as Record<string, string | undefined>)) {
      if (slot && !kept.has(slot)) await deps.vault.remove(slot);
    }
  }

  async function syncHostAccess(): Promise<void> {
    await deps.hostAccess.reconcile(await onPremHosts());
  }

  /** Forgets a host permission nobody needs any more; best effort (the user may have granted more). */
  async function releaseHost(host: OnPremHost | null): Promise<void> {
    if (!host) return;
    try {
      await deps.hostAccess.release(host.origin, await onPremHosts());
    } catch {
      // A broader grant ("all sites") cannot be narrowed; leaving it is the user's choice.
    }
  }

  return {
    async list(): Promise<MaskedConnection[]> {
      return Promise.all((await effectiveAll()).map(mask));
    },

    async get(id: string): Promise<MaskedConnection> {
      return mask(await effective(id));
    },

    /** Creates or updates. Only non-empty secrets are written; an empty one keeps the saved value. */
    async save(request: SaveConnectionRequest): Promise<MaskedConnection> {
      const { record, existing } = await prepare(request);
      const typed = Object.entries(request.secrets as Record<string, string | undefined>).filter(
        (entry): entry is [string, string] => Boolean(entry[1]),
      );
      const refs: Record<string, string> = { ...(record.secretRefs as Record<string, string>) };
      try {
        for (const [field, value] of typed) {
          const slot = secretSlot(record.id, field);
          await deps.vault.put(slot, value);
          refs[field] = slot;
        }
      } catch (error) {
        // A brand-new connection leaves nothing behind; an existing one keeps its record as it was.
        if (!existing?.stored) await deps.vault.removePrefix(`${record.id}:`);
        throw error;
      }
      const saved = { ...record, secretRefs: refs } as ConnectionRecord;
      await deps.store.put(saved);
      if (existing) await forgetUnreferenced(existing.record, saved);
      const previousHost = existing ? onPremHost(existing.record) : null;
      await syncHostAccess();
      if (previousHost && previousHost.origin !== onPremHost(saved)?.origin) await releaseHost(previousHost);
      await notifySaved(saved.id);
      return mask({ record: saved, pinned: existing?.pinned, stored: true });
    },

    async rename(id: string, name: string): Promise<MaskedConnection> {
      const found = await effective(id);
      if (found.pinned) throw new ConnectionError('managed', 'This connection is set by your organization.');
      const checked = connectionNameSchema.safeParse(name);
      if (!checked.success) {
        const message = checked.error.issues[0]?.message ?? 'That name cannot be used.';
        throw new ConnectionError('invalid', message, { name: [message] });
      }
      const renamed = {
        ...found.record,
        name: checked.data,
        updatedAt: now().toISOString(),
      } as ConnectionRecord;
      await deps.store.put(renamed);
      return mask({ ...found, record: renamed });
    },

    /**
     * Deletes the settings and every secret, then the synced data (`onRemoved`), unregisters its
     * content script, frees its host.
     */
    async remove(id: string): Promise<RemovalResult> {
      const found = await effective(id);
      if (found.pinned) throw new ConnectionError('managed', 'This connection is set by your organization.');
      await deps.store.remove(id);
      await deps.vault.removePrefix(`${id}:`);
      const syncedDataCleared = await deps.onRemoved?.(id).then(
        () => true,
        () => false,
      );
      await syncHostAccess();
      await releaseHost(onPremHost(found.record));
      return { syncedDataCleared: syncedDataCleared ?? true };
    },

    /** Background only: the full connection with its secrets, for a vendor call. */
    async resolve(id: string): Promise<VendorConnection> {
      const { record } = await effective(id);
      await requireHostAccess(record);
      return toVendorConnection(record, await gatherSecrets(record));
    },

    async testSaved(id: string): Promise<ConnectionTestResult> {
      const { record } = await effective(id);
      await requireHostAccess(record);
      return test(record, await gatherSecrets(record));
    },

    /** Test connection on the form's values before (or without) saving. */
    async testSettings(request: SaveConnectionRequest): Promise<ConnectionTestResult> {
      await requireUnlocked();
      const { record } = await prepare(request);
      await requireHostAccess(record);
      return test(record, await gatherSecrets(record, request.secrets as Record<string, string | undefined>));
    },

    syncHostAccess,

    /** Saved connections without secrets or policy presets, for the backup file. */
    async exportPresets(): Promise<ConnectionPreset[]> {
      return presetsOf(await effectiveAll());
    },

    /**
     * Applies a backup's connections as `previewImport` describes: settings only. A replaced
     * connection keeps its secrets only while they go to the same origins; else they are deleted.
     */
    async importPresets(
      presets: readonly ConnectionPreset[],
    ): Promise<{ added: number; replaced: number; skipped: number; secretsDropped: number }> {
      const current = new Map((await effectiveAll()).map((entry) => [entry.record.id, entry]));
      const counts = { added: 0, replaced: 0, skipped: 0, secretsDropped: 0 };
      const at = now().toISOString();
      for (const preset of presets) {
        const existing = current.get(preset.id);
        if (existing && (existing.pinned || existing.record.vendor !== preset.vendor)) {
          counts.skipped += 1;
          continue;
        }
        const keepsSecrets =
          existing && sameCredentialOrigins(preset.vendor, existing.record.settings, preset.settings);
        const imported = {
          ...preset,
          secretRefs: keepsSecrets ? existing.record.secretRefs : {},
          createdAt: existing?.record.createdAt ?? at,
          updatedAt: at,
        } as ConnectionRecord;
        await deps.store.put(imported);
        if (existing) {
          counts.replaced += 1;
          if (!keepsSecrets && Object.values(existing.record.secretRefs).some(Boolean)) {
            counts.secretsDropped += 1;
          }
          await forgetUnreferenced(existing.record, imported);
        } else counts.added += 1;
        await notifySaved(imported.id);
      }
      await syncHostAccess();
      return counts;
    },
  };
}
