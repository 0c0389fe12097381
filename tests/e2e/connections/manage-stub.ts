import type { IncomingMessage, ServerResponse } from 'node:http';
import type { VendorServer } from '../support/vendor-server';

/**
 * A minimal ConnectWise Manage for Test connection, mounted by the connection specs because the
 * full Manage simulator lives on another branch: the unauthenticated codebase lookup
 * (`/login/companyinfo/{companyId}`) on the site host and `/system/info` on the API host, which
 * checks the Basic key pair and the clientId header as the real service does.
 * Shapes: ConnectWise PSA Developer Guide (reference/vendor-apis.md §1.2, §1.3, §1.6).
 */
export interface ManageStubAccount {
  companyId: string;
  companyName: string;
  publicKey: string;
  privateKey: string;
  clientId: string;
}

export interface ManageStubOptions {
  /** Site host, e.g. na.myconnectwise.net or an on-premise server. */
  siteHost: string;
  /** API host; the site host itself for an on-premise server. */
  apiHost: string;
  codebase: string;
  isCloud: boolean;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function mountManageStub(
  server: VendorServer,
  account: ManageStubAccount,
  options: ManageStubOptions,
) {
  const seen: { authorized: boolean; path: string }[] = [];
  server.handle(
    options.siteHost,
    (req: IncomingMessage, res: ServerResponse) => {
      const id = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
      if (id.toLowerCase() !== account.companyId.toLowerCase())
        return json(res, 404, { message: 'Not found' });
      json(res, 200, {
        CompanyName: account.companyName,
        Codebase: options.codebase,
        VersionCode: options.codebase.replace(/\/$/, ''),
        CompanyID: account.companyId,
        IsCloud: options.isCloud ? 'True' : 'False',
        SiteUrl: options.siteHost,
      });
    },
    { pathPrefix: '/login/companyinfo/' },
  );
  server.handle(
    options.apiHost,
    (req: IncomingMessage, res: ServerResponse) => {
      const expected = Buffer.from(
        `${account.companyId}+${account.publicKey}:${account.privateKey}`,
      ).toString('base64');
      const authorized = req.headers.authorization === `Basic ${expected}`;
      seen.push({ authorized, path: req.url ?? '' });
      if (req.headers.clientid !== account.clientId) {
        return json(res, 401, { code: 'Unauthorized', message: 'clientId is missing or not registered.' });
      }
      if (!authorized) return json(res, 401, { code: 'Unauthorized', message: 'Authentication failed.' });
      json(res, 200, {
        version: 'v2025.1.12345',
        isCloud: options.isCloud,
        serverTimeZone: 'Eastern Standard Time',
      });
    },
    { pathPrefix: `/${options.codebase}apis/3.0/system/info` },
  );
  return { seen };
}

/** The cloud account the specs type into the form. */
export const CONTOSO: ManageStubAccount = {
  companyId: 'contoso',
  companyName: 'Contoso MSP',
  publicKey: 'PubKey12345678ab',
  privateKey: 'PrivKey-9x8y7z6w5v4u',
  clientId: '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
};

export const NA_CLOUD: ManageStubOptions = {
  siteHost: 'na.myconnectwise.net',
  apiHost: 'api-na.myconnectwise.net',
  codebase: 'v2025_1/',
  isCloud: true,
};
