import { z } from 'zod';
import type { EntitySource, SourceEntity } from '../source';
import { readCursor } from './cursor';

/** The fields of an Automate `Client` the sync reads (`LabTech.Models.Client`, vendor-apis.md §2.4). */
export interface AutomateClient {
  Id: string | number;
  Name: string;
  /** The PSA company id when the client is linked to one. */
  ExternalId?: string | number | null;
}

/**
 * What the source needs from the ConnectWise Automate client. TODO(lead): the client arrives with
 * lib/vendors/cw-automate; wire `GET /cwa/api/v1/Clients?page&pageSize` (no Link header: pages
 * until an empty one — vendor-apis.md §2.3) with `orderBy=Id asc` so pages do not shift.
 */
export interface AutomateClientLister {
  clientsPage(query: { page: number; pageSize: number; signal: AbortSignal }): Promise<AutomateClient[]>;
}

const cursorSchema = z.object({ page: z.number().int().positive() });

export function automateClientSource(
  lister: AutomateClientLister,
  options: { pageSize?: number } = {},
): EntitySource {
  const pageSize = options.pageSize ?? 1000;
  return {
    vendor: 'cw-automate',
    kind: 'client',
    noun: 'client',
    async *pages(from, signal) {
      let page = readCursor(cursorSchema, from)?.page ?? 1;
      for (;;) {
        const clients = await lister.clientsPage({ page, pageSize, signal });
        if (clients.length === 0) return;
        page++;
        yield { entities: clients.map(toEntity), cursor: { page } };
        if (clients.length < pageSize) return;
      }
    },
  };
}

function toEntity(client: AutomateClient): SourceEntity {
  const external =
    client.ExternalId === null || client.ExternalId === undefined ? '' : String(client.ExternalId).trim();
  return {
    vendorId: String(client.Id),
    name: client.Name,
    externalIds: external && external !== '0' ? [external] : [],
  };
}
