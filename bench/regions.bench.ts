import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { lintConnection } from '../lib/regions';
import { readWatchGuardPage } from '../lib/regions/page/watchguard-page-adapter';
import { defineSuite } from './harness';

/**
 * The WatchGuard content script re-reads the page after every burst of DOM changes, on every
 * portal screen: it must stay cheap on a big one. This is the usa Managed Access fixture with a
 * 3,000-row device list added (3,000 is the devices API's own page limit, reference §4.4).
 */
function bigManagedAccessPage(): Document {
  const html = readFileSync(
    'tests/fixtures/pages/usa.cloud.watchguard.com/administration/managed-access/index.html',
    'utf8',
  );
  const rows = Array.from(
    { length: 3000 },
    (_, i) =>
      `<tr><td><span>WIN-${i}</span></td><td>192.0.2.${i % 250}</td><td><span class="chip">Protected</span></td><td>Account ID</td></tr>`,
  ).join('');
  const page = html.replace('</main>', `<table><tbody>${rows}</tbody></table></main>`);
  return parseHTML(page).document as unknown as Document;
}

const doc = bigManagedAccessPage();
const pasted = {
  authUrl: ' https://api.usa.cloud.watchguard.com/rest/endpoint-security/management',
  apiUrl: 'https://api.deu.cloud.watchguard.com/rest/endpoint-security/management',
  accountId: 'WGC-1-123abc456',
  accessId: 'ro_8b41e6d2c07f',
  apiKey: 'k3y V4lue9',
};
const known = [{ readOnly: 'ro_8b41e6d2c07f', readWrite: 'rw_5f2d0c7a91e3' }];

export default defineSuite({
  name: 'regions',
  cases: [
    {
      name: 'read Managed Access next to a 3,000-row device list (linkedom)',
      fn: () => readWatchGuardPage(doc),
      samples: 30,
      warmup: 3,
      targetMedianMs: 50,
    },
    {
      name: 'lint a pasted WatchGuard parameter set (one keystroke)',
      fn: () => lintConnection('watchguard', pasted, { region: 'na', knownAccessIds: known }),
      samples: 2000,
      targetMedianMs: 0.5,
    },
  ],
});
