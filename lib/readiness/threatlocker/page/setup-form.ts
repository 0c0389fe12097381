import { CW_MANAGE_REGIONS } from '../../../regions/catalogue';
import { classifyUrl } from '../../../regions/detect';
import type { ServerChoiceLint } from '../setup-lint';

/**
 * Runs in: a ThreatLocker portal page (content-script side; no extension API here). Recognises
 * the ConnectWise integration's Setup tab and reads what the lint needs: the server chosen, the
 * on-premise URL, the Company ID, and whether the key boxes are filled (never their values).
 *
 * The page was not available to capture: this follows ThreatLocker's guide (SOURCES.threatlocker)
 * and the reconstructed fixture tests/fixtures/pages/portal.threatlocker.com/connectwise-setup.html.
 * It matches label and option texts, in one place below, so a changed layout gives "not
 * recognised" rather than a wrong reading.
 */
export const SETUP_FORM_TEXT = {
  server: /^\s*connectwise server url\s*$/i,
  onPremUrl: /^\s*on-?premise url\s*$/i,
  publicKey: /^\s*public api key\s*$/i,
  privateKey: /^\s*private api key\s*$/i,
  companyId: /^\s*company id\s*$/i,
  options: {
    na: /north american cloud/i,
    eu: /european cloud/i,
    au: /australian cloud/i,
    'on-premise': /on-?premise/i,
  },
} as const;

export type ThreatLockerServer = keyof typeof SETUP_FORM_TEXT.options;

export interface ThreatLockerSetupForm {
  server: ThreatLockerServer | null;
  onPremUrl: string;
  companyId: string;
  publicKeyFilled: boolean;
  privateKeyFilled: boolean;
}

/** The Setup tab's values, or null when the page has no such form (or its layout changed). */
export function readThreatLockerSetupForm(doc: Document): ThreatLockerSetupForm | null {
  const server = controlLabelled(doc, SETUP_FORM_TEXT.server);
  const companyId = controlLabelled(doc, SETUP_FORM_TEXT.companyId);
  if (server?.tagName !== 'SELECT' || !companyId) return null;
  const select = server as HTMLSelectElement;
  const options = [...select.querySelectorAll('option')];
  const texts = options.map((option) => option.textContent ?? '');
  const offers = (pattern: RegExp) => texts.some((text) => pattern.test(text));
  if (!offers(SETUP_FORM_TEXT.options.na) || !offers(SETUP_FORM_TEXT.options['on-premise'])) return null;
  const chosenText = options.find((option) => option.selected)?.textContent ?? '';
  const chosen =
    (Object.entries(SETUP_FORM_TEXT.options) as [ThreatLockerServer, RegExp][]).find(([, pattern]) =>
      pattern.test(chosenText),
    )?.[0] ?? null;
  const boxValue = (pattern: RegExp) => inputValue(controlLabelled(doc, pattern));
  return {
    server: chosen,
    onPremUrl: boxValue(SETUP_FORM_TEXT.onPremUrl),
    companyId: inputValue(companyId),
    publicKeyFilled: boxValue(SETUP_FORM_TEXT.publicKey).trim() !== '',
    privateKeyFilled: boxValue(SETUP_FORM_TEXT.privateKey).trim() !== '',
  };
}

/** What the box holds now (the property; the attribute where a DOM has no property, as in tests). */
function inputValue(control: Element | null): string {
  if (!control) return '';
  const value = (control as HTMLInputElement).value;
  return typeof value === 'string' ? value : (control.getAttribute('value') ?? '');
}

function controlLabelled(doc: Document, pattern: RegExp): Element | null {
  for (const label of doc.querySelectorAll('label')) {
    if (!pattern.test(label.textContent ?? '')) continue;
    const id = label.getAttribute('for');
    const control = id ? doc.getElementById(id) : label.querySelector('input, select, textarea');
    if (control) return control;
  }
  return null;
}

export interface SetupFormLint {
  server: ServerChoiceLint;
  /** Where the Company ID lookup goes, once the server is usable. */
  siteUrl: string | null;
  companyId: ServerChoiceLint | null;
}

/** What to fix on the Setup tab before keys are pasted and "Validate and Save" is pressed. */
export function lintThreatLockerSetupForm(form: ThreatLockerSetupForm): SetupFormLint {
  const companyId = lintCompanyId(form);
  if (!form.server) {
    return {
      server: { ok: false, text: 'Choose the ConnectWise server your login uses.' },
      siteUrl: null,
      companyId,
    };
  }
  if (form.server !== 'on-premise') {
    const site = CW_MANAGE_REGIONS[form.server].siteUrl;
    return { server: { ok: true, text: `Server: ${new URL(site).host}.` }, siteUrl: site, companyId };
  }
  const raw = form.onPremUrl.trim();
  let url: URL | null = null;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    url = null;
  }
  if (!raw || !url) {
    return {
      server: { ok: false, text: 'Enter the address of your on-premise Manage server.' },
      siteUrl: null,
      companyId,
    };
  }
  const cloud = classifyUrl(url.href);
  if (cloud?.vendor === 'cw-manage' && cloud.region && ['na', 'eu', 'au'].includes(cloud.region)) {
    const label = { na: 'North American Cloud', eu: 'European Cloud', au: 'Australian Cloud' }[
      cloud.region as 'na' | 'eu' | 'au'
    ];
    return {
      server: {
        ok: false,
        text: `${url.host} is a ConnectWise cloud site: choose “${label}” instead of On-Premise.`,
      },
      siteUrl: null,
      companyId,
    };
  }
  if (url.protocol !== 'https:') {
    return {
      server: { ok: false, text: 'The on-premise address must start with https://.' },
      siteUrl: null,
      companyId,
    };
  }
  return { server: { ok: true, text: `Server: ${url.host} (on-premise).` }, siteUrl: url.origin, companyId };
}

function lintCompanyId(form: ThreatLockerSetupForm): ServerChoiceLint | null {
  const value = form.companyId;
  if (value.trim() === '') {
    return form.publicKeyFilled || form.privateKeyFilled
      ? {
          ok: false,
          text: 'Enter the Company ID and check it before the keys: it is your login company, not a customer’s.',
        }
      : null;
  }
  if (value !== value.trim() || /\s/.test(value.trim())) {
    return { ok: false, text: 'The Company ID has spaces or line breaks; remove them.' };
  }
  return { ok: true, text: `Company ID “${value}”: check it against the server before pasting the keys.` };
}
