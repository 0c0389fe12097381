import { expect, test } from '../fixtures';

const CODE = 'R7Q2-K9ZP-44XM';

test('the WatchGuard invitation reader: values cleaned and copyable, the code masked and kept out of the page text', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html#connections');
  const reader = page.getByTestId('invitation-paste');
  const text = reader.getByTestId('invitation-text');
  const result = reader.getByTestId('invitation-result');

  // Nothing pasted: a clear state, nothing extracted.
  await reader.getByRole('button', { name: 'Read the invitation' }).click();
  await expect(result).toContainText('Nothing was pasted');

  // An HTML-mangled copy: quoted-printable soft break, &nbsp;, a code wrapped over two lines.
  await text.fill(
    `Server URL:&nbsp;https://deu.cloud.watch=\nguard.com<br>Account ID:&nbsp;WGC-3-9f8e7d<br>Registration Code: ${CODE.slice(0, 5)}\n${CODE.slice(5)}\n\nThanks`,
  );
  await reader.getByRole('button', { name: 'Read the invitation' }).click();
  await expect(result.locator('[data-field="serverUrl"]')).toContainText('https://deu.cloud.watchguard.com');
  await expect(result.locator('[data-field="accountId"]')).toContainText('WGC-3-9f8e7d');
  const code = result.locator('[data-field="registrationCode"]');
  await expect(code).toContainText(`(${CODE.length} characters)`);
  await expect(code.locator('[data-code="split-over-lines"]')).toBeVisible();
  await expect(result).not.toContainText(CODE);

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await code.getByRole('button', { name: 'Copy Registration Code' }).click();
  await expect(code.getByRole('button', { name: 'Copy Registration Code' })).toHaveText('Copied ✓');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CODE);

  // Two codes: ambiguous, none offered to copy; the document's User Login steps are there.
  await text.fill(
    `Server URL: https://usa.cloud.watchguard.com\nAccount ID: WGC-1-1\nRegistration Code: ${CODE}\nRegistration Code: OTHER-0001`,
  );
  await reader.getByRole('button', { name: 'Read the invitation' }).click();
  await expect(code).toContainText('2 different values: none picked');
  await expect(code.getByRole('button')).toHaveCount(0);
  await reader.getByText('Registration failed?').click();
  await expect(reader.getByTestId('user-login-troubleshooting')).toContainText('still valid');

  // Clear empties the box: the code does not stay on the page.
  await reader.getByRole('button', { name: 'Clear' }).click();
  await expect(text).toHaveValue('');
});
