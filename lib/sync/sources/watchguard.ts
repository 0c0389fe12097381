import { z } from 'zod';
import type { WatchGuardAccount, WatchGuardAccountPage } from '../../vendors/watchguard/schemas';
import { SyncRunError } from '../errors';
import type { EntitySource, SourceEntity } from '../source';
import { readCursor } from './cursor';

/**
 * What the source needs from the WatchGuard Cloud client. TODO(lead): the client is being built
 * on wip/vendors-a (lib/vendors/watchguard); wire its managed-accounts call here:
 * `GET /rest/platform/accounts/v1/accounts/{accountId}/children?type=2&offset&limit`, parsed with
 * `watchGuardAccountPageSchema` (vendor-apis.md §4.3).
 */
export interface WatchGuardAccountLister {
  childAccounts(query: {
    offset: number;
    limit: number;
    signal: AbortSignal;
  }): Promise<WatchGuardAccountPage>;
}

const cursorSchema = z.object({
  offset: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

/** Records per request of the WatchGuard ↔ ConnectWise RMM plug-in (seed 000, "Records Per Request"). */
const DEFAULT_PAGE_SIZE = 500;

/**
 * WatchGuard Cloud managed accounts, by offset. Offsets shift when an account is added or deleted
 * while we read, which could hide one from this pass and wrongly mark it removed; so the pass
 * fails (removing nothing) when the total changes between pages, and the next sync reads again.
 */
export function watchGuardAccountSource(
  lister: WatchGuardAccountLister,
  options: { pageSize?: number } = {},
): EntitySource {
  const limit = options.pageSize ?? DEFAULT_PAGE_SIZE;
  return {
    vendor: 'watchguard',
    kind: 'account',
    noun: 'managed account',
    async *pages(from, signal) {
      const start = readCursor(cursorSchema, from);
      let offset = start?.offset ?? 0;
      let total = start?.total;
      for (;;) {
        const page = await lister.childAccounts({ offset, limit, signal });
        if (total !== undefined && page.totalItems !== total) {
          throw new SyncRunError(
            'The list of WatchGuard Cloud accounts changed while it was being read, so this sync could not see all of them. Nothing was marked removed.',
            'Sync again in a moment.',
          );
        }
        total = page.totalItems;
        if (page.items.length === 0) return;
        offset += page.items.length;
        yield { entities: page.items.map(toEntity), cursor: { offset, total } };
        if (offset >= total) return;
      }
    },
  };
}

/** Account type codes of the children listing (vendor-apis.md §4.3). */
const ACCOUNT_TYPES: Record<number, string> = { 1: 'Service Provider', 2: 'Subscriber' };

function toEntity(account: WatchGuardAccount): SourceEntity {
  return {
    vendorId: account.accountId,
    name: account.name,
    ...(account.type !== undefined ? { type: ACCOUNT_TYPES[account.type] ?? `Type ${account.type}` } : {}),
  };
}
