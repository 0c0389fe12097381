import type { WatchGuardAccount, WatchGuardClient } from '../../../vendors/watchguard';
import { SyncRunError } from '../errors';
import type { EntitySource, SourceEntity } from '../source';
import { fromStartSource } from './from-start';

/** Account type codes of the children listing (vendor-apis.md §4.3). */
const ACCOUNT_TYPES: Record<number, string> = { 1: 'Service Provider', 2: 'Subscriber' };

/**
 * WatchGuard Cloud managed accounts (service providers and subscribers; the type is stored so
 * views can filter). Offsets shift when an account is added or deleted while we read, which could
 * hide one from the pass and wrongly mark it removed; so the count is taken before and after, and
 * a pass that saw it change fails, removing nothing (the next sync reads again).
 */
export function watchGuardAccountSource(
  client: Pick<WatchGuardClient, 'accountPages' | 'countManagedAccounts'>,
): EntitySource {
  return fromStartSource({
    vendor: 'watchguard',
    kind: 'account',
    noun: 'managed account',
    async *pages(signal) {
      const before = await client.countManagedAccounts(signal);
      yield* client.accountPages({ signal });
      if ((await client.countManagedAccounts(signal)) !== before) {
        throw new SyncRunError(
          'The list of WatchGuard Cloud accounts changed while it was being read, so this sync may have missed one. Nothing was marked removed.',
          'Sync again in a moment.',
        );
      }
    },
    toEntity,
  });
}

function toEntity(account: WatchGuardAccount): SourceEntity {
  return {
    vendorId: account.accountId,
    name: account.name,
    ...(account.type !== undefined ? { type: ACCOUNT_TYPES[account.type] ?? `Type ${account.type}` } : {}),
  };
}
