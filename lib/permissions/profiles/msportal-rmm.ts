import type { RmmProfileInput } from '../schema';
import { vendorPage } from '../sources';

const source = vendorPage(
  'MSPortal',
  'MSPortal: Enable ConnectWise Asio Integration',
  'https://docs.msportal.ai/user-guides/integrations/enable-connectwise-asio-integration',
);

const scope = (label: string, name: string) => ({ scope: name, label, source });

/** MSPortal's ConnectWise RMM (Asio) API key: device and company sync plus tickets. */
export const msportalRmm: RmmProfileInput = {
  id: 'msportal-rmm',
  title: 'MSPortal → ConnectWise RMM (Asio)',
  vendor: 'MSPortal',
  product: 'rmm',
  kind: 'documentation',
  source,
  strictness: 'minimum',
  strictnessNote: 'The API-key scopes the guide lists.',
  acceptsAdminRole: false,
  revision: 1,
  checkedOn: '2026-12-01',
  scopes: [
    scope('Platform - Agent: Read', 'platform.agent.read'),
    scope('Platform - Assets: Read', 'platform.asset.read'),
    scope('Platform - Companies: Read', 'platform.companies.read'),
    scope('Platform - Custom Fields values: Read', 'platform.custom_fields_values.read'),
    scope('Platform - DataMapping: Read', 'platform.dataMapping.read'),
    scope('Platform - DeviceGroups: Read', 'platform.deviceGroups.read'),
    scope('Platform - Devices: Read', 'platform.devices.read'),
    scope('Platform - Sites: Read', 'platform.sites.read'),
    scope('Platform - Tickets: Create', 'platform.tickets.create'),
    scope('Platform - Tickets: Read', 'platform.tickets.read'),
    scope('Platform - Tickets: Update', 'platform.tickets.update'),
  ],
};
