import { defineConfig } from 'wxt';
import { CLOUD_HOST_PERMISSIONS, OPTIONAL_HOST_PERMISSIONS } from './lib/hosts';

// Permissions are kept to what the product uses: `storage` for settings, `alarms` for scheduled
// syncs. Hosts: the cloud vendors at install, on-premise servers only when the user grants them.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'MSP Portal Companion',
    permissions: ['storage', 'alarms'],
    host_permissions: CLOUD_HOST_PERMISSIONS,
    optional_host_permissions: OPTIONAL_HOST_PERMISSIONS,
  },
});
