import type { WatchGuardAccount, WatchGuardClient } from '../../../vendors/watchguard';
import { SyncRunError } from '../errors';
import type { EntitySource, SourceEntity } from '../source';
import { fromStartSource } from './from-start';

/** Account type codes of the children listing (vendor-apis.md §4.3). */
const ACCOUNT_TYPES: Record<number, string> = { 1: 'Service Provider', 2: 'Subscriber' };

/**
 * WatchGuard Cloud managed accounts (service providers and subscribers; the type is stored so
 * views can filter), delegated ones included and marked: the children listing says nothing about
 * delegation, so the accounts of a listing without `includeDelegatedAccounts` are read first, and
 * any other account of the full listing is one another provider delegated. Offsets shift when
 * an account is added or deleted while we read, which could hide one from the pass and wrongly
 * mark it removed; so the count is taken before and after, and a pass that saw it change fails,
 * removing nothing (the next sync reads again).
 */
export function watchGuardAccountSource(
  client: Pick<WatchGuardClient, 'accountPages' | 'countManagedAccounts'>,
): EntitySource {
  return fromStartSource<DelegationAware>({
    vendor: 'watchguard',
    kind: 'account',
    noun: 'managed account',
    async *pages(signal) {
      const before = await client.countManagedAccounts(signal);
      const own = new Set<string>();
      for await (const page of client.accountPages({ signal, includeDelegated: false })) {
        for (const account of page) own.add(account.accountId);
      }
      for await (const page of client.accountPages({ signal, includeDelegated: true })) {
        yield page.map((account) => ({ account, delegated: !own.has(account.accountId) }));
      }
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

interface DelegationAware {
  account: WatchGuardAccount;
  delegated: boolean;
}

function toEntity({ account, delegated }: DelegationAware): SourceEntity {
  const type =
    account.type !== undefined ? (ACCOUNT_TYPES[account.type] ?? `Type ${account.type}`) : undefined;
  const label = delegated ? `${type ?? 'Account'} (delegated)` : type;
  return { vendorId: account.accountId, name: account.name, ...(label ? { type: label } : {}) };
}
