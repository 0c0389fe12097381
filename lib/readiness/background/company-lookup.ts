import { companyInfoLookup } from '../../vendors/cw-manage';
import {
  isVendorError,
  resolveBaseUrl,
  transportOptions,
  type VendorClientOptions,
} from '../../vendors/http';
import type { CompanyLookup } from '../threatlocker/company-verdict';

/**
 * Runs in: the background (it needs the site's host permission). Whether a ConnectWise Manage
 * site knows a login company ID, before any key is pasted: the unauthenticated codebase lookup
 * answers 404 for an unknown one. Other failures (network, 5xx) are thrown as they are.
 */
export async function lookUpManageCompany(
  siteUrl: string,
  companyId: string,
  options: Omit<VendorClientOptions, 'tokenCaches'> & { signal?: AbortSignal } = {},
): Promise<CompanyLookup> {
  const site = resolveBaseUrl(siteUrl, 'cw-manage', {
    allowInsecureHttp: options.allowInsecureHttp ?? false,
  });
  const id = companyId.trim();
  const lookUp = companyInfoLookup(site, id, { vendor: 'cw-manage', ...transportOptions(options) });
  try {
    const info = await lookUp(options.signal);
    return {
      host: site.host,
      companyId: id,
      known: true,
      ...(info.CompanyName ? { companyName: info.CompanyName } : {}),
    };
  } catch (error) {
    if (isVendorError(error) && error.status === 404) return { host: site.host, companyId: id, known: false };
    throw error;
  }
}
