import { VENDOR_LABELS, type VendorId } from '../../vendor-ids';
import { VendorError } from './errors';

export interface BaseUrlOptions {
  /**
   * Accept `http:` — ONLY for unit tests and local simulators. Real vendor APIs require TLS and
   * credentials must never travel in clear text.
   */
  allowInsecureHttp?: boolean;
}

/**
 * Parses a base URL typed by a user or built from config: adds `https://` to a bare host, refuses
 * other schemes, embedded credentials, query strings and fragments, and returns it with one
 * trailing slash so relative paths resolve under it.
 */
export function resolveBaseUrl(input: string, vendor: VendorId, options: BaseUrlOptions = {}): URL {
  const trimmed = input.trim();
  if (!trimmed) throw badUrl(vendor, 'The server address is empty.');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw badUrl(vendor, 'The server address is not a valid URL.');
  }
  if (url.protocol === 'http:' && !options.allowInsecureHttp) {
    throw badUrl(vendor, 'The server address uses http://; the API only accepts https://.', {
      nextStep: `Change the address to ${url.href.replace(/^http:/, 'https:')}.`,
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw badUrl(vendor, `The server address must start with https:// (not ${url.protocol}//).`);
  }
  // Credentials in a URL end up in logs and history; they belong in the key fields.
  if (url.username || url.password) {
    throw badUrl(vendor, 'The server address contains a user name or password.', {
      nextStep: 'Remove the user name and password from the address; enter them in their own fields.',
    });
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function badUrl(vendor: VendorId, message: string, extra: { nextStep?: string } = {}): VendorError {
  return new VendorError({
    kind: 'bad-url',
    vendor,
    message: `${VENDOR_LABELS[vendor]}: ${message}`,
    nextStep: extra.nextStep ?? 'Enter the https:// address of the API server in the connection settings.',
  });
}
