import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

/**
 * The Mappings screen against the background's demo data (in memory until the IndexedDB store
 * and sync are wired in; then these steps start from a synced simulator pair instead). Every
 * change goes through the user's own paths: import, the row buttons, Accept all, Undo, Export.
 */
const HEADER =
  'left_connection_id,left_kind,left_vendor_id,left_name,right_connection_id,right_kind,right_vendor_id,right_name,origin,confidence,created_by,created_at,note';

async function openMappings(openExtensionPage: (path: string) => Promise<Page>) {
  const page = await openExtensionPage('options.html#mappings');
  await expect(page.getByRole('heading', { name: 'Mappings', level: 2 })).toBeVisible();
  return page;
}

const progress = (page: Page) => page.getByTestId('mapping-progress');
const status = (page: Page) => page.getByTestId('mapping-status');

async function importFile(page: Page, name: string, content: string) {
  await page
    .getByLabel('Import CSV or JSON')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

test('imports, accepts a suggestion, accepts all, undoes and exports', async ({ openExtensionPage }) => {
  const page = await openMappings(openExtensionPage);
  await expect(progress(page)).toHaveText('3 of 21 mapped (14%)');

  // Import: one good row, one naming an account that does not exist.
  await importFile(
    page,
    'fix.csv',
    [
      HEADER,
      'demo-watchguard,account,WGC-1019,Þórsson Design,demo-cw-rmm,company,C-2019,Thorsson Design & Build,,,,,',
      'demo-watchguard,account,WGC-9999,Nobody,demo-cw-rmm,company,C-2022,Granite Accounting,,,,,',
    ].join('\n'),
  );
  await expect(page.getByTestId('import-summary')).toHaveText(
    '2 rows read: 1 added, 0 reassigned, 0 removed, 0 unchanged, 1 error.',
  );
  await expect(page.getByTestId('import-error')).toContainText([
    '3left_vendor_idWGC-9999No entity with the id WGC-9999',
  ]);
  await expect(progress(page)).toHaveText('3 of 21 mapped (14%)');
  await page.getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(status(page)).toHaveText(
    'Imported fix.csv: 1 added, 0 reassigned, 0 removed. 1 row with errors skipped.',
  );
  await expect(progress(page)).toHaveText('4 of 21 mapped (19%)');

  // Accept one suggestion from the Suggested filter.
  await page.getByRole('button', { name: /^Suggested/ }).click();
  await expect(page.getByRole('button', { name: /^Suggested/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Accept @Home Networks for @Home Networks' }).click();
  await expect(status(page)).toHaveText('Mapped @Home Networks to @Home Networks.');
  await expect(progress(page)).toHaveText('5 of 21 mapped (24%)');

  // Accept all confident suggestions, then undo that.
  const acceptAll = page.getByRole('button', { name: /^Accept \d+ suggestions scoring 90% or more$/ });
  const eligible = Number((await acceptAll.textContent())!.match(/\d+/)![0]);
  expect(eligible).toBeGreaterThan(3);
  await acceptAll.click();
  await expect(status(page)).toHaveText(`Accepted ${eligible} suggestions.`);
  await expect(progress(page)).toContainText(`${5 + eligible} of 21 mapped`);
  await page.getByRole('button', { name: `Undo: Accept all (${eligible} mapped)` }).click();
  await expect(status(page)).toHaveText(`Undone: Accept all (${eligible} mapped).`);
  await expect(progress(page)).toHaveText('5 of 21 mapped (24%)');

  // Export: the file carries the import and the accepted suggestion, spreadsheet-safe.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^mappings-demo-watchguard-demo-cw-rmm-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const lines = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe(HEADER);
  expect(lines).toContainEqual(
    expect.stringMatching(
      /^demo-watchguard,account,WGC-1019,Þórsson Design,demo-cw-rmm,company,C-2019,.*,imported,1,import fix\.csv,/,
    ),
  );
  expect(lines).toContainEqual(
    expect.stringMatching(
      /^demo-watchguard,account,WGC-1020,'@Home Networks,demo-cw-rmm,company,C-2020,'@Home Networks,manual,1,you,/,
    ),
  );
  expect(lines.filter(Boolean)).toHaveLength(23);
});

test('a damaged import file is refused with its reason and changes nothing', async ({
  openExtensionPage,
}) => {
  const page = await openMappings(openExtensionPage);
  await expect(progress(page)).toHaveText('3 of 21 mapped (14%)');
  await importFile(page, 'broken.csv', `${HEADER}\ndemo-watchguard,account,"WGC-1019`);
  await expect(page.getByTestId('mapping-error')).toHaveText(
    'broken.csv: The CSV file is damaged. Line 2: a quoted cell is never closed.',
  );
  await importFile(page, 'notes.csv', 'name,phone\nAcme,555');
  await expect(page.getByTestId('mapping-error')).toContainText('notes.csv: This CSV is not a mapping file');
  await expect(page.getByTestId('import-summary')).toHaveCount(0);
  await expect(progress(page)).toHaveText('3 of 21 mapped (14%)');
});

test('a 10,000-row pair is served one page at a time', async ({ openExtensionPage }) => {
  const page = await openMappings(openExtensionPage);
  await page.getByLabel(/^Map each entity of/).selectOption('demo-large-accounts');
  await page.getByLabel(/^to one of/).selectOption('demo-large-companies');
  await expect(page.getByTestId('pager-range')).toHaveText('Rows 1–50 of 10,000', { timeout: 30_000 });
  await expect(page.getByTestId('mapping-row')).toHaveCount(50);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('pager-range')).toHaveText('Rows 51–100 of 10,000');
  // Case and accents do not matter: "ARDAL law" finds "Årdal Law …".
  await page.getByLabel('Search').fill('ARDAL law');
  await expect(page.getByTestId('pager-range')).toHaveText(/^Rows 1–\d+ of \d+$/);
  const names = await page.getByTestId('mapping-row').locator('td:first-child .mpc-name').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((name) => name.startsWith('Årdal Law '))).toBe(true);
});
