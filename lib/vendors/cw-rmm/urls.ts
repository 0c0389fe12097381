/**
 * Turns the Server URL a user pastes into the ConnectWise RMM API origin, or into an error that
 * says what to paste instead. Regions and hosts come from lib/regions (seeds/000's server list).
 */
import { CW_RMM_REGIONS, type CwRmmRegion, VENDOR_DOMAINS } from '../../regions/catalogue';
import { resolveBaseUrl, VendorError } from '../http';

export interface RmmServer {
  /** Where `/v1/token` and `/api/platform/…` live; any path the user pasted is dropped. */
  origin: URL;
  region: { id: CwRmmRegion; label: string; serverUrl: string } | undefined;
}

export function resolveRmmServer(input: string, options: { allowInsecureHttp?: boolean } = {}): RmmServer {
  let url: URL;
  try {
    url = resolveBaseUrl(input, 'cw-rmm', options);
  } catch (error) {
    throw error instanceof VendorError ? error.with({ field: 'serverUrl' }) : error;
  }
  const origin = new URL(url.origin);
  const host = url.hostname.toLowerCase();
  for (const [id, data] of Object.entries(CW_RMM_REGIONS) as [
    CwRmmRegion,
    (typeof CW_RMM_REGIONS)[CwRmmRegion],
  ][]) {
    if (new URL(data.serverUrl).hostname === host) {
      return { origin, region: { id, label: data.label, serverUrl: data.serverUrl } };
    }
  }
  const domain = VENDOR_DOMAINS['cw-rmm'].find(
    (candidate) => host === candidate || host.endsWith(`.${candidate}`),
  );
  if (domain) {
    // A ConnectWise RMM web address (the portal, a help page) rather than its OpenAPI server.
    const region = Object.values(CW_RMM_REGIONS).find((data) => data.serverUrl.endsWith(domain));
    throw badServer(
      `${host} is a ConnectWise RMM address, but not its API server.`,
      `Enter ${region?.serverUrl ?? allServers()} as the Server URL.`,
    );
  }
  if (options.allowInsecureHttp) return { origin, region: undefined };
  throw badServer(
    `${host} is not a ConnectWise RMM server; the client secret is only sent to ConnectWise RMM.`,
    `Enter the server of your region: ${allServers()}.`,
  );
}

function allServers(): string {
  return Object.values(CW_RMM_REGIONS)
    .map((data) => `${data.label} ${data.serverUrl}`)
    .join('; ');
}

function badServer(message: string, nextStep: string): VendorError {
  return new VendorError({ kind: 'bad-url', vendor: 'cw-rmm', field: 'serverUrl', message, nextStep });
}
