import { z } from 'zod';
import type { RmmCompany, RmmSite } from '../../vendors/cw-rmm/schemas';
import type { EntitySource, SourceEntity } from '../source';
import { readCursor } from './cursor';

/**
 * What the sources need from the ConnectWise RMM client. TODO(lead): the client is being built on
 * wip/vendors-b (lib/vendors/cw-rmm); wire `GET /api/platform/v1/company/companies` and
 * `GET /api/platform/v1/company/sites` (bare arrays, no paging in the spec — vendor-apis.md §3.3-3.4),
 * parsed with `rmmCompanyListSchema` / `rmmSiteListSchema`.
 */
export interface RmmLister {
  companies(signal: AbortSignal): Promise<RmmCompany[]>;
  sites(signal: AbortSignal): Promise<RmmSite[]>;
}

/** A one-page list: the cursor only says the page is stored. */
const cursorSchema = z.object({ done: z.literal(true) });

function singlePageSource<T>(
  kind: EntitySource['kind'],
  noun: string,
  read: (signal: AbortSignal) => Promise<T[]>,
  toEntity: (item: T) => SourceEntity,
): EntitySource {
  return {
    vendor: 'cw-rmm',
    kind,
    noun,
    async *pages(from, signal) {
      if (readCursor(cursorSchema, from)?.done) return;
      yield { entities: (await read(signal)).map(toEntity), cursor: { done: true } };
    },
  };
}

export function rmmCompanySource(lister: RmmLister): EntitySource {
  return singlePageSource('company', 'company', (signal) => lister.companies(signal), companyEntity);
}

/** Sites carry their company as parent, so a site moved to another company is recorded as moved. */
export function rmmSiteSource(lister: RmmLister): EntitySource {
  return singlePageSource('site', 'site', (signal) => lister.sites(signal), siteEntity);
}

function companyEntity(company: RmmCompany): SourceEntity {
  // The PSA company id an RMM company was synced from: the matcher prefers it over the name.
  const externalIds = (company.externalIds ?? []).flatMap((ref) =>
    ref.externalId?.trim() ? [ref.externalId.trim()] : [],
  );
  const status = company.activityStatus?.name;
  return {
    vendorId: company.id,
    name: company.friendlyName?.trim() || company.name,
    externalIds,
    ...(status ? { status } : {}),
  };
}

function siteEntity(site: RmmSite): SourceEntity {
  return {
    vendorId: site.id,
    name: site.friendlyName?.trim() || site.name,
    ...(site.company?.id ? { parentVendorId: site.company.id } : {}),
    ...(site.activeFlag === false ? { status: 'Inactive' } : {}),
  };
}
