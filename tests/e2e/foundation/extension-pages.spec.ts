import { expect, test } from '../fixtures';
import { evaluateInContentScript } from '../support/content-script-world';

test('the popup renders and reaches the background', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('heading', { name: 'MSP Portal Companion' })).toBeVisible();
  // The status line is filled from a getExtensionStatus round trip through the background.
  await expect(popup.getByTestId('background-status')).toHaveText(
    /Background connected · version \d+\.\d+\.\d+/,
  );
});

test('the options page renders and reaches the background', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await expect(
    options.getByRole('heading', { name: 'MSP Portal Companion settings', level: 1 }),
  ).toBeVisible();
  await expect(options.getByTestId('background-status')).toBeVisible();
});

test('a content script may ping but not use a command reserved to extension pages', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://na.myconnectwise.net/v4_6_release/home.html');
  await expect(page.locator('mpc-overlay')).toHaveCount(1);
  const send = (command: string) =>
    evaluateInContentScript<unknown>(
      page,
      `chrome.runtime.sendMessage({ command: '${command}', payload: {} })`,
    );

  expect(await send('ping')).toMatchObject({ ok: true, data: { senderContext: 'content-script' } });
  expect(await send('getExtensionStatus')).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
});
