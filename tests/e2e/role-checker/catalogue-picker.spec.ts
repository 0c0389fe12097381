import { expect, test } from '../fixtures';
import { badge, checkerPanel, openRolePage } from './support';

test('the overlay picker filters and selects among the whole catalogue and badges a role for two integrations', async ({
  context,
}) => {
  const page = await openRolePage(context, 'role-missing.html');
  const panel = checkerPanel(page);
  const choices = panel.getByRole('checkbox');
  await expect.poll(() => choices.count()).toBeGreaterThanOrEqual(20);
  await expect(panel.getByRole('group', { name: 'RMM' })).toContainText('Datto RMM');

  // Type to filter, then the keyboard: ↓ to the only match, Space to tick it.
  const filter = panel.getByLabel('Filter integrations');
  await filter.fill('hudu');
  await expect(choices).toHaveCount(1);
  await filter.press('ArrowDown');
  await expect(panel.getByLabel('Hudu')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(panel.getByLabel('Hudu')).toBeChecked();

  // Escape clears the filter; Enter ticks the one match.
  await filter.press('Escape');
  await expect.poll(() => choices.count()).toBeGreaterThanOrEqual(20);
  await filter.fill('watchguard cloud');
  await filter.press('Enter');
  await filter.press('Escape');
  await expect(panel.getByLabel('WatchGuard Cloud')).toBeChecked();
  await expect(panel.getByLabel('Hudu')).toBeChecked();

  // Both integrations judge the page at once, and a badge names both where both need the right.
  const configurations = badge(page, 'Companies', 'Configurations').text;
  await expect(configurations).toHaveText('Missing: Delete → All · WatchGuard Cloud');
  await expect(configurations).toHaveAttribute(
    'aria-label',
    /Add: All, needs All \(WatchGuard Cloud, Hudu\)/,
  );
  await expect(badge(page, 'Companies', 'Company Maintenance').text).toHaveAttribute('aria-label', /Hudu/);

  // An optional feature of a picked integration is listed, off, and adds its rows when on.
  await filter.fill('n-central');
  await panel.getByLabel('N-able N-central', { exact: true }).check();
  await filter.press('Escape');
  const timeEntries = panel.getByLabel('N-able N-central: Time entries against tickets');
  await expect(timeEntries).not.toBeChecked();
  await expect(badge(page, 'Finance', 'Billing View Time').host).toHaveCount(0);
  await timeEntries.check();
  await expect(badge(page, 'Finance', 'Billing View Time').text).toContainText('N-able N-central');
  await panel.getByLabel('N-able N-central', { exact: true }).uncheck();

  // The site remembers the picks; they come first after a reload.
  await page.reload();
  const recent = panel.getByRole('group', { name: 'Recent on this site' });
  await expect(recent.getByRole('checkbox')).toHaveCount(3);
  await expect(recent.getByLabel('Hudu')).toBeChecked();
});

test('Options › Catalogue shows every integration with its source and builds a role for a selection', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html#catalogue');
  await expect(page.getByRole('heading', { name: 'Catalogue', level: 2 })).toBeVisible();
  const cards = page.locator('details[data-profile]');
  await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(30);

  await page.getByLabel('Filter the catalogue').fill('huntress');
  await expect(cards).toHaveCount(1);
  await cards.first().locator('summary').click();
  await expect(cards.first()).toContainText('partial');
  await expect(cards.first()).toContainText('later rows are unknown');
  await expect(cards.first().getByRole('link', { name: /Huntress/ })).toHaveAttribute(
    'href',
    /support\.huntress\.io/,
  );

  const builder = page.getByRole('region', { name: 'Least-privilege role' });
  await builder.getByLabel('Filter integrations').fill('n-central');
  await builder.getByLabel('N-able N-central').check();
  await expect(builder.getByRole('table', { name: 'Role to create' })).not.toContainText('Billing View Time');
  await builder.getByLabel('N-able N-central: Time entries against tickets').check();
  await expect(builder.getByRole('table', { name: 'Role to create' })).toContainText('Billing View Time');

  const download = page.waitForEvent('download');
  await builder.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('connectwise-role-n-central-psa.json');
});
