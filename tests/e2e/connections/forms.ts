import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { CONTOSO } from './manage-stub';

export type ManageFormValues = Partial<typeof CONTOSO> & { name?: string };

export async function openNewManageForm(openExtensionPage: (path: string) => Promise<Page>): Promise<Page> {
  const page = await openExtensionPage('options.html#connections');
  await page.getByRole('button', { name: 'Add ConnectWise Manage' }).click();
  await expect(page.getByRole('heading', { name: 'New ConnectWise Manage connection' })).toBeVisible();
  return page;
}

export async function fillManage(page: Page, values: ManageFormValues = {}): Promise<void> {
  const account = { ...CONTOSO, name: 'Production', ...values };
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Company ID').fill(account.companyId);
  await page.getByLabel('Public Key').fill(account.publicKey);
  await page.getByLabel('Client ID').fill(account.clientId);
  await page.getByLabel('Private Key').fill(account.privateKey);
}

/** Adds the connection through the form and returns its id, from the saved list. */
export async function saveManageConnection(page: Page, values: ManageFormValues = {}): Promise<string> {
  await fillManage(page, values);
  await page.getByRole('button', { name: 'Save' }).click();
  const row = page.getByRole('listitem', { name: values.name ?? 'Production' });
  await expect(row).toBeVisible();
  return (await row.getAttribute('data-connection-id')) ?? '';
}
