import type { RmmProfileInput } from '../schema';
import { vendorPage } from '../sources';

const source = vendorPage(
  'Neo Agent',
  'Neo Agent: ConnectWise RMM – Creating API access',
  'https://docs.neoagent.io/integrations/rmm/connectwise-rmm/creating-api-key',
);

const scope = (label: string, name: string) => ({ scope: name, label, source });

/**
 * Neo Agent's ConnectWise RMM (Asio) API key. "Platform - Contacts - Read" maps to no scope we
 * know from the specification or the notes; it stays a manual check.
 */
export const neoAgentRmm: RmmProfileInput = {
  id: 'neo-agent-rmm',
  title: 'Neo Agent → ConnectWise RMM (Asio)',
  vendor: 'Neo Agent',
  product: 'rmm',
  kind: 'ai',
  source,
  strictness: 'minimum',
  strictnessNote: 'The API-key scopes the guide requires.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  scopes: [
    scope('Platform - Agent - Read', 'platform.agent.read'),
    scope('Platform - Assets - Read', 'platform.asset.read'),
    scope('Platform - Automation - Read', 'platform.automation.read'),
    scope('Platform - Automation - Create', 'platform.automation.create'),
    scope('Platform - Companies - Read', 'platform.companies.read'),
    scope('Platform - Devices - Read', 'platform.devices.read'),
    scope('Platform - Sites - Read', 'platform.sites.read'),
    scope('Platform - Tickets - Read', 'platform.tickets.read'),
  ],
  manualChecks: [
    {
      id: 'neo-agent-rmm-contacts-read',
      title: 'API key scope: Platform - Contacts - Read',
      detail:
        'Neither the RMM specification nor our notes name a contacts scope; tick it in the API Access form.',
      source,
    },
  ],
};
