import { expect, test } from '../fixtures';
import { checkerPanel, expectCounts, levelSelectId, openRolePage, pickIntegrations } from './support';

/**
 * Issue #16, item 3: a script of the ConnectWise page (its main world) finds our open shadow root
 * and presses our buttons; nothing happens. A person's mouse and keyboard still work.
 */

/** Runs in the page's main world, as a hostile page script would. */
async function pageScriptPresses(page: import('@playwright/test').Page, label: RegExp) {
  return page.evaluate((source) => {
    const pattern = new RegExp(source);
    const shadow = document.querySelector('mpc-overlay')?.shadowRoot;
    const button = [...(shadow?.querySelectorAll('button') ?? [])].find((candidate) =>
      pattern.test(candidate.textContent ?? ''),
    );
    if (!button) return false;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    return true;
  }, label.source);
}

test('a page script cannot press "Apply required levels": the levels stay as they were', async ({
  context,
}) => {
  const page = await openRolePage(context, 'role-missing.html');
  const panel = checkerPanel(page);
  await pickIntegrations(page, 'WatchGuard Cloud');
  await expectCounts(page, { missing: 5 });
  const financeReports = page.locator(`#${levelSelectId('Finance', 'Reports', 3)}`);
  await expect(financeReports).toHaveValue('2');

  expect(await pageScriptPresses(page, /^Apply required levels/)).toBe(true);
  // A person's click on another control is handled after the script's events: by then an
  // accepted Apply would have changed the page.
  await panel.getByLabel('Least privilege').check();
  await panel.getByLabel('Minimum').check();
  await expectCounts(page, { missing: 5 });
  await expect(financeReports).toHaveValue('2');
  expect(
    await page.evaluate(() => (window as unknown as { __cwChanges: unknown[] }).__cwChanges),
  ).toHaveLength(0);
  await expect(panel.getByRole('list', { name: 'Changed drop-downs' })).toHaveCount(0);

  // The keyboard is a person too: Enter on the focused button applies.
  await panel.getByRole('button', { name: /^Apply required levels/ }).focus();
  await page.keyboard.press('Enter');
  await expectCounts(page, { missing: 0 });
  await expect(financeReports).toHaveValue('1');
});

test('a page script cannot press "Save page snapshot"; Space on the focused button can', async ({
  context,
}) => {
  const page = await openRolePage(context, 'unrecognised.html');
  const panel = checkerPanel(page);
  const save = panel.getByRole('button', { name: 'Save page snapshot' });
  await expect(save).toBeVisible();
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));

  expect(await pageScriptPresses(page, /^Save page snapshot$/)).toBe(true);
  // Round trips through the page and the overlay, after which a download would have started.
  await panel.getByRole('heading').click();
  await expect(panel.getByText("This page's layout is not recognised.")).toBeVisible();
  expect(downloads).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    save.focus().then(() => page.keyboard.press('Space')),
  ]);
  expect(download.suggestedFilename()).toMatch(/^cw-page-snapshot-/);
});
