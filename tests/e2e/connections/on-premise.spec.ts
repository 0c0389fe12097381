import type { ServerResponse } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { evaluateInContentScript } from '../support/content-script-world';
import { launchWithGrantedHosts } from '../support/granted-hosts';
import type { VendorServer } from '../support/vendor-server';
import { fillManage, openNewManageForm } from './forms';
import { CONTOSO, mountManageStub } from './manage-stub';
import { hasHostPermission, registeredScripts } from './worker';

const HOST = 'manage.example-msp.test';
const ORIGIN = `https://${HOST}`;
const PATTERN = `${ORIGIN}/*`;

/** An on-premise Manage server: the login lookup, the API on the same host, and a portal page. */
function mountOnPremServer(server: VendorServer) {
  mountManageStub(server, CONTOSO, {
    siteHost: HOST,
    apiHost: HOST,
    codebase: 'v4_6_release/',
    isCloud: false,
  });
  server.handle(
    HOST,
    (_req, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>ConnectWise Manage</title><h1>Contoso on-premise Manage</h1>');
    },
    { pathPrefix: '/v4_6_release/home' },
  );
}

async function fillOnPrem(page: Page) {
  await fillManage(page, { name: 'On-premise' });
  await page.getByRole('radio', { name: 'On-premise server' }).check();
  await page.getByLabel('On-premise server address').fill(ORIGIN);
}

/**
 * Stands in for the browser's permission prompt, which Playwright cannot answer: the options page
 * gets the user's "Deny". Everything after the answer is the real extension. The stub records
 * what was asked, so the test also proves the right origin was requested.
 */
async function answerPermissionPromptsWithDeny(page: Page) {
  await page.evaluate(() => {
    const asked: unknown[] = [];
    const deny = (request: unknown, callback?: (granted: boolean) => void) => {
      asked.push(request);
      callback?.(false);
      return Promise.resolve(false);
    };
    Object.assign(window, { permissionRequests: asked });
    for (const api of [
      (globalThis as { chrome?: unknown }).chrome,
      (globalThis as { browser?: unknown }).browser,
    ]) {
      const permissions = (api as { permissions?: { request: unknown } } | undefined)?.permissions;
      if (permissions) Object.defineProperty(permissions, 'request', { value: deny, configurable: true });
    }
  });
  return () =>
    page.evaluate(() => (window as unknown as { permissionRequests: unknown[] }).permissionRequests);
}

test('denied: the connection is saved without host access, says so, and offers to ask again', async ({
  openExtensionPage,
  vendorServer,
  serviceWorker,
}) => {
  mountOnPremServer(vendorServer);
  const page = await openNewManageForm(openExtensionPage);
  const asked = await answerPermissionPromptsWithDeny(page);
  await fillOnPrem(page);

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('test-result')).toContainText(
    `did not allow the extension to reach ${ORIGIN}`,
  );

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('connections-banner')).toContainText(`access to ${ORIGIN} was not allowed`);
  const row = page.getByRole('listitem', { name: 'On-premise' });
  await expect(row.getByTestId('host-access-missing')).toContainText(
    `has not allowed the extension to reach ${ORIGIN}`,
  );
  expect(await registeredScripts(serviceWorker)).toEqual([]);
  expect(await asked()).toEqual([{ origins: [PATTERN] }, { origins: [PATTERN] }]);

  await row.getByRole('button', { name: 'Ask again' }).click();
  await expect.poll(async () => (await asked()).length).toBe(3);
  await expect(row.getByTestId('host-access-missing')).toBeVisible();
});

test('granted: content scripts run on the on-premise server until the connection is removed', async ({
  vendorServer,
}) => {
  mountOnPremServer(vendorServer);
  const browser = await launchWithGrantedHosts(vendorServer.port, [PATTERN]);
  try {
    const { context, serviceWorker, extensionId } = browser;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html#connections`);
    await page.getByRole('button', { name: 'Add ConnectWise Manage' }).click();
    await fillOnPrem(page);

    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByTestId('test-result')).toContainText(
      'Connected to Contoso MSP on ConnectWise Manage',
    );
    await expect(page.getByTestId('test-result')).toContainText('(on-premise)');

    await page.getByRole('button', { name: 'Save' }).click();
    const row = page.getByRole('listitem', { name: 'On-premise' });
    await expect(row).toContainText(`Access to ${ORIGIN} allowed.`);
    expect(await registeredScripts(serviceWorker)).toEqual([
      { id: `onprem-cw-manage-${HOST}`, matches: [PATTERN] },
    ]);

    const portal = await context.newPage();
    await portal.goto(`${ORIGIN}/v4_6_release/home.html`);
    await expect(portal.locator('mpc-overlay')).toHaveCount(1);
    await expect(portal.getByRole('heading', { name: 'MSP Portal Companion' })).toBeVisible();
    expect(
      await evaluateInContentScript(portal, `chrome.runtime.sendMessage({ command: 'ping', payload: {} })`),
    ).toMatchObject({ ok: true, data: { senderContext: 'content-script' } });
    expect(
      await evaluateInContentScript(
        portal,
        `chrome.runtime.sendMessage({ command: 'listConnections', payload: {} })`,
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });

    await row.getByRole('button', { name: 'Remove' }).click();
    await row.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByTestId('connections-banner')).toContainText(
      'Connection removed with its secrets and synced data.',
    );
    expect(await registeredScripts(serviceWorker)).toEqual([]);
    expect(await hasHostPermission(serviceWorker, PATTERN)).toBe(false);

    await portal.reload();
    await expect(portal.getByRole('heading', { name: 'Contoso on-premise Manage' })).toBeVisible();
    await portal.waitForTimeout(500); // the time a content script would need to mount
    await expect(portal.locator('mpc-overlay')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});
