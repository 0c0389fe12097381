import type { AutomateClient, CwAutomateClient } from '../../../vendors/cw-automate';
import type { EntitySource, SourceEntity } from '../source';
import { fromStartSource } from './from-start';

/** ConnectWise Automate clients, with the PSA company id a linked client carries. */
export function automateClientSource(client: Pick<CwAutomateClient, 'clientPages'>): EntitySource {
  return fromStartSource({
    vendor: 'cw-automate',
    kind: 'client',
    noun: 'client',
    pages: (signal) => client.clientPages({ signal }),
    toEntity,
  });
}

function toEntity(client: AutomateClient): SourceEntity {
  const external = client.ExternalId?.trim() ?? '';
  return {
    vendorId: client.Id,
    name: client.Name,
    // Automate writes 0 when a client is linked to nothing.
    externalIds: external && external !== '0' ? [external] : [],
  };
}
