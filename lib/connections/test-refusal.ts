import type { MessagingError } from '../messaging/errors';

/**
 * Runs on extension pages. What to do when Test connection could not even run (the background
 * refused it before any vendor call), in plain words per reason. A vendor's own failure carries
 * its next step already (VendorError.nextStep).
 */
const NEXT_STEP_BY_CODE: Readonly<Record<string, string>> = {
  'vault-locked':
    'Unlock the vault with your passphrase in the Credential vault panel on this page, then test again.',
  'passphrase-required':
    'Set a vault passphrase in the Credential vault panel on this page, then test again.',
  'missing-secret': 'Open the connection with Edit, type the missing secret, save it, then test again.',
  'host-permission-missing':
    'Choose “Allow access” on the connection and accept the browser’s prompt, then test again.',
  invalid: 'Correct the fields marked in the form, then test again.',
  'not-found': 'Reload this page: the connection was removed in another tab.',
  'vendor-changed': 'Add a new connection for the other vendor instead of changing this one.',
  tampered: 'Enter the connection’s secrets again with Edit and save them: the stored copy is damaged.',
};

const GENERIC_NEXT_STEP =
  'Reload this page and test again; if it keeps failing, restart the browser or reinstall the extension.';

export function refusedTestNextStep(error: MessagingError): string {
  const code = error.detail?.code;
  return typeof code === 'string' && Object.hasOwn(NEXT_STEP_BY_CODE, code)
    ? (NEXT_STEP_BY_CODE[code] as string)
    : GENERIC_NEXT_STEP;
}
