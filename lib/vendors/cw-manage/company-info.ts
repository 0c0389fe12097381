import { type CompanyInfo, companyInfoSchema } from '../../regions/cw-manage-company-info';
import { createHttpClient, type HttpClientOptions } from '../http';

/**
 * ConnectWise Manage's codebase lookup, `GET https://{site}/login/companyinfo/{companyId}`
 * (reference/vendor-apis.md §1.2): unauthenticated, so it also tells, before any key is pasted,
 * whether a site knows a login company ID. Runs in: the background (host permissions).
 */
export function companyInfoLookup(
  site: URL,
  companyId: string,
  common: Pick<HttpClientOptions, 'vendor'> & Partial<HttpClientOptions>,
) {
  const http = createHttpClient({
    ...common,
    baseUrl: site,
    // The codebase lookup carries no credential; a login site may redirect it.
    followRedirects: true,
    headers: { Accept: 'application/json' },
    describeError: (ctx) =>
      ctx.status === 404
        ? {
            kind: 'config',
            field: 'companyId',
            message: `${site.host} does not know the company ID "${companyId}".`,
            nextStep:
              'Check the Company ID (the one typed on the ConnectWise login screen, not a customer ID) and the site region.',
          }
        : undefined,
  });
  return (signal?: AbortSignal): Promise<CompanyInfo> =>
    http
      .request({
        path: `login/companyinfo/${encodeURIComponent(companyId)}`,
        endpoint: 'GET /login/companyinfo/{companyId}',
        schema: companyInfoSchema,
        ...(signal ? { signal } : {}),
      })
      .then((response) => response.data);
}
