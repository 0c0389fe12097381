/**
 * Runs in: anywhere (pure). Reads the WatchGuard RMM plug-in's device-user invitation email:
 * the plug-in's User Login registers a device user with three values the administrator's
 * invitation carries (Server URL, Account ID, Registration Code; SOURCES.watchguardRmm, "User
 * Login"), and the document advises copying them from the email as they are. Mail clients mangle
 * them on the way (quoted-printable soft breaks, `&nbsp;`, a long code wrapped over two lines), so
 * this undoes that, says what it undid, and refuses to guess when the text holds two different
 * values for one label.
 *
 * The registration code is a secret: it is returned for the person to copy and nothing else.
 * No message here ever contains it (findings name the field, never echo its value).
 */
import { REGIONAL_VENDOR_LABELS, WATCHGUARD_REGIONS, type WatchGuardRegion } from './catalogue';
import { findInvisible, stripInvisibleAndWhitespace } from './characters';
import { classifyUrl, parseLenient } from './detect';
import { FIELD_SPECS } from './fields';

export type InvitationField = 'serverUrl' | 'accountId' | 'registrationCode';

export const INVITATION_LABELS: Record<InvitationField, string> = {
  serverUrl: 'Server URL',
  accountId: 'Account ID',
  registrationCode: 'Registration Code',
};

export type InvitationFindingCode =
  | 'empty-text'
  | 'not-found'
  | 'ambiguous'
  | 'split-over-lines'
  | 'invisible-character'
  | 'mail-encoding'
  | 'unexpected-format'
  | 'not-a-url'
  | 'insecure-scheme'
  | 'unknown-host'
  | 'region-mismatch';

export interface InvitationFinding {
  /** Undefined for findings about the whole text. */
  field?: InvitationField;
  severity: 'error' | 'warning' | 'info';
  code: InvitationFindingCode;
  message: string;
}

export interface InvitationValue {
  /** The cleaned value, ready to paste; undefined when missing or ambiguous. */
  value?: string;
  /** How many different values the text holds for this label (2+ = ambiguous, none picked). */
  candidates: number;
}

export interface InvitationReading {
  fields: Record<InvitationField, InvitationValue>;
  findings: InvitationFinding[];
  /** The WatchGuard Cloud region the Server URL points at, when it is a host we know. */
  serverRegion?: WatchGuardRegion;
}

export interface InvitationOptions {
  /** Accounts whose region we know (the saved WatchGuard connections: account ID → region). */
  knownAccounts?: readonly { accountId: string; region: WatchGuardRegion }[];
}

const LABEL_PATTERNS: Record<InvitationField, RegExp> = {
  serverUrl: /\bserver\s+url\b/i,
  accountId: /\baccount\s+id\b/i,
  registrationCode: /\bregistration\s+code\b/i,
};

/** "Label: value", "Label - value", "Label = value", or the value alone on the next line. */
const SEPARATOR = /^\s*(?:[:=\-–—]\s*)?/;

/** Reads the three values out of an invitation email's text, with what to fix in each. */
export function readInvitation(text: string, options: InvitationOptions = {}): InvitationReading {
  const empty = (): InvitationValue => ({ candidates: 0 });
  const fields: Record<InvitationField, InvitationValue> = {
    serverUrl: empty(),
    accountId: empty(),
    registrationCode: empty(),
  };
  if (text.trim() === '') {
    return {
      fields,
      findings: [
        {
          severity: 'error',
          code: 'empty-text',
          message: 'Nothing was pasted. Open the invitation email, select all of its text and paste it here.',
        },
      ],
    };
  }
  const findings: InvitationFinding[] = [];
  const { text: plain, undone } = undoMailEncoding(text);
  if (undone.length > 0) {
    findings.push({
      severity: 'info',
      code: 'mail-encoding',
      message: `The text carried mail or web encoding (${undone.join(', ')}); it was undone before reading.`,
    });
  }

  const lines = plain.split(/\r\n|\r|\n/);
  for (const field of Object.keys(LABEL_PATTERNS) as InvitationField[]) {
    const raws = valuesAfterLabel(lines, field);
    const distinct = new Map<string, RawValue>();
    for (const raw of raws) {
      const cleaned = stripInvisibleAndWhitespace(raw.text);
      if (cleaned && !distinct.has(cleaned)) distinct.set(cleaned, raw);
    }
    const label = INVITATION_LABELS[field];
    if (distinct.size === 0) {
      findings.push({
        field,
        severity: 'error',
        code: 'not-found',
        message: `No ${label} was found. Check that the whole invitation email was pasted; the line reads "${label}: …".`,
      });
      continue;
    }
    if (distinct.size > 1) {
      fields[field] = { candidates: distinct.size };
      findings.push({
        field,
        severity: 'error',
        code: 'ambiguous',
        message: `The text holds ${distinct.size} different values for ${label}, so none was picked: paste only the latest invitation email, or ask the administrator which one is valid.`,
      });
      continue;
    }
    const [[value, raw]] = [...distinct.entries()] as [[string, RawValue]];
    fields[field] = { value, candidates: 1 };
    findings.push(...lintRaw(field, raw));
  }

  const serverRegion = lintServerUrl(fields, findings, options);
  lintAccountId(fields, findings);
  return { fields, findings, ...(serverRegion ? { serverRegion } : {}) };
}

interface RawValue {
  text: string;
  /** The value was joined from more than one line. */
  lines: number;
}

function valuesAfterLabel(lines: readonly string[], field: InvitationField): RawValue[] {
  const pattern = LABEL_PATTERNS[field];
  const found: RawValue[] = [];
  lines.forEach((line, index) => {
    const match = pattern.exec(line);
    if (!match) return;
    let rest = line.slice(match.index + match[0].length).replace(SEPARATOR, '');
    let used = 1;
    // "Registration Code:" with the value on the next line.
    if (rest.trim() === '' && index + 1 < lines.length && isContinuation(lines[index + 1] ?? '')) {
      rest = lines[index + 1] ?? '';
      used = 2;
    }
    if (rest.trim() === '') return;
    // The value ends at the first space unless it is a URL; a wrapped value goes on with a line
    // that is one token and not a label (a code or URL broken by a mail client's line length).
    let value = rest.trim().split(/\s+/)[0] ?? '';
    let parts = 1;
    for (let next = index + used; next < lines.length; next += 1) {
      const candidate = lines[next] ?? '';
      if (!isContinuation(candidate) || !looksCut(value, candidate)) break;
      value += `\n${candidate.trim()}`;
      parts += 1;
    }
    found.push({ text: value, lines: parts });
  });
  return found;
}

/** A line that can carry the rest of a value: one token, not another label. */
function isContinuation(line: string): boolean {
  const token = line.trim();
  if (token === '' || /\s/.test(token)) return false;
  return !Object.values(LABEL_PATTERNS).some((pattern) => pattern.test(token));
}

/** The token on the next line continues the value (no sentence punctuation ends the value). */
function looksCut(value: string, next: string): boolean {
  return !/[.!?]$/.test(value) && /^[A-Za-z0-9\-_/.%?=&]+$/.test(next.trim());
}

function lintRaw(field: InvitationField, raw: RawValue): InvitationFinding[] {
  const label = INVITATION_LABELS[field];
  const out: InvitationFinding[] = [];
  if (raw.lines > 1) {
    out.push({
      field,
      severity: 'warning',
      code: 'split-over-lines',
      message: `The ${label} was split over ${raw.lines} lines in the email; the lines were joined. Compare it with the email before registering.`,
    });
  }
  const invisible = findInvisible(raw.text);
  if (invisible) {
    out.push({
      field,
      severity: 'warning',
      code: 'invisible-character',
      message: `The ${label} held an invisible character (${invisible.name}, ${invisible.codePoint}); it was removed.`,
    });
  }
  return out;
}

function lintServerUrl(
  fields: Record<InvitationField, InvitationValue>,
  findings: InvitationFinding[],
  options: InvitationOptions,
): WatchGuardRegion | undefined {
  const server = fields.serverUrl.value;
  if (!server) return undefined;
  const url = parseLenient(server);
  if (!url) {
    findings.push({
      field: 'serverUrl',
      severity: 'error',
      code: 'not-a-url',
      message: 'The Server URL is not a web address; copy it again from the invitation email.',
    });
    return undefined;
  }
  if (url.protocol !== 'https:') {
    findings.push({
      field: 'serverUrl',
      severity: 'error',
      code: 'insecure-scheme',
      message: 'The Server URL uses http://; WatchGuard Cloud only answers over https://.',
    });
  }
  const classified = classifyUrl(server);
  if (classified?.vendor !== 'watchguard') {
    findings.push({
      field: 'serverUrl',
      severity: 'warning',
      code: 'unknown-host',
      message: classified
        ? `The Server URL is a ${REGIONAL_VENDOR_LABELS[classified.vendor]} address, not a WatchGuard Cloud one; the ConnectWise RMM server URL is entered later, under Configure API.`
        : `${url.hostname} is not a WatchGuard Cloud host we know; register with it only if it is exactly what the invitation shows.`,
    });
    return undefined;
  }
  const region = classified.region as WatchGuardRegion;
  const accountId = fields.accountId.value;
  const known = accountId
    ? options.knownAccounts?.find((account) => account.accountId.toLowerCase() === accountId.toLowerCase())
    : undefined;
  if (known && known.region !== region) {
    findings.push({
      field: 'serverUrl',
      severity: 'error',
      code: 'region-mismatch',
      message: `The Server URL is in ${WATCHGUARD_REGIONS[region].label}, but your saved WatchGuard connection for this Account ID is in ${WATCHGUARD_REGIONS[known.region].label}: ask the administrator which region the account is in.`,
    });
  }
  return region;
}

function lintAccountId(fields: Record<InvitationField, InvitationValue>, findings: InvitationFinding[]) {
  const accountId = fields.accountId.value;
  if (!accountId) return;
  const { format } = FIELD_SPECS.watchguard.accountId;
  if (!format.pattern.test(accountId)) {
    // The WGC-/ACC- shapes come from public client code, not a vendor table: a warning only.
    findings.push({
      field: 'accountId',
      severity: 'warning',
      code: 'unexpected-format',
      message: `This Account ID does not look like a WatchGuard Cloud one (it usually ${format.description}, e.g. WGC-1-123abc456); check you copied the Account ID line.`,
    });
  }
}

/**
 * Undoes what mail and web views do to copied text: quoted-printable soft line breaks ("=" at a
 * line's end) and escapes (=3D), HTML tags and entities (&nbsp;, &amp;, &#160;).
 */
export function undoMailEncoding(text: string): { text: string; undone: string[] } {
  const undone: string[] = [];
  let out = text;
  if (/=\r?\n/.test(out) || /=(?:3D|20|0A)/i.test(out)) {
    out = out
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    undone.push('quoted-printable line breaks');
  }
  if (/<(?:br|p|div|td|tr|span|a|b|strong)\b[^>]*>/i.test(out)) {
    out = out.replace(/<(?:br|\/p|\/div|\/tr)\b[^>]*>/gi, '\n').replace(/<[^>]+>/g, '');
    undone.push('HTML tags');
  }
  if (/&(?:nbsp|amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/i.test(out)) {
    out = out.replace(/&(nbsp|amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => entity(name));
    undone.push('HTML entities such as &nbsp;');
  }
  return { text: out, undone };
}

function entity(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'nbsp') return ' ';
  if (lower === 'amp') return '&';
  if (lower === 'lt') return '<';
  if (lower === 'gt') return '>';
  if (lower === 'quot') return '"';
  const code = lower.startsWith('#x')
    ? Number.parseInt(lower.slice(2), 16)
    : Number.parseInt(lower.slice(1), 10);
  return code === 0xa0 ? ' ' : String.fromCodePoint(code);
}

/**
 * The plug-in document's steps for a failed User Login registration, in our words: check the
 * three values against the email, then ask the administrator whether the invitation still holds.
 */
export const USER_LOGIN_TROUBLESHOOTING: readonly string[] = [
  'Compare the Server URL, Account ID and Registration Code you entered with the invitation email, character by character (paste them from here rather than typing).',
  'Ask the administrator who sent the invitation whether it is still valid; if not, ask for a new one.',
];
