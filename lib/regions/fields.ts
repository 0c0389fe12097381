/**
 * The connection fields a person pastes, per vendor: how each is labelled in the vendor's own
 * screens, what a valid value looks like, and where to copy the right one. Secrets (access
 * password, client secret, private key) are deliberately absent: nothing here ever reads them.
 */
import type { RegionalVendor } from './catalogue';
import type { UrlKind } from './detect';

export type Severity = 'error' | 'warning';

export interface UrlFieldSpec {
  type: 'url';
  label: string;
  expects: UrlKind;
  /** A bare host ("na.myconnectwise.net") is accepted, as some forms ask for the site only. */
  schemeOptional?: boolean;
  /** Severity for a host outside the vendor's cloud: a warning where on-premise servers exist. */
  unknownHostSeverity: Severity;
  /** Severity when the address carries more than the expected path. */
  extraPathSeverity: Severity;
}

export interface IdentifierFieldSpec {
  type: 'identifier';
  label: string;
  /** Where to copy the right value: ends every message about this field. */
  whereToCopy: string;
  format?: { pattern: RegExp; description: string };
  /** This field must hold the read-write access ID, never the read-only one. */
  readWriteAccessId?: boolean;
}

export type FieldSpec = UrlFieldSpec | IdentifierFieldSpec;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const FIELD_SPECS = {
  // Source: WatchGuard, Configure the WatchGuard Cloud and ConnectWise RMM Connection (seeds/000).
  watchguard: {
    authUrl: {
      type: 'url',
      label: 'Authentication API URL',
      expects: 'watchguard-auth',
      unknownHostSeverity: 'error',
      extraPathSeverity: 'error',
    },
    apiUrl: {
      type: 'url',
      label: 'API URL',
      expects: 'watchguard-endpoint-api',
      unknownHostSeverity: 'error',
      extraPathSeverity: 'error',
    },
    accountId: {
      type: 'identifier',
      label: 'Account ID',
      whereToCopy: 'copy it from Administration → My Account in WatchGuard Cloud',
      // The WGC-/ACC- prefixes are seen in public client code (reference/vendor-apis.md §4.3), not
      // in a vendor table: a mismatch is only a warning.
      format: { pattern: /^(WGC|ACC)-[A-Za-z0-9-]+$/i, description: 'starts with WGC- or ACC-' },
    },
    accessId: {
      type: 'identifier',
      label: 'Access ID',
      whereToCopy: 'copy the Access ID (Read-write) from Administration → Managed Access',
      readWriteAccessId: true,
    },
    apiKey: {
      type: 'identifier',
      label: 'API Key',
      whereToCopy: 'copy the API Key from Administration → Managed Access',
    },
  },
  // Source: the same document, "Enter the API information for ConnectWise RMM".
  'cw-rmm': {
    serverUrl: {
      type: 'url',
      label: 'Server URL',
      expects: 'rmm-server',
      unknownHostSeverity: 'error',
      extraPathSeverity: 'error',
    },
    clientId: {
      type: 'identifier',
      label: 'Client ID',
      whereToCopy: 'copy the Client ID generated for the API key in ConnectWise RMM',
    },
  },
  // Sources: WatchGuard, ConnectWise Manage PSA integration settings (seeds/001); ThreatLocker,
  // ConnectWise Manage Custom Integration (seeds/002); ConnectWise PSA Developer Guide (clientId).
  'cw-manage': {
    siteUrl: {
      type: 'url',
      label: 'Site',
      expects: 'manage-site',
      schemeOptional: true,
      unknownHostSeverity: 'warning',
      extraPathSeverity: 'warning',
    },
    apiUrl: {
      type: 'url',
      label: 'API URL',
      expects: 'manage-api',
      unknownHostSeverity: 'warning',
      extraPathSeverity: 'warning',
    },
    companyId: {
      type: 'identifier',
      label: 'Company ID',
      whereToCopy: 'type the company ID you enter on the ConnectWise Manage login screen',
    },
    publicKey: {
      type: 'identifier',
      label: 'Public Key',
      whereToCopy:
        'copy the public key of the API member’s key pair (System → Members → API Members → API Keys)',
    },
    clientId: {
      type: 'identifier',
      label: 'Client ID',
      whereToCopy: 'use the clientId GUID registered for the integration with ConnectWise',
      format: { pattern: GUID, description: 'is a GUID such as 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b' },
    },
  },
} as const satisfies Record<RegionalVendor, Record<string, FieldSpec>>;

export interface FieldsByVendor {
  watchguard: keyof (typeof FIELD_SPECS)['watchguard'];
  'cw-rmm': keyof (typeof FIELD_SPECS)['cw-rmm'];
  'cw-manage': keyof (typeof FIELD_SPECS)['cw-manage'];
}

/** What a form may hand to the linter: only the fields it has; a missing key is not checked. */
export type ConnectionFields<V extends RegionalVendor> = Partial<Record<FieldsByVendor[V], string>>;
