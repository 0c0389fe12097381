import { MANAGED_ACCESS } from '../../unit/regions/page/watchguard-pages';
import { expect, test } from '../fixtures';
import { allowClipboard, findingsUnder, pasteInto } from './support';

const USA = 'https://usa.cloud.watchguard.com';
const DEU = 'https://deu.cloud.watchguard.com';
const RMM_FORM = '/administration/integrations/connectwise-rmm/';
const na = MANAGED_ACCESS.na;

test('RMM form: a bad paste gets its message with the fix, a good paste clears it', async ({ context }) => {
  await allowClipboard(context, [USA]);
  const page = await context.newPage();
  await page.goto(`${USA}${RMM_FORM}`);
  await expect(page.getByTestId('form-lint')).toContainText('Checking 7 fields');
  const auth = findingsUnder(page, '#wg-auth');

  // The API URL pasted into the auth field, with the space a copy from a web page brings along.
  await pasteInto(page, '#wg-auth', ` ${na.apiUrl}`);
  await expect(auth).toContainText('starts or ends with a space or line break');
  await expect(auth).toContainText(`This is the WatchGuard API URL (Endpoint Security) for NA / Americas`);
  await expect(auth).toContainText(`paste ${na.authUrl}`);
  await expect(page.getByTestId('form-lint')).toContainText('2 problems');

  await pasteInto(page, '#wg-auth', na.authUrl);
  await expect(auth).toHaveCount(0);
  await expect(page.getByTestId('form-lint')).toContainText('No problems found.');
});

test('RMM form: typing an http address into the server URL is caught as it is typed', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${USA}${RMM_FORM}`);
  const server = page.locator('#rmm-server');
  await server.pressSequentially('http://openapi.service.euplatform.connectwise.com');
  const findings = findingsUnder(page, '#rmm-server');
  await expect(findings).toContainText('starts with http:');
  await expect(findings).toContainText('paste https://openapi.service.euplatform.connectwise.com');
  await server.fill('https://openapi.service.euplatform.connectwise.com');
  await expect(findings).toHaveCount(0);
});

test('the read-only access ID remembered on Managed Access is caught in the form', async ({ context }) => {
  await allowClipboard(context, [USA]);
  const page = await context.newPage();
  await page.goto(`${USA}/administration/managed-access/`);
  await expect(page.getByText('The read-only access ID is remembered')).toBeVisible();

  await page.goto(`${USA}${RMM_FORM}`);
  await expect(page.getByTestId('form-lint')).toBeVisible();
  await pasteInto(page, '#wg-access', na.readOnlyAccessId);
  const findings = findingsUnder(page, '#wg-access');
  await expect(findings).toContainText('This is the read-only access ID');
  await expect(findings).toContainText(`paste the read-write one, ${na.readWriteAccessId}`);
  await pasteInto(page, '#wg-access', na.readWriteAccessId);
  await expect(findings).toHaveCount(0);
});

test('deu RMM form: NA URLs on an EMEA account are the wrong region', async ({ context }) => {
  await allowClipboard(context, [DEU]);
  const page = await context.newPage();
  await page.goto(`${DEU}${RMM_FORM}`);
  await expect(page.getByTestId('form-lint')).toContainText('Region: EMEA');
  await pasteInto(page, '#wg-auth', na.authUrl);
  const findings = findingsUnder(page, '#wg-auth');
  await expect(findings).toContainText('this account is in EMEA');
  await expect(findings).toContainText('paste https://api.deu.cloud.watchguard.com/oauth/token');
  await pasteInto(page, '#wg-auth', 'https://api.deu.cloud.watchguard.com/oauth/token');
  await expect(findings).toHaveCount(0);
});

test('PSA form: the API host as the site is caught; the private key box is never touched', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(`${USA}/administration/integrations/connectwise-manage/`);
  await expect(page.getByTestId('form-lint')).toContainText('Checking 3 fields');
  await page.locator('#psa-site').fill('api-na.myconnectwise.net');
  const findings = findingsUnder(page, '#psa-site');
  await expect(findings).toContainText('ConnectWise Manage API host');
  await expect(findings).toContainText('paste https://na.myconnectwise.net');
  await page.locator('#psa-site').fill('na.myconnectwise.net');
  await expect(findings).toHaveCount(0);

  await page.locator('#psa-private').fill('  not checked  ');
  await page.locator('#psa-private').blur();
  await expect(page.locator('#psa-private + mpc-field-lint')).toHaveCount(0);
  await expect(page.locator('mpc-field-lint')).toHaveCount(3);
});

test('an emptied box says where to get the value; an untouched one says nothing', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${USA}${RMM_FORM}`);
  await expect(page.getByTestId('form-lint')).toContainText('No problems found.');
  await expect(page.getByTestId('field-findings')).toHaveCount(0);
  await page.locator('#wg-account').fill('WGC-1-2');
  await page.locator('#wg-account').fill('');
  await expect(findingsUnder(page, '#wg-account')).toContainText('Administration → My Account');
});
