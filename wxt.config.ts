import { defineConfig } from 'wxt';
import {
  CLOUD_HOST_PERMISSIONS,
  CW_MANAGE_MATCHES,
  OPTIONAL_HOST_PERMISSIONS,
  OPTIONAL_HOSTS_IN_MANIFEST,
  THREATLOCKER_PORTAL_MATCHES,
  WATCHGUARD_MATCHES,
} from './lib/hosts';
import { CATALOGUE_VERSION } from './lib/permissions/catalogue';
import { precompiledCatalogue, withoutCatalogue } from './scripts/precompiled-catalogue';

/** What the Manage content script imports on a security-role screen (entrypoints/role-checker, role-checker-panel). */
const ROLE_SCREEN_SCRIPTS = ['role-checker.js', 'role-checker-panel.js'];
const ROLE_SCREEN_ENTRYPOINTS = new Set(ROLE_SCREEN_SCRIPTS.map((file) => file.replace(/\.js$/, '')));

// Permissions are kept to what the product uses: `storage` for settings, `alarms` for scheduled
// syncs and the vault's auto-lock, `scripting` to register our content scripts on the on-premise
// servers a user grants. Hosts: the cloud vendors at install, on-premise servers only when granted.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: 'MSP Portal Companion',
    permissions: ['storage', 'alarms', 'scripting'],
    host_permissions: CLOUD_HOST_PERMISSIONS,
    // Scripts the content scripts import on demand (lib/extension/page-chunk.ts): a content script
    // may import only web-accessible files. Each is offered only to the portal hosts whose content
    // script imports it. The role checker (on the first-verdict path) and its panel at their
    // plain address on the Manage cloud hosts; everywhere else (granted on-premise Manage hosts,
    // WatchGuard's helpers) only at an unguessable per-session address, so no other site can probe
    // for the extension.
    web_accessible_resources: [
      { resources: ROLE_SCREEN_SCRIPTS, matches: [...CW_MANAGE_MATCHES] },
      { resources: ROLE_SCREEN_SCRIPTS, matches: [...OPTIONAL_HOST_PERMISSIONS], use_dynamic_url: true },
      { resources: ['watchguard-helpers.js'], matches: [...WATCHGUARD_MATCHES], use_dynamic_url: true },
      // The ThreatLocker portal's script (registered only once the user grants that host) loads
      // its form lint and its style sheet from here.
      {
        resources: ['threatlocker-setup-lint.js', 'content-scripts/threatlocker-portal.css'],
        matches: [...THREATLOCKER_PORTAL_MATCHES],
        use_dynamic_url: true,
      },
    ],
    // MV2 (the Firefox build) has no optional_host_permissions: hosts go in optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: OPTIONAL_HOSTS_IN_MANIFEST }
      : { optional_permissions: OPTIONAL_HOSTS_IN_MANIFEST }),
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
  // The catalogue version the role checker's page script expects of what it reads from storage
  // (lib/role-checker/page/catalogue-version.ts), without carrying the catalogue.
  vite: () => ({ define: { __MPC_CATALOGUE_VERSION__: JSON.stringify(CATALOGUE_VERSION) } }),
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
    // What runs in the portal pages (the content scripts, and the unlisted scripts they import:
    // role checker and its panel, WatchGuard helpers) uses only the extension APIs both browsers
    // answer with promises (storage, runtime.getURL / id / sendMessage), so it takes the browser's
    // own object instead of webextension-polyfill, which would be a quarter of the always-loaded
    // scripts. The worker and the extension's pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      const inPortalPages = (type: string) => type === 'content-script' || type === 'unlisted-script';
      if (!entrypoints.every((entrypoint) => inPortalPages(entrypoint.type))) return;
      const alias = config.resolve?.alias ?? [];
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...entries],
      };
      // The scripts take the catalogue already checked (scripts/precompiled-catalogue.ts). The role
      // checker and its panel take none: they read the profiles audited from storage.local
      // (lib/role-checker/catalogue-item.ts), and their build fails if they import the catalogue.
      const roleChecker = entrypoints.every((entrypoint) => ROLE_SCREEN_ENTRYPOINTS.has(entrypoint.name));
      config.plugins = [...(config.plugins ?? []), roleChecker ? withoutCatalogue() : precompiledCatalogue()];
    },
    // The Manage overlay loads its stylesheet from the extension. On an on-premise server (content
    // script registered at run time) that file must be reachable from the granted origin too;
    // `use_dynamic_url` keeps its address unguessable to other pages.
    // The ThreatLocker script declares no `matches` (WXT would grant them at install), so WXT's
    // own entry for its style sheet matches nothing: the entry above offers it instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.web_accessible_resources = (manifest.web_accessible_resources ?? []).filter(
        (entry) => typeof entry !== 'object' || (entry.matches ?? ['']).length > 0,
      ) as typeof manifest.web_accessible_resources;
      for (const entry of manifest.web_accessible_resources ?? []) {
        if (typeof entry === 'object' && entry.resources.includes('content-scripts/cw-manage.css')) {
          entry.matches = [...new Set([...(entry.matches ?? []), ...OPTIONAL_HOST_PERMISSIONS])];
        }
      }
    },
  },
});
