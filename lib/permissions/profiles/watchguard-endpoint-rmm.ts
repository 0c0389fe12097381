import type { RmmProfileInput } from '../schema';
import { SOURCES } from '../sources';

const source = SOURCES.watchguardRmm;

/**
 * The WatchGuard Endpoint Security ↔ ConnectWise RMM plug-in (seeds/000). It sets no role
 * levels; it sets conditions on the WatchGuard Cloud API credentials, which the connection
 * helpers verify with `watchGuardRmmConnectionReadiness`.
 */
export const watchguardEndpointRmm: RmmProfileInput = {
  id: 'watchguard-endpoint-rmm',
  title: 'WatchGuard Endpoint Security → ConnectWise RMM (plug-in)',
  vendor: 'WatchGuard',
  product: 'rmm',
  source,
  strictness: 'checks-only',
  strictnessNote: 'No role table: the plug-in needs read-write WatchGuard Cloud API credentials.',
  acceptsAdminRole: false,
  revision: 2,
  checkedOn: '2026-12-01',
  kind: 'security',
  manualChecks: [
    {
      id: 'watchguard-rmm-readwrite-access-id',
      title: 'Use the read-write Access ID, not the read-only one',
      detail:
        'The plug-in writes to WatchGuard Cloud; the read-only Access ID and its password cause errors. Both IDs are on Administration › Managed Access.',
      source,
      evaluator: 'watchGuardRmmConnectionReadiness',
    },
    {
      id: 'watchguard-rmm-api-parameters',
      title: 'All six WatchGuard Cloud API parameters are filled in',
      detail:
        'Authentication API URL, API URL, Account ID, Access ID, Access Password and API Key; copy them from WatchGuard Cloud rather than typing them.',
      source,
      evaluator: 'watchGuardRmmConnectionReadiness',
    },
  ],
};
