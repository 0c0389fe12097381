import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures';
import { badge, checkerPanel, expectCounts, openRolePage, pickIntegrations, ROLE_PAGES } from './support';

test("the role screen inside the portal's content frame: badges in the frame, one overlay on top", async ({
  context,
}) => {
  const page = await openRolePage(context, 'iframe.html');
  const frame = page.frameLocator('#cw-content-frame');
  await pickIntegrations(page, 'WatchGuard Cloud');
  await expectCounts(page, { missing: 5, ok: 43 });
  await expect(badge(frame, 'Companies', 'Configurations').text).toHaveText(
    'Missing: Delete → All · WatchGuard Cloud',
  );
  await expect(page.locator('mpc-overlay')).toHaveCount(1);
  await expect(frame.locator('mpc-overlay')).toHaveCount(0);

  // The portal navigates its frame without reloading the page: the checker follows.
  await page.locator('[data-cw-nav="members"]').click();
  await expect(frame.getByText('Member ID')).toBeVisible();
  await expect(checkerPanel(page)).toHaveCount(0);
  await page.locator('[data-cw-nav="role"]').click();
  await expectCounts(page, { missing: 5 });
  await expect(badge(frame, 'System', 'Table Setup').host).toHaveAttribute('data-mpc-badge', 'missing');
});

test('an unrecognised layout says so, shows no verdict, and saves a scrubbed snapshot', async ({
  context,
}) => {
  const page = await openRolePage(context, 'unrecognised.html');
  const panel = checkerPanel(page);
  await expect(panel.getByText("This page's layout is not recognised.")).toBeVisible();
  await expect(panel.locator('[data-count]')).toHaveCount(0);
  await expect(panel.getByRole('heading')).toHaveText('Security role check: Helpdesk Tier 1');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Save page snapshot' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^cw-page-snapshot-na\.myconnectwise\.net-\d{4}-\d{2}-\d{2}\.html$/,
  );
  const html = await readFile(await download.path(), 'utf8');
  expect(html).toContain('Company Maintenance');
  expect(html).toContain('aria-pressed="true"');
  for (const secret of [
    'fixture-session-3f9a1c',
    'Private note about this role',
    'Contoso Ltd',
    'Helpdesk Tier 1',
  ]) {
    expect(html).not.toContain(secret);
  }
  expect(html).not.toContain('<mpc-overlay');
});

test('a page still loading shows no verdict until its rows arrive', async ({ context }) => {
  const page = await openRolePage(context, 'role-passing.html');
  await pickIntegrations(page, 'WatchGuard Cloud');
  await page.goto(`${ROLE_PAGES}/role-loading.html`);
  await expect(checkerPanel(page).getByText('Reading the role… (the page is still loading)')).toBeVisible();
  await expectCounts(page, { missing: 5, unread: 0 });
});

test('collapsed modules are reported as not read, and expanding one re-checks it', async ({ context }) => {
  const page = await openRolePage(context, 'partly-expanded.html');
  const panel = checkerPanel(page);
  await pickIntegrations(page, 'WatchGuard Cloud');
  await expectCounts(page, { missing: 3, unread: 11, ok: 34 });
  await expect(panel.getByText('Collapsed: Finance, System. Expand them to read their rows.')).toBeVisible();

  await page.locator('[data-cw-module="Finance"] [aria-expanded]').click();
  await expectCounts(page, { missing: 4, unread: 7 });
  await expect(panel.getByText('Collapsed: System. Expand it to read its rows.')).toBeVisible();
  await expect(badge(page, 'Finance', 'Reports').text).toHaveText(
    'Missing: Inquire → All · WatchGuard Cloud',
  );
});

test('a level label the checker does not know is "not read", never a pass', async ({ context }) => {
  const page = await openRolePage(context, 'role-unknown-level.html');
  const panel = checkerPanel(page);
  await pickIntegrations(page, 'WatchGuard Cloud');
  await expectCounts(page, { missing: 0, unread: 1 });
  await expect(panel.getByRole('status').filter({ hasText: 'Incomplete' })).toHaveText(
    'Incomplete: part of the role could not be read.',
  );
  await expect(badge(page, 'Service Desk', 'Service Tickets').text).toHaveText(
    'Not read: Delete "Mine" · WatchGuard Cloud',
  );
});

test('a role screen with every module collapsed asks to expand them', async ({ context }) => {
  const page = await openRolePage(context, 'all-collapsed.html');
  await expect(
    checkerPanel(page).getByText('No function rows are shown: expand the modules to check this role.'),
  ).toBeVisible();
  await expect(checkerPanel(page).locator('[data-count]')).toHaveCount(0);
});
