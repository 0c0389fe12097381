/** A WatchGuard Cloud connection as an organization pins it (EMEA), for the policy specs. */
export const PINNED_WATCHGUARD = {
  id: 'hq-watchguard',
  vendor: 'watchguard',
  name: 'HQ WatchGuard',
  settings: {
    region: 'emea',
    authUrl: 'https://api.deu.cloud.watchguard.com/oauth/token',
    apiUrl: 'https://api.deu.cloud.watchguard.com/rest/endpoint-security/management',
    accountId: 'WGC-3-0123456789abcdef',
    accessId: 'rw-0f1e2d3c4b5a',
  },
};
