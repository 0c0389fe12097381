import type { CwRmmClient, RmmCompany, RmmSite } from '../../../vendors/cw-rmm';
import type { EntitySource, SourceEntity } from '../source';
import { fromStartSource } from './from-start';

type RmmLists = Pick<CwRmmClient, 'companyPages' | 'sitePages'>;

/** ConnectWise RMM companies, with the PSA company ids they carry (the matcher prefers those). */
export function rmmCompanySource(client: RmmLists): EntitySource {
  return fromStartSource({
    vendor: 'cw-rmm',
    kind: 'company',
    noun: 'company',
    pages: (signal) => client.companyPages({ signal }),
    toEntity: companyEntity,
  });
}

/** Every site of the partner, under its company: a site moved to another company is recorded. */
export function rmmSiteSource(client: RmmLists): EntitySource {
  return fromStartSource({
    vendor: 'cw-rmm',
    kind: 'site',
    noun: 'site',
    pages: (signal) => client.sitePages({ signal }),
    toEntity: siteEntity,
  });
}

function companyEntity(company: RmmCompany): SourceEntity {
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
