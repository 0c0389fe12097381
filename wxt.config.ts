import { defineConfig } from 'wxt';
import { CLOUD_HOST_PERMISSIONS, CW_MANAGE_MATCHES, OPTIONAL_HOST_PERMISSIONS } from './lib/hosts';

// Permissions are kept to what the product uses: `storage` for settings, `alarms` for scheduled
// syncs. Hosts: the cloud vendors at install, on-premise servers only when the user grants them.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: 'MSP Portal Companion',
    permissions: ['storage', 'alarms'],
    host_permissions: CLOUD_HOST_PERMISSIONS,
    // The role checker's UI, loaded by the ConnectWise Manage content script only on role screens
    // (lib/role-checker/chunk-bridge.ts); a content script may import only web-accessible files.
    web_accessible_resources: [{ resources: ['role-checker.js'], matches: [...CW_MANAGE_MATCHES] }],
    // MV2 (the Firefox build) has no optional_host_permissions: hosts go in optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: OPTIONAL_HOST_PERMISSIONS }
      : { optional_permissions: OPTIONAL_HOST_PERMISSIONS }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'msp-portal-companion@example.org',
          // Nothing is sent to us: vendor data goes only to the vendors' own APIs.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
