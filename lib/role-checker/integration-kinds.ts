import type { IntegrationKind } from '../permissions/schema';

/**
 * The pickers' group headings, in the order the groups are shown.
 * Runs in: the role checker's page chunk and extension pages (names only, no catalogue data).
 */
export const KIND_LABELS: Record<IntegrationKind, string> = {
  rmm: 'RMM',
  backup: 'Backup',
  documentation: 'Documentation',
  security: 'Security',
  quoting: 'Quoting',
  finance: 'Billing and accounting',
  automation: 'Automation',
  ai: 'AI and service desk assistants',
  'customer-experience': 'Customer experience',
  lifecycle: 'Lifecycle and warranty',
  reporting: 'Reporting',
  psa: 'PSA',
};
