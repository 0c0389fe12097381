import { expect, test } from '../fixtures';
import { evaluateInContentScript } from '../support/content-script-world';
import { openNewManageForm, saveManageConnection } from './forms';
import { CONTOSO } from './manage-stub';

test('a content script can neither read a saved secret nor make the background use it', async ({
  context,
  openExtensionPage,
}) => {
  const options = await openNewManageForm(openExtensionPage);
  const id = await saveManageConnection(options);
  expect(id).not.toBe('');

  const portal = await context.newPage();
  await portal.goto('https://na.myconnectwise.net/v4_6_release/home.html');
  await expect(portal.locator('mpc-overlay')).toHaveCount(1);

  const attempts = [
    { command: 'listConnections', payload: {} },
    { command: 'getConnection', payload: { id } },
    { command: 'testSavedConnection', payload: { id } },
    { command: 'exportBackup', payload: {} },
    { command: 'getVaultStatus', payload: {} },
    { command: 'removeConnection', payload: { id } },
  ];
  const answers = await evaluateInContentScript<unknown[]>(
    portal,
    `Promise.all(${JSON.stringify(attempts)}.map((message) => chrome.runtime.sendMessage(message)))`,
  );
  for (const [index, answer] of answers.entries()) {
    expect(answer, attempts[index]?.command).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  }
  expect(JSON.stringify(answers)).not.toContain(CONTOSO.privateKey);

  // The channel itself works: the same content script is answered where it is allowed.
  const ping = await evaluateInContentScript(
    portal,
    `chrome.runtime.sendMessage({ command: 'ping', payload: {} })`,
  );
  expect(ping).toMatchObject({ ok: true, data: { senderContext: 'content-script' } });

  // And the connection is still there: the refused removal did nothing.
  await options.reload();
  await expect(options.getByRole('listitem', { name: 'Production' })).toBeVisible();
});
