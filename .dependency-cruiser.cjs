/**
 * The architecture, checked (npm test runs `npm run lint:deps`). A feature folder's page/ code
 * runs in a vendor's page and its background/ code in the service worker: neither may import
 * the other, so a content script cannot pull in code that holds secrets, and the worker carries
 * no DOM code. components/ are presentational: props in, callbacks out, no extension APIs.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle makes load order matter and hides which module owns what.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'page-not-background',
      severity: 'error',
      comment: 'Page code (a content script, or a chunk it loads) must not import worker code.',
      from: {
        path: [
          '(^|/)page/',
          '^entrypoints/[^/]+\\.content/',
          '^entrypoints/role-checker(-panel)?/',
          '^lib/overlay/',
        ],
        // Tests may drive both sides of a command.
        pathNot: '^tests/',
      },
      to: {
        path: ['(^|/)background/', '^entrypoints/background\\.ts$', '^lib/(background|db|secrets|vendors)/'],
        // Pure: it shortens a value for display and holds no key.
        pathNot: '^lib/secrets/mask\\.ts$',
      },
    },
    {
      name: 'background-not-page',
      severity: 'error',
      comment: 'Worker code must not import page code (it has no document).',
      from: {
        path: ['(^|/)background/', '^entrypoints/background\\.ts$', '^lib/(db|secrets|vendors)/'],
        pathNot: '^tests/',
      },
      to: {
        path: [
          '(^|/)page/',
          '^entrypoints/[^/]+\\.content/',
          '^entrypoints/role-checker(-panel)?/',
          '^lib/overlay/',
        ],
      },
    },
    {
      name: 'components-without-extension-apis',
      severity: 'error',
      comment: 'components/ take props and call callbacks; the entrypoints talk to the browser.',
      from: { path: '^components/' },
      to: {
        path: [
          '^node_modules/(wxt|webextension-polyfill|@wxt-dev)/',
          '^lib/extension/',
          '^hooks/',
          '^entrypoints/',
        ],
      },
    },
    {
      name: 'lib-not-entrypoints',
      severity: 'error',
      comment: 'Entrypoints wire lib/ and components/; nothing imports an entrypoint.',
      from: { path: '^(lib|components|hooks)/' },
      to: { path: '^entrypoints/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['^\\.wxt/', '^\\.output/'] },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
