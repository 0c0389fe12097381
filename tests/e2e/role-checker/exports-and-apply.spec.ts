import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures';
import { badge, checkerPanel, expectCounts, levelSelectId, openRolePage, pickIntegrations } from './support';

test('"Copy fix list" puts the Markdown report of the page on the clipboard', async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://na.myconnectwise.net',
  });
  const page = await openRolePage(context, 'role-missing.html');
  await pickIntegrations(page, 'WatchGuard Cloud');
  await expectCounts(page, { missing: 5 });
  await checkerPanel(page).getByRole('button', { name: 'Copy fix list' }).click();
  await expect(checkerPanel(page).getByText('Fix list copied.')).toBeVisible();

  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^# ConnectWise Manage permission audit: FAIL\n/);
  expect(text).toContain('- Summary: 5 missing, 0 excess, 43 ok, 0 manual checks');
  expect(text).toContain('## Missing (5)');
  for (const line of [
    '- [ ] Companies › Configurations › Delete: needs All, has None (watchguard-cloud-psa)',
    '- [ ] Finance › Reports › Inquire: needs All, has My (watchguard-cloud-psa)',
    '- [ ] Procurement › Products › Edit: needs All, has None (watchguard-cloud-psa)',
    '- [ ] Service Desk › Service Tickets › Delete: needs All, has My (watchguard-cloud-psa)',
    '- [ ] System › Table Setup › Add: needs All, has None (watchguard-cloud-psa)',
  ]) {
    expect(text).toContain(line);
  }
  expect(text).toContain(
    '## Page\n\n- Role: API Integrations\n- Page: <https://na.myconnectwise.net/v4_6_release/security-roles/role-missing.html>',
  );
});

test('"Export CSV" downloads the report as CSV', async ({ context }) => {
  const page = await openRolePage(context, 'role-missing.html');
  await pickIntegrations(page, 'WatchGuard Cloud');
  await expectCounts(page, { missing: 5 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    checkerPanel(page).getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^role-audit-API-Integrations-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trim().split('\n');
  expect(lines[0]).toBe('type,status,module,function,action,required,actual,profiles,inferred,title,detail');
  expect(lines).toContain(
    'finding,missing,Companies,Configurations,delete,All,None,watchguard-cloud-psa,false,,',
  );
  expect(lines.filter((line) => line.startsWith('finding,'))).toHaveLength(48);
});

test('"Apply required levels" sets the page\'s drop-downs the way a person would, and Undo puts them back', async ({
  context,
}) => {
  const page = await openRolePage(context, 'role-missing.html');
  const panel = checkerPanel(page);
  await pickIntegrations(page, 'WatchGuard Cloud');
  const apply = panel.getByRole('button', { name: 'Apply required levels (5)' });
  await apply.click();

  const changed = panel.getByRole('list', { name: 'Changed drop-downs' }).getByRole('listitem');
  await expect(changed).toHaveText([
    'Companies › Configurations › Delete: None → All',
    'Finance › Reports › Inquire: My → All',
    'Procurement › Products › Edit: None → All',
    'Service Desk › Service Tickets › Delete: My → All',
    'System › Table Setup › Add: None → All',
  ]);
  await expectCounts(page, { missing: 0, ok: 48 });
  await expect(panel.getByText('Passes: the role has what the integrations need.')).toBeVisible();
  await expect(page.locator(`#${levelSelectId('Finance', 'Reports', 3)}`)).toHaveValue('1');
  // The page's own change handler saw each change (it marks the role unsaved); nothing was saved.
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __cwChanges: unknown[] }).__cwChanges),
  ).toHaveLength(5);
  await expect(panel.getByRole('button', { name: /^Apply required levels/ })).toBeDisabled();

  await panel.getByRole('button', { name: 'Undo changes' }).click();
  await expect(panel.getByText('Put back 5 drop-downs.')).toBeVisible();
  await expectCounts(page, { missing: 5 });
  await expect(page.locator(`#${levelSelectId('Finance', 'Reports', 3)}`)).toHaveValue('2');
  await expect(badge(page, 'System', 'Table Setup').host).toHaveAttribute('data-mpc-badge', 'missing');
  await expect(changed).toHaveCount(0);
});

test('in least-privilege mode Apply also lowers excess rights', async ({ context }) => {
  const page = await openRolePage(context, 'role-missing.html');
  const panel = checkerPanel(page);
  await pickIntegrations(page, 'WatchGuard Cloud');
  await panel.getByLabel('Least privilege').check();
  await expectCounts(page, { missing: 5, excess: 7 });
  await panel.getByRole('button', { name: 'Apply required levels (12)' }).click();
  await expectCounts(page, { missing: 0, excess: 0 });
  await expect(page.locator(`#${levelSelectId('System', 'Member Maintenance', 0)}`)).toHaveValue('3');
});
