import { z } from 'zod';
import type { Company, CwManageClient } from '../../../vendors/cw-manage';
import type { EntitySource, SourceEntity } from '../source';
import { readCursor } from './cursor';

/** Forward-only paging is ordered by id, so "every company after id N" is an exact resume point. */
const cursorSchema = z.object({ afterId: z.number().int().nonnegative() });

/**
 * Partial response: what the mapping needs, instead of the ~2 KB a full company record weighs
 * (`fields`, Manage developer guide "Query String Parameters" — vendor-apis.md §1.4).
 */
const COMPANY_FIELDS = ['id', 'identifier', 'name', 'status', 'types', 'deletedFlag'] as const;

/**
 * ConnectWise Manage companies, every status and type (filtering is a view concern: ThreatLocker,
 * seed 002, maps by type and status, others do not). Deleted companies are left out, so a
 * complete pass marks them removed.
 */
export function manageCompanySource(
  client: Pick<CwManageClient, 'companyPages'>,
  options: { pageSize?: number } = {},
): EntitySource {
  return {
    vendor: 'cw-manage',
    kind: 'company',
    noun: 'company',
    async *pages(from, signal) {
      let afterId = readCursor(cursorSchema, from)?.afterId;
      const pages = client.companyPages({
        paging: 'forward-only',
        fields: COMPANY_FIELDS,
        signal,
        ...(options.pageSize ? { pageSize: options.pageSize } : {}),
        ...(afterId !== undefined ? { conditions: `id>${afterId}` } : {}),
      });
      for await (const companies of pages) {
        if (companies.length === 0) continue;
        afterId = Math.max(afterId ?? 0, ...companies.map((company) => company.id));
        yield {
          entities: companies.filter((company) => !company.deletedFlag).map(toEntity),
          cursor: { afterId },
        };
      }
    },
  };
}

function toEntity(company: Company): SourceEntity {
  const types = company.types?.length ? company.types : company.type ? [company.type] : [];
  const typeNames = types.flatMap((type) => (type.name ? [type.name] : []));
  return {
    vendorId: String(company.id),
    name: company.name,
    ...(company.status?.name ? { status: company.status.name } : {}),
    ...(typeNames.length ? { type: typeNames.join(', ') } : {}),
  };
}
