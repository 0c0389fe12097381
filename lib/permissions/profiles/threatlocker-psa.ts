import type { ManageProfileInput } from '../schema';
import { SOURCES } from '../sources';

const source = SOURCES.threatlocker;

/**
 * ThreatLocker's ConnectWise Manage integration (seeds/002). ThreatLocker recommends the Admin
 * role and publishes its hardened role only as a screenshot, so every level below is OUR
 * inference from the features the document describes, marked `inferred` and shown as such. An
 * Admin role (All everywhere) satisfies all of them.
 */
export const threatlockerPsa: ManageProfileInput = {
  id: 'threatlocker-psa',
  title: 'ThreatLocker → ConnectWise Manage (PSA integration)',
  vendor: 'ThreatLocker',
  product: 'manage',
  source,
  strictness: 'admin-recommended',
  strictnessNote:
    'ThreatLocker recommends the Admin role; the finer-grained levels here are inferred from the features it describes.',
  acceptsAdminRole: true,
  adminRecommendation:
    'ThreatLocker recommends the Admin role and supports a restricted role only on a best-effort basis.',
  revision: 3,
  checkedOn: '2026-12-01',
  kind: 'security',
  requirements: [
    {
      module: 'Companies',
      function: 'Company Maintenance',
      inquire: 'All',
      source,
      inferred: true,
      basis: 'Company mapping lists ConnectWise companies filtered by type and status.',
    },
    {
      module: 'Service Desk',
      function: 'Service Tickets',
      add: 'All',
      edit: 'All',
      inquire: 'All',
      source,
      inferred: true,
      basis: 'Approval requests are created as tickets on the chosen board and updated when acted on.',
    },
    {
      module: 'Service Desk',
      function: 'Close Service Tickets',
      edit: 'All',
      inquire: 'All',
      source,
      inferred: true,
      basis: 'Tickets handled in ThreatLocker are moved to the board’s closed status.',
    },
    {
      module: 'Finance',
      function: 'Agreements',
      edit: 'All',
      inquire: 'All',
      source,
      inferred: true,
      basis:
        'Agreement configuration reads agreements and their additions and updates the addition quantities daily.',
    },
    {
      module: 'Companies',
      function: 'Configurations',
      add: 'All',
      edit: 'All',
      inquire: 'All',
      source,
      inferred: true,
      basis:
        'The executive summary is written to a configuration that the integration creates and refreshes.',
    },
    {
      module: 'System',
      function: 'Table Setup',
      inquire: 'All',
      source,
      inferred: true,
      basis:
        'Choosing company types and statuses, and the ticket board, source, type and subtype, reads setup tables.',
    },
  ],
  manualChecks: [
    {
      id: 'threatlocker-admin-or-hardened-role',
      title: 'ThreatLocker recommends the Admin role',
      detail:
        'ThreatLocker supports a restricted role on a best-effort basis: if the integration fails with a custom role, switch the API member back to Admin.',
      source,
    },
    {
      id: 'threatlocker-board-closed-status',
      title: 'The ticket board has a status whose name contains "closed"',
      detail:
        'Tickets closed in ThreatLocker are only closed in Manage when the chosen board has such a status (any letter case).',
      source,
      evaluator: 'threatLockerBoardReadiness',
    },
    {
      id: 'threatlocker-board-default-member',
      title: 'The ticket board has a default member',
      detail:
        'Without a default member on the chosen board, approval-request tickets do not appear in Manage.',
      source,
      evaluator: 'threatLockerBoardReadiness',
    },
  ],
};
