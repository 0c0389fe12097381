import { expect, test } from '../fixtures';
import { evaluateInContentScript } from '../support/content-script-world';
import { badge, checkerPanel, expectCounts, levelSelectId, openRolePage, pickIntegrations } from './support';

// role-missing.html is WatchGuard Cloud's table with five rights short (see role-pages.ts).

test('a known role: the right counts and a badge on every audited row', async ({ context }) => {
  const page = await openRolePage(context, 'role-missing.html');
  const panel = checkerPanel(page);
  await expect(panel.getByRole('heading')).toHaveText('Security role check: API Integrations');
  await expect(panel.getByText('Pick the integrations this role is for.')).toBeVisible();
  await expect(page.locator('[data-mpc-badge]')).toHaveCount(0);

  await pickIntegrations(page, 'WatchGuard Cloud');
  await expect(panel.getByRole('status').filter({ hasText: 'Fails' })).toHaveText('Fails: 5 missing.');
  await expectCounts(page, { missing: 5, excess: 0, ok: 43, unread: 0, manual: 0 });
  // WatchGuard Cloud's table names 12 functions; each gets a badge, nothing else does.
  await expect(page.locator('[data-mpc-badge]')).toHaveCount(12);
  const configurations = badge(page, 'Companies', 'Configurations');
  await expect(configurations.host).toHaveAttribute('data-mpc-badge', 'missing');
  await expect(configurations.text).toHaveText('Missing: Delete → All · WatchGuard Cloud');
  await expect(badge(page, 'Finance', 'Reports').text).toHaveText(
    'Missing: Inquire → All · WatchGuard Cloud',
  );
  await expect(badge(page, 'Finance', 'Agreements').host).toHaveAttribute('data-mpc-badge', 'ok');
  await expect(badge(page, 'Finance', 'Agreements').text).toHaveText(
    'OK: Add All, Edit All, Inquire All · WatchGuard Cloud',
  );
  await expect(badge(page, 'Companies', 'Notes').host).toHaveCount(0);
});

test('changing a drop-down in the page re-checks the role', async ({ context }) => {
  const page = await openRolePage(context, 'role-missing.html');
  await pickIntegrations(page, 'WatchGuard Cloud');
  await expectCounts(page, { missing: 5 });

  await page.selectOption(`#${levelSelectId('Companies', 'Configurations', 2)}`, { label: 'All' });
  await expectCounts(page, { missing: 4, ok: 44 });
  await expect(badge(page, 'Companies', 'Configurations').host).toHaveAttribute('data-mpc-badge', 'ok');

  await page.selectOption(`#${levelSelectId('Finance', 'Agreements', 0)}`, { label: 'None' });
  await expectCounts(page, { missing: 5 });
  await expect(badge(page, 'Finance', 'Agreements').text).toHaveText('Missing: Add → All · WatchGuard Cloud');
});

test('switching integrations and mode re-judges the page, and both are remembered for the site', async ({
  context,
}) => {
  const page = await openRolePage(context, 'role-missing.html');
  const panel = checkerPanel(page);
  await pickIntegrations(page, 'WatchGuard Cloud', 'NinjaOne');
  // NinjaOne also needs SLA Dashboard and Table Setup Add, and two Table Setup exclusions a person confirms.
  await expectCounts(page, { missing: 6, excess: 0, manual: 2 });
  await expect(badge(page, 'Service Desk', 'SLA Dashboard').text).toHaveText(
    'Missing: Inquire → All · NinjaOne',
  );
  await expect(badge(page, 'System', 'Table Setup').text).toHaveText(
    'Missing: Add → All · WatchGuard Cloud, NinjaOne',
  );

  await panel.getByLabel('Least privilege').check();
  await expect(badge(page, 'System', 'Member Maintenance').host).toHaveAttribute('data-mpc-badge', 'excess');
  await expect(badge(page, 'System', 'Member Maintenance').text).toHaveText(
    'Excess: Add → None, Edit → None, Delete → None, Inquire → None · NinjaOne',
  );
  await expectCounts(page, { missing: 6, excess: 5 });

  // Without NinjaOne's list, least privilege means: nothing beyond WatchGuard Cloud's table.
  await panel.getByLabel('NinjaOne').uncheck();
  await expectCounts(page, { missing: 5, excess: 7, manual: 0 });
  await expect(badge(page, 'Companies', 'Contacts').text).toHaveText(
    'Excess: Add → None, Inquire → None · least privilege',
  );

  await page.reload();
  await expect(panel.getByLabel('WatchGuard Cloud')).toBeChecked();
  await expect(panel.getByLabel('NinjaOne')).not.toBeChecked();
  await expect(panel.getByLabel('Least privilege')).toBeChecked();
  await expectCounts(page, { missing: 5, excess: 7 });
});

test('"Next problem" scrolls to each failing row in turn and focuses its drop-down', async ({ context }) => {
  const page = await openRolePage(context, 'role-missing.html');
  await pickIntegrations(page, 'WatchGuard Cloud');
  const next = checkerPanel(page).getByRole('button', { name: 'Next problem' });
  const focusedId = () => page.evaluate(() => document.activeElement?.id);

  await next.click();
  await expect.poll(focusedId).toBe(levelSelectId('Companies', 'Configurations', 2));
  await expect(page.locator(`#${levelSelectId('Companies', 'Configurations', 2)}`)).toBeInViewport();
  await next.click();
  await expect.poll(focusedId).toBe(levelSelectId('Finance', 'Reports', 3));
});

test('keystrokes typed in the overlay never reach the portal', async ({ context }) => {
  const page = await openRolePage(context, 'role-missing.html');
  const checkbox = checkerPanel(page).getByLabel('WatchGuard Cloud');
  await checkbox.check();
  await checkbox.focus();
  await page.keyboard.type('/ab');
  await page.keyboard.press('Space');
  await expect(checkbox).not.toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { __cwKeys: string[] }).__cwKeys)).toEqual([]);
  await expect(page.locator('#cw-global-search')).not.toBeFocused();

  // The page's own listener does work: a key typed in the page is recorded.
  await page
    .locator('h1, body')
    .first()
    .click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('x');
  expect(await page.evaluate(() => (window as unknown as { __cwKeys: string[] }).__cwKeys)).toEqual(['x']);
});

test('other ConnectWise pages never load the checker', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://na.myconnectwise.net/v4_6_release/home.html');
  await expect(page.locator('mpc-overlay')).toHaveCount(1);
  await page.waitForTimeout(500);
  const loaded = () =>
    evaluateInContentScript<boolean>(page, `Symbol.for('msp-portal-companion/role-checker') in globalThis`);
  expect(await loaded()).toBe(false);
  await expect(checkerPanel(page)).toHaveCount(0);

  await page.goto('https://na.myconnectwise.net/v4_6_release/security-roles/role-passing.html');
  await expect(checkerPanel(page)).toBeVisible();
  expect(await loaded()).toBe(true);
});
