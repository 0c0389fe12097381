import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { allowClipboard } from '../regions/support';
import { badge, checkerPanel, expectCounts, levelSelectId, openRolePage } from '../role-checker/support';

/** Whether `target` holds the keyboard focus, looking through open shadow roots (ours). */
function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });
}

/**
 * Presses `key` until `target` has the focus, as a keyboard user moves through the page; fails
 * if it never gets there. Reading where the focus is uses no pointer.
 */
async function pressUntilFocused(page: Page, key: 'Tab' | 'Shift+Tab', target: Locator, most = 600) {
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press(key);
    if (await hasFocus(target)) return;
  }
  throw new Error(`${key} × ${most} never reached ${target}`);
}

test('keyboard only: open a role screen, pick an integration, go to the next problem, copy the fix list', async ({
  context,
}) => {
  test.setTimeout(120_000);
  await allowClipboard(context, ['https://na.myconnectwise.net']);
  const page = await openRolePage(context, 'role-missing.html');
  const panel = checkerPanel(page);
  const integration = panel.getByLabel('WatchGuard Cloud');
  await expect(integration).not.toBeChecked();

  // The overlay comes last in the page: Shift+Tab from the top reaches it without the portal's rows.
  await pressUntilFocused(page, 'Shift+Tab', integration);
  await page.keyboard.press('Space');
  await expect(integration).toBeChecked();
  await expectCounts(page, { missing: 5 });

  const nextProblem = panel.getByRole('button', { name: 'Next problem' });
  await pressUntilFocused(page, 'Tab', nextProblem);
  await page.keyboard.press('Enter');
  // The first missing right's drop-down takes the focus, its badge marked as the current one.
  const firstMissing = page.locator(`#${levelSelectId('Companies', 'Configurations', 2)}`);
  await expect.poll(() => hasFocus(firstMissing)).toBe(true);
  await expect(badge(page, 'Companies', 'Configurations').text).toHaveAttribute('data-focused', '');

  // On through the rest of the role's rows, back to the panel.
  const copy = panel.getByRole('button', { name: 'Copy fix list' });
  await pressUntilFocused(page, 'Tab', copy);
  await page.keyboard.press('Enter');
  await expect(panel.getByText('Fix list copied.')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^# ConnectWise Manage permission audit: FAIL\n/);
  expect(text).toContain(
    '- [ ] Companies › Configurations › Delete: needs All, has None (watchguard-cloud-psa)',
  );
});
