import type { VendorConnection } from '../../vendors';
import { createCwManageClient } from '../../vendors/cw-manage';
import type { MemberAudit } from '../report-schema';
import { auditApiMember, type ManageRoleReader } from './api-audit';
import { explainAuditFailure } from './audit-errors';
import { manageRoleReader } from './readers';

/**
 * Runs in: the background. The API member's rights (`/system/mySecurity`) against the
 * integrations its connection serves, run right after a successful Test connection: it catches
 * the 403 a sync would meet later. Least-privilege, so the admin also sees what the member holds
 * beyond the integrations' needs. Never throws: a failed audit must not turn a passed test into
 * a failed one.
 */
export async function auditMember(
  reader: ManageRoleReader,
  integrations: readonly string[],
): Promise<MemberAudit> {
  if (integrations.length === 0) return { state: 'no-integrations' };
  try {
    return { state: 'audited', report: await auditApiMember(reader, integrations, 'least-privilege') };
  } catch (error) {
    return {
      state: 'failed',
      message: explainAuditFailure(error)?.message ?? 'The API member’s rights could not be read.',
    };
  }
}

/** `auditMember` through a Manage connection's own client. */
export function auditConnectionMember(
  connection: Extract<VendorConnection, { vendor: 'cw-manage' }>,
  integrations: readonly string[],
): Promise<MemberAudit> {
  return auditMember(manageRoleReader(createCwManageClient(connection.config)), integrations);
}
