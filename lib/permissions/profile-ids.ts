import type { Product } from './schema';

/**
 * The catalogue's profile ids and products, as plain data: code that only has to recognise an id
 * (the managed-policy reader and the connection schemas, bundled into every content script
 * through the command schemas) uses this list, not the catalogue, so the profiles' tables stay
 * out of those scripts. A test holds it equal to the catalogue.
 * Runs in: anywhere (pure data).
 */
const PROFILE_PRODUCTS: readonly (readonly [id: string, product: Product])[] = [
  ['watchguard-cloud-psa', 'manage'],
  ['ninjaone-psa', 'manage'],
  ['threatlocker-psa', 'manage'],
  ['rewst-automate', 'automate'],
  ['watchguard-endpoint-rmm', 'rmm'],
  ['autoelevate-psa', 'manage'],
  ['barracuda-intronis-psa', 'manage'],
  ['bitdefender-gravityzone-psa', 'manage'],
  ['chatstyle-psa', 'manage'],
  ['commvault-psa', 'manage'],
  ['crushbank-psa', 'manage'],
  ['cyberdrain-cow-psa', 'manage'],
  ['datto-partner-portal-psa', 'manage'],
  ['datto-rmm-psa', 'manage'],
  ['gozynta-mobius-psa', 'manage'],
  ['gradient-psa', 'manage'],
  ['hudu-psa', 'manage'],
  ['huntress-psa', 'manage'],
  ['immybot-psa', 'manage'],
  ['kaseya-quote-manager-psa', 'manage'],
  ['lifecycle-insights-psa', 'manage'],
  ['lifecycle-manager-psa', 'manage'],
  ['liongard-psa', 'manage'],
  ['manageengine-endpoint-central-psa', 'manage'],
  ['msp360-psa', 'manage'],
  ['n-central-psa', 'manage'],
  ['n-sight-psa', 'manage'],
  ['passportal-psa', 'manage'],
  ['quotewerks-psa', 'manage'],
  ['smileback-psa', 'manage'],
  ['team-gps-psa', 'manage'],
  ['thread-psa', 'manage'],
  ['brightgauge-automate', 'automate'],
  ['halopsa-automate', 'automate'],
  ['neo-agent-automate', 'automate'],
  ['passportal-automate', 'automate'],
  ['trend-micro-wfbs-automate', 'automate'],
  ['msportal-rmm', 'rmm'],
  ['neo-agent-rmm', 'rmm'],
];

export const PROFILE_IDS: ReadonlySet<string> = new Set(PROFILE_PRODUCTS.map(([id]) => id));

export const MANAGE_PROFILE_IDS: ReadonlySet<string> = new Set(
  PROFILE_PRODUCTS.filter(([, product]) => product === 'manage').map(([id]) => id),
);
