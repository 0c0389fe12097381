import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { FIXTURE_DIR } from '../../unit/role-checker/role-pages';
import { fillManage } from '../connections/forms';
import { CONTOSO, mountManageStub } from '../connections/manage-stub';
import { expect, test } from '../fixtures';
import { launchWithGrantedHosts } from '../support/granted-hosts';
import { repoRoot } from '../support/launch';
import { badge, checkerPanel, expectCounts, pickIntegrations } from './support';

const HOST = 'manage.example-msp.test';
const ORIGIN = `https://${HOST}`;

test('the checker runs on a granted on-premise server too', async ({ vendorServer }) => {
  mountManageStub(vendorServer, CONTOSO, {
    siteHost: HOST,
    apiHost: HOST,
    codebase: 'v4_6_release/',
    isCloud: false,
  });
  // The same role screens as on the cloud host, served from the on-premise server.
  vendorServer.handle(
    HOST,
    async (req: IncomingMessage, res: ServerResponse) => {
      const file = path.basename(new URL(req.url ?? '/', ORIGIN).pathname);
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : 'text/html';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
      res.end(await readFile(path.join(repoRoot, FIXTURE_DIR, file)));
    },
    { pathPrefix: '/v4_6_release/security-roles/' },
  );
  const browser = await launchWithGrantedHosts(vendorServer.port, [`${ORIGIN}/*`]);
  try {
    const { context, extensionId } = browser;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#connections`);
    await options.getByRole('button', { name: 'Add ConnectWise Manage' }).click();
    await fillManage(options, { name: 'On-premise' });
    await options.getByRole('radio', { name: 'On-premise server' }).check();
    await options.getByLabel('On-premise server address').fill(ORIGIN);
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByRole('listitem', { name: 'On-premise' })).toContainText(
      `Access to ${ORIGIN} allowed.`,
    );

    const page = await context.newPage();
    await page.goto(`${ORIGIN}/v4_6_release/security-roles/role-missing.html`);
    await pickIntegrations(page, 'WatchGuard Cloud');
    await expectCounts(page, { missing: 5 });
    await expect(checkerPanel(page).getByRole('heading')).toHaveText('Security role check: API Integrations');
    await expect(badge(page, 'Companies', 'Configurations').host).toHaveAttribute(
      'data-mpc-badge',
      'missing',
    );
  } finally {
    await browser.close();
  }
});
