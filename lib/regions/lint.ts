/**
 * Checks the values a person pastes into a connection form and says, for each problem, what to
 * paste instead. The traps come from the vendor documents: the wrong region, the API URL in the
 * auth field, stray or invisible characters, the read-only access ID where the read-write one is
 * needed (WatchGuard, seeds/000). Messages never repeat an identifier's value, only URLs.
 */
import { REGION_TABLES, REGIONAL_VENDOR_LABELS, type RegionalVendor, type RegionByVendor } from './catalogue';
import {
  findInvisible,
  hasInnerWhitespace,
  hasSurroundingWhitespace,
  stripInvisibleAndWhitespace,
} from './characters';
import { classifyUrl, type UrlClassification, type UrlKind, vendorOfDomain } from './detect';
import { endpoints, isRegionalVendor, isRegionOf, regions } from './endpoints';
import { RegionError } from './errors';
import {
  type ConnectionFields,
  FIELD_SPECS,
  type FieldSpec,
  type IdentifierFieldSpec,
  type Severity,
  type UrlFieldSpec,
} from './fields';

export type LintCode =
  | 'empty'
  | 'invisible-character'
  | 'surrounding-whitespace'
  | 'inner-whitespace'
  | 'missing-scheme'
  | 'insecure-scheme'
  | 'not-a-url'
  | 'unknown-host'
  | 'wrong-url-kind'
  | 'unexpected-path'
  | 'region-mismatch'
  | 'url-in-identifier-field'
  | 'unexpected-format'
  | 'read-only-access-id';

export interface LintFinding {
  field: string;
  severity: Severity;
  code: LintCode;
  message: string;
}

/** An access-ID pair seen on a WatchGuard Managed Access page (neither is a secret). */
export interface KnownAccessIds {
  readOnly: string;
  readWrite?: string;
}

export interface LintOptions<V extends RegionalVendor = RegionalVendor> {
  /** The region the account is known to be in (e.g. from the portal page): every URL must match. */
  region?: RegionByVendor[V];
  /** Read-only access IDs remembered from Managed Access pages. */
  knownAccessIds?: readonly KnownAccessIds[];
}

type AnyRegion = RegionByVendor[RegionalVendor];

interface LintContext {
  vendor: RegionalVendor;
  /** The region the caller says the account is in. */
  statedRegion: AnyRegion | undefined;
  /** The first region recognised among the form's URLs: the fallback for suggestions. */
  formRegion: AnyRegion | undefined;
  knownAccessIds: readonly KnownAccessIds[];
}

/** Lints the fields present in `fields`; keys a vendor does not have are ignored. */
export function lintConnection<V extends RegionalVendor>(
  vendor: V,
  fields: ConnectionFields<V>,
  options?: LintOptions<V>,
): LintFinding[];
export function lintConnection(
  vendor: string,
  fields: Record<string, string | undefined>,
  options?: LintOptions,
): LintFinding[];
export function lintConnection(
  vendor: string,
  fields: Record<string, string | undefined>,
  options: LintOptions = {},
): LintFinding[] {
  if (!isRegionalVendor(vendor)) regions(vendor); // throws the typed unknown-vendor error
  const v = vendor as RegionalVendor;
  if (options.region !== undefined && !isRegionOf(v, options.region)) endpoints(v, options.region);

  const specs: Record<string, FieldSpec> = FIELD_SPECS[v];
  const present = Object.entries(specs).filter(([field]) => typeof fields[field] === 'string') as [
    string,
    FieldSpec,
  ][];

  // Recognise every URL first, so a message about one field can suggest the URL of the region
  // the other fields are in.
  const classified = new Map<string, UrlClassification | null>();
  for (const [field, spec] of present) {
    if (spec.type === 'url')
      classified.set(field, classifyUrl(stripInvisibleAndWhitespace(fields[field] ?? '')));
  }
  const ownRegions = [...classified.values()]
    .filter((found) => found?.vendor === v)
    .map((found) => found!.region);
  const context: LintContext = {
    vendor: v,
    statedRegion: options.region,
    formRegion: ownRegions[0],
    knownAccessIds: options.knownAccessIds ?? [],
  };

  const findings: LintFinding[] = [];
  for (const [field, spec] of present) {
    const value = fields[field] ?? '';
    findings.push(
      ...(spec.type === 'url'
        ? lintUrl(field, spec, value, classified.get(field) ?? null, context)
        : lintIdentifier(field, spec, value, context)),
    );
  }
  findings.push(...lintRegions(present, classified, context, options.region));
  return findings;
}

function lintUrl(
  field: string,
  spec: UrlFieldSpec,
  raw: string,
  found: UrlClassification | null,
  context: LintContext,
): LintFinding[] {
  const cleaned = stripInvisibleAndWhitespace(raw);
  if (!cleaned)
    return [finding(field, 'error', 'empty', `The ${spec.label} is empty: ${suggest(field, context)}.`)];

  const out = characterFindings(field, spec.label, raw, () => suggest(field, context, found));

  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(cleaned)?.[1]?.toLowerCase();
  if (!hostOf(cleaned) || (scheme !== undefined && scheme !== 'http' && scheme !== 'https')) {
    out.push(
      finding(
        field,
        'error',
        'not-a-url',
        `The ${spec.label} is not a web address: ${suggest(field, context)}.`,
      ),
    );
    return out;
  }
  if (scheme === undefined && !spec.schemeOptional) {
    out.push(
      finding(
        field,
        'error',
        'missing-scheme',
        `The ${spec.label} must be a full address starting with https://: ${suggest(field, context, found)}.`,
      ),
    );
  } else if (scheme === 'http') {
    out.push(
      finding(
        field,
        'error',
        'insecure-scheme',
        `The ${spec.label} starts with http:, but the vendor’s servers need https: — ${suggest(field, context, found)}.`,
      ),
    );
  }

  if (!found) {
    out.push(unrecognisedHost(field, spec, cleaned, context));
    return out;
  }
  if (found.vendor !== context.vendor) {
    out.push(
      finding(
        field,
        'error',
        'unknown-host',
        `This is ${describeAddress(found)}, not a ${REGIONAL_VENDOR_LABELS[context.vendor]} address: ${suggest(field, context)}.`,
      ),
    );
    return out;
  }
  if (found.kind !== spec.expects) {
    const samePathFamily = found.kind === 'watchguard-api-other' || found.kind === 'watchguard-platform-api';
    const sameHostWrongPath = samePathFamily && spec.expects.startsWith('watchguard-');
    out.push(
      finding(
        field,
        'error',
        sameHostWrongPath ? 'unexpected-path' : 'wrong-url-kind',
        sameHostWrongPath
          ? `This address has the right host but not the ${spec.label}’s path: ${suggest(field, context, found)}.`
          : `This is ${describeAddress(found)}, not the ${spec.label}: ${suggest(field, context, found)}.`,
      ),
    );
    return out;
  }
  if (!pathIsExpected(found)) {
    out.push(
      finding(
        field,
        spec.extraPathSeverity,
        'unexpected-path',
        `The ${spec.label} has more than the expected address (${pathAndQuery(found.url)}): ${suggest(field, context, found)}.`,
      ),
    );
  }
  return out;
}

function lintIdentifier(
  field: string,
  spec: IdentifierFieldSpec,
  raw: string,
  context: LintContext,
): LintFinding[] {
  const cleaned = stripInvisibleAndWhitespace(raw);
  if (!cleaned) return [finding(field, 'error', 'empty', `The ${spec.label} is empty: ${spec.whereToCopy}.`)];

  const out = characterFindings(field, spec.label, raw, () => spec.whereToCopy);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(cleaned) || classifyUrl(cleaned)) {
    out.push(
      finding(
        field,
        'error',
        'url-in-identifier-field',
        `This is a web address, not the ${spec.label}: ${spec.whereToCopy}.`,
      ),
    );
    return out;
  }
  if (spec.readWriteAccessId) {
    const known = context.knownAccessIds.find((pair) => pair.readOnly === cleaned);
    if (known) {
      const instead = known.readWrite ? `paste the read-write one, ${known.readWrite}` : spec.whereToCopy;
      out.push(
        finding(
          field,
          'error',
          'read-only-access-id',
          `This is the read-only access ID; the ConnectWise plug-ins need the read-write one: ${instead}.`,
        ),
      );
    }
  }
  if (spec.format && !spec.format.pattern.test(cleaned)) {
    out.push(
      finding(
        field,
        'warning',
        'unexpected-format',
        `The ${spec.label} usually ${spec.format.description}; this one does not. Check you pasted the right value: ${spec.whereToCopy}.`,
      ),
    );
  }
  return out;
}

/** Invisible characters first (they explain "it looks right but fails"), then plain whitespace. */
function characterFindings(field: string, label: string, raw: string, instead: () => string): LintFinding[] {
  const out: LintFinding[] = [];
  const invisible = findInvisible(raw);
  if (invisible) {
    out.push(
      finding(
        field,
        'error',
        'invisible-character',
        `The ${label} contains an invisible ${invisible.name} (${invisible.codePoint}) at character ${invisible.position}: clear the field and ${instead()}.`,
      ),
    );
  }
  if (hasSurroundingWhitespace(raw)) {
    out.push(
      finding(
        field,
        'error',
        'surrounding-whitespace',
        `The ${label} starts or ends with a space or line break: remove it, or ${instead()}.`,
      ),
    );
  }
  if (hasInnerWhitespace(raw)) {
    out.push(
      finding(
        field,
        'error',
        'inner-whitespace',
        `The ${label} has a space or line break inside it: remove it, or ${instead()}.`,
      ),
    );
  }
  return out;
}

function unrecognisedHost(
  field: string,
  spec: UrlFieldSpec,
  cleaned: string,
  context: LintContext,
): LintFinding {
  const host = hostOf(cleaned) ?? cleaned;
  const owner = vendorOfDomain(host);
  const name = REGIONAL_VENDOR_LABELS[context.vendor];
  if (owner === context.vendor) {
    return finding(
      field,
      'error',
      'unknown-host',
      `${host} is not a host ${name} uses: ${suggest(field, context)}.`,
    );
  }
  if (owner) {
    return finding(
      field,
      'error',
      'unknown-host',
      `${host} belongs to ${REGIONAL_VENDOR_LABELS[owner]}, not ${name}: ${suggest(field, context)}.`,
    );
  }
  const message =
    spec.unknownHostSeverity === 'warning'
      ? `${host} is not a ${name} cloud host. That is expected for an on-premise server; for the cloud, ${suggest(field, context)}.`
      : `${host} is not a host ${name} uses: ${suggest(field, context)}.`;
  return finding(field, spec.unknownHostSeverity, 'unknown-host', message);
}

function lintRegions(
  present: [string, FieldSpec][],
  classified: Map<string, UrlClassification | null>,
  context: LintContext,
  expected: AnyRegion | undefined,
): LintFinding[] {
  // Only addresses of the right kind: a wrong-kind field already has its own finding.
  const own = present.flatMap(([field, spec]) => {
    const found = classified.get(field);
    return spec.type === 'url' && found?.vendor === context.vendor && found.kind === spec.expects
      ? [{ field, spec, found }]
      : [];
  });
  const first = own[0];
  if (!first) return [];
  const out: LintFinding[] = [];
  for (const item of own) {
    const want = expected ?? first.found.region;
    if (item.found.region === want) continue;
    const reason =
      expected !== undefined
        ? `this account is in ${regionLabel(context.vendor, want)}`
        : `the ${first.spec.label} is for ${regionLabel(context.vendor, want)}; both must come from the same region`;
    out.push(
      finding(
        item.field,
        'error',
        'region-mismatch',
        `The ${item.spec.label} is for ${regionLabel(context.vendor, item.found.region)}, but ${reason}: paste ${expectedUrl(context.vendor, item.field, want)}.`,
      ),
    );
  }
  return out;
}

function pathIsExpected(found: UrlClassification): boolean {
  const { url } = found;
  if (url.search || url.hash) return false;
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  switch (found.kind) {
    case 'watchguard-auth':
      return path === '/oauth/token';
    case 'watchguard-endpoint-api':
      return path === '/rest/endpoint-security/management';
    case 'manage-api':
      // The API host alone, or the full REST base with a codebase.
      return path === '' || /^\/v\d+_\d+(_release)?\/apis\/3\.0$/.test(path);
    default:
      return path === '';
  }
}

/**
 * "paste <url>" for the best-known region — the stated one, else the field's own, else the form's —
 * or the list of every region's URL when none is known.
 */
function suggest(field: string, context: LintContext, found?: UrlClassification | null): string {
  const ownRegion = found?.vendor === context.vendor ? found.region : undefined;
  const region = context.statedRegion ?? ownRegion ?? context.formRegion;
  if (region !== undefined) return `paste ${expectedUrl(context.vendor, field, region)}`;
  const options = Object.keys(REGION_TABLES[context.vendor]).map(
    (r) =>
      `${regionLabel(context.vendor, r as AnyRegion)} ${expectedUrl(context.vendor, field, r as AnyRegion)}`,
  );
  return `paste the one for your region — ${options.join('; ')}`;
}

function expectedUrl(vendor: RegionalVendor, field: string, region: AnyRegion): string {
  const found = endpoints(vendor, region) as unknown as Record<string, unknown>;
  const value = found[field];
  if (typeof value !== 'string')
    throw new RegionError('unknown-region', `No ${field} for ${vendor}.`, vendor, region);
  return value;
}

function regionLabel(vendor: RegionalVendor, region: AnyRegion): string {
  return endpoints(vendor, region).label;
}

const KIND_NAMES: Record<UrlKind, string> = {
  'watchguard-portal': 'the WatchGuard Cloud portal address',
  'watchguard-auth': 'the WatchGuard Authentication API URL',
  'watchguard-endpoint-api': 'the WatchGuard API URL (Endpoint Security)',
  'watchguard-platform-api': 'a WatchGuard platform API address',
  'watchguard-api-other': 'a WatchGuard API address',
  'rmm-server': 'the ConnectWise RMM server URL',
  'rmm-portal': 'the ConnectWise RMM web portal address',
  'manage-site': 'the ConnectWise Manage site (web UI) address',
  'manage-api': 'the ConnectWise Manage API host',
};

function describeAddress(found: UrlClassification): string {
  return `${KIND_NAMES[found.kind]} for ${regionLabel(found.vendor, found.region)}`;
}

/** The host of an address, or `null` when the text has no dotted host (so it is not an address). */
function hostOf(text: string): string | null {
  try {
    const { hostname } = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return hostname.includes('.') ? hostname : null;
  } catch {
    return null;
  }
}

function pathAndQuery(url: URL): string {
  return `${url.pathname}${url.search}${url.hash}`;
}

function finding(field: string, severity: Severity, code: LintCode, message: string): LintFinding {
  return { field, severity, code, message };
}
