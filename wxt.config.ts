import { defineConfig } from 'wxt';
import { CLOUD_HOST_PERMISSIONS, CW_MANAGE_MATCHES, OPTIONAL_HOST_PERMISSIONS } from './lib/hosts';

// Permissions are kept to what the product uses: `storage` for settings, `alarms` for scheduled
// syncs and the vault's auto-lock, `scripting` to register our content scripts on the on-premise
// servers a user grants. Hosts: the cloud vendors at install, on-premise servers only when granted.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: 'MSP Portal Companion',
    permissions: ['storage', 'alarms', 'scripting'],
    host_permissions: CLOUD_HOST_PERMISSIONS,
    // The role checker, imported by the ConnectWise Manage content script only on role screens
    // (lib/role-checker/page/chunk-bridge.ts): a content script may import only web-accessible files.
    // Cloud hosts at its plain address; granted on-premise hosts (content script registered at run
    // time) at an unguessable per-session address, so no other site can probe for it.
    web_accessible_resources: [
      { resources: ['role-checker.js'], matches: [...CW_MANAGE_MATCHES] },
      { resources: ['role-checker.js'], matches: [...OPTIONAL_HOST_PERMISSIONS], use_dynamic_url: true },
    ],
    // MV2 (the Firefox build) has no optional_host_permissions: hosts go in optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: OPTIONAL_HOST_PERMISSIONS }
      : { optional_permissions: OPTIONAL_HOST_PERMISSIONS }),
    // Fleet presets pushed by policy (Chrome/Edge). Firefox reads policies without a schema.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed_schema.json' } }),
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
  // The Firefox sources zip (for add-on review) holds what the repo tracks, not local output.
  zip: {
    excludeSources: [
      'artifacts/**',
      'reports/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/*.json',
      '**/*.log',
    ],
  },
  hooks: {
    // The Manage overlay loads its stylesheet from the extension. On an on-premise server (content
    // script registered at run time) that file must be reachable from the granted origin too;
    // `use_dynamic_url` keeps its address unguessable to other pages.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const entry of manifest.web_accessible_resources ?? []) {
        if (typeof entry === 'object' && entry.resources.includes('content-scripts/cw-manage.css')) {
          entry.matches = [...new Set([...(entry.matches ?? []), ...OPTIONAL_HOST_PERMISSIONS])];
        }
      }
    },
  },
});
