import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { exactNameKey, foldCharacters } from '../../../lib/mapping/normalise';
import { expect, test } from '../fixtures';
import { progressText, rmmName, type SyncedPair, syncedPair } from './synced-pair';

/**
 * The Mappings screen over a synced pair: WatchGuard Cloud accounts (rows) and ConnectWise RMM
 * companies (targets) from simulators sharing one seed, so most customers exist on both sides.
 * Every change goes through the user's own paths: import, the row buttons, Accept all, Undo,
 * Export. Expected names and counts come from the simulators' data, never from the screen.
 */
const SEED = 8;
const SIZE = 40;
const HEADER =
  'left_connection_id,left_kind,left_vendor_id,left_name,right_connection_id,right_kind,right_vendor_id,right_name,origin,confidence,created_by,created_at,note';

async function openMappings(openExtensionPage: (path: string) => Promise<Page>, pair: SyncedPair) {
  const page = await openExtensionPage('options.html#mappings');
  await expect(page.getByRole('heading', { name: 'Mappings', level: 2 })).toBeVisible();
  await page.getByLabel(/^Map each entity of/).selectOption(pair.leftId);
  await page.getByLabel(/^to one of/).selectOption(pair.rightId);
  return page;
}

const progress = (page: Page) => page.getByTestId('mapping-progress');
const status = (page: Page) => page.getByTestId('mapping-status');
const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function importFile(page: Page, name: string, content: string) {
  await page
    .getByLabel('Import CSV or JSON')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

/**
 * Customers whose account and company names are the same once normalised, and no other entity
 * of the pair shares that name: auto-mapping's certain suggestions (exact name, score 100%).
 */
function certainMatches({ watchGuard, rmm }: SyncedPair): number[] {
  const keyCount = new Map<string, number>();
  const names = [...watchGuard.accounts.map((a) => a.name), ...rmm.companies.map(rmmName)];
  for (const key of names.map(exactNameKey)) keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
  return watchGuard.accounts.flatMap((account, index) => {
    const key = exactNameKey(account.name);
    const company = rmm.companies[index]!;
    return key === exactNameKey(rmmName(company)) && keyCount.get(key) === 2 ? [index] : [];
  });
}

test('imports, accepts a suggestion, accepts all, undoes and exports', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const pair = await syncedPair(vendorServer, openExtensionPage, { seed: SEED, size: SIZE });
  const { watchGuard, rmm, leftId, rightId } = pair;
  const total = watchGuard.accounts.length;
  const certain = certainMatches(pair);
  // The import maps the first customer; the row button accepts another certain match.
  const imported = 0;
  const accepted = certain.find((index) => index !== imported)!;
  expect(accepted).toBeDefined();
  const account = (index: number) => watchGuard.accounts[index]!;
  const company = (index: number) => rmm.companies[index]!;

  const page = await openMappings(openExtensionPage, pair);
  await expect(progress(page)).toHaveText(progressText(0, total));

  // Import: one good row, one naming an account that does not exist.
  const row = (accountId: string, accountName: string, index: number) =>
    [
      leftId,
      'account',
      accountId,
      csvCell(accountName),
      rightId,
      'company',
      company(index).id,
      csvCell(rmmName(company(index))),
      '',
      '',
      '',
      '',
      '',
    ].join(',');
  await importFile(
    page,
    'fix.csv',
    [
      HEADER,
      row(account(imported).accountId, account(imported).name, imported),
      row('WGC-9999', 'Nobody', 1),
    ].join('\n'),
  );
  await expect(page.getByTestId('import-summary')).toHaveText(
    '2 rows read: 1 added, 0 reassigned, 0 removed, 0 unchanged, 1 error.',
  );
  await expect(page.getByTestId('import-error')).toContainText([
    '3left_vendor_idWGC-9999No entity with the id WGC-9999',
  ]);
  await expect(progress(page)).toHaveText(progressText(0, total));
  await page.getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(status(page)).toHaveText(
    'Imported fix.csv: 1 added, 0 reassigned, 0 removed. 1 row with errors skipped.',
  );
  await expect(progress(page)).toHaveText(progressText(1, total));

  // Accept one suggestion from the Suggested filter.
  const left = account(accepted).name;
  const right = rmmName(company(accepted));
  await page.getByRole('button', { name: /^Suggested/ }).click();
  await expect(page.getByRole('button', { name: /^Suggested/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: `Accept ${right} for ${left}`, exact: true }).click();
  await expect(status(page)).toHaveText(`Mapped ${left} to ${right}.`);
  await expect(progress(page)).toHaveText(progressText(2, total));

  // Accept all confident suggestions: at least every remaining certain match; then undo that.
  const acceptAll = page.getByRole('button', { name: /^Accept \d+ suggestions? scoring 90% or more$/ });
  const eligible = Number((await acceptAll.textContent())!.match(/\d+/)![0]);
  const remainingCertain = certain.filter((index) => index !== imported && index !== accepted).length;
  expect(remainingCertain).toBeGreaterThan(0);
  expect(eligible).toBeGreaterThanOrEqual(remainingCertain);
  expect(eligible).toBeLessThanOrEqual(total - 2);
  await acceptAll.click();
  await expect(status(page)).toHaveText(`Accepted ${eligible} suggestions.`);
  await expect(progress(page)).toHaveText(progressText(2 + eligible, total));
  await page.getByRole('button', { name: `Undo: Accept all (${eligible} mapped)` }).click();
  await expect(status(page)).toHaveText(`Undone: Accept all (${eligible} mapped).`);
  await expect(progress(page)).toHaveText(progressText(2, total));

  // Export: one line per account, carrying the import and the accepted suggestion.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^mappings-${literal(leftId)}-${literal(rightId)}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
  );
  const lines = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe(HEADER);
  const mappedLine = (index: number, rest: string) =>
    new RegExp(
      `^${literal(leftId)},account,${literal(account(index).accountId)},.*,${literal(rightId)},company,${literal(company(index).id)},.*,${rest}`,
    );
  expect(lines).toContainEqual(expect.stringMatching(mappedLine(imported, 'imported,1,import fix\\.csv,')));
  expect(lines).toContainEqual(expect.stringMatching(mappedLine(accepted, 'manual,1,you,')));
  expect(lines.filter(Boolean)).toHaveLength(total + 1);
  expect(lines.filter((line) => /,(imported|manual|auto),1,/.test(line))).toHaveLength(2);
});

test('a damaged import file is refused with its reason and changes nothing', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const pair = await syncedPair(vendorServer, openExtensionPage, { seed: SEED, size: SIZE });
  const total = pair.watchGuard.accounts.length;
  const page = await openMappings(openExtensionPage, pair);
  await expect(progress(page)).toHaveText(progressText(0, total));
  const first = pair.watchGuard.accounts[0]!.accountId;
  await importFile(page, 'broken.csv', `${HEADER}\n${pair.leftId},account,"${first}`);
  await expect(page.getByTestId('mapping-error')).toHaveText(
    'broken.csv: The CSV file is damaged. Line 2: a quoted cell is never closed.',
  );
  await importFile(page, 'notes.csv', 'name,phone\nAcme,555');
  await expect(page.getByTestId('mapping-error')).toContainText('notes.csv: This CSV is not a mapping file');
  await expect(page.getByTestId('import-summary')).toHaveCount(0);
  await expect(progress(page)).toHaveText(progressText(0, total));
});

/**
 * Large enough for 50 pages; 10,000 per side would take over 30 s to sync here (the 10,000-row
 * table itself is covered by the unit tests and the bench).
 */
const LARGE = 2_500;

test('a 2,500-row pair is served one page at a time', async ({ openExtensionPage, vendorServer }) => {
  test.setTimeout(90_000);
  const pair = await syncedPair(vendorServer, openExtensionPage, { seed: SEED, size: LARGE });
  const accounts = pair.watchGuard.accounts;
  const total = accounts.length.toLocaleString('en-US');
  const page = await openMappings(openExtensionPage, pair);
  await expect(page.getByTestId('pager-range')).toHaveText(`Rows 1–50 of ${total}`, { timeout: 30_000 });
  await expect(page.getByTestId('mapping-row')).toHaveCount(50);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('pager-range')).toHaveText(`Rows 51–100 of ${total}`);

  // Case and accents do not matter: an account's name in capitals without accents finds it.
  const wanted =
    accounts.find((account) => foldCharacters(account.name) !== account.name.toLowerCase()) ?? accounts[0]!;
  await page.getByLabel('Search').fill(foldCharacters(wanted.name).toUpperCase());
  await expect(page.getByTestId('pager-range')).toHaveText(/^Rows 1–\d+ of \d+$/);
  const names = await page.getByTestId('mapping-row').locator('td:first-child .mpc-name').allTextContents();
  expect(names).toContain(wanted.name);
});
