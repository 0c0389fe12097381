import { copyText } from '../../extension/clipboard';
import { EVERY_PAGE, type OverlayFeature } from '../../overlay/features';
import { pageBadgeFor } from './region-badge';

/**
 * Runs in: a content script (always loaded). The region badge drawn as plain DOM: it is on every
 * portal page, where Preact would be most of the script. The same markup and classes the
 * extension's Preact copy rows use (components/regions/CopyRow.tsx, CopyButton.tsx), so one
 * style sheet serves both.
 */

/** How long "Copied" stays on a button before it reads "Copy" again. */
const CONFIRMATION_MS = 2000;

/** Draws the badge for `pageUrl` into `container`; draws nothing on a page of no known region. */
export function drawRegionBadge(
  container: HTMLElement,
  pageUrl: string,
  onCopy: (text: string) => Promise<boolean>,
): void {
  const badge = pageBadgeFor(pageUrl);
  if (!badge) return;
  const doc = container.ownerDocument;
  const element = (tag: string, className: string, text?: string) => {
    const made = doc.createElement(tag);
    made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  };
  const root = element('div', 'mpc-region');
  root.dataset.testid = 'region-badge';
  const title = element('p', 'mpc-region__title');
  title.append(
    element('span', 'mpc-region__vendor', badge.vendorLabel),
    element('span', 'mpc-region__chip', `Region: ${badge.regionLabel}`),
  );
  root.append(title);
  for (const row of badge.rows) {
    const line = element('div', 'mpc-copy-row');
    const text = element('div', 'mpc-copy-row__text');
    text.append(
      element('span', 'mpc-copy-row__label', row.label),
      element('code', 'mpc-copy-row__value', row.url),
    );
    line.append(text, copyButton(doc, row.label, row.url, onCopy));
    root.append(line);
  }
  if (badge.note) root.append(element('p', 'mpc-region__note', badge.note));
  container.append(root);
}

/** A copy button that confirms on itself, and to screen readers through a status line. */
function copyButton(doc: Document, label: string, value: string, onCopy: (text: string) => Promise<boolean>) {
  const wrapper = doc.createElement('span');
  wrapper.className = 'mpc-copy';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'mpc-copy__button';
  button.setAttribute('aria-label', `Copy ${label}`);
  const status = doc.createElement('span');
  status.className = 'mpc-visually-hidden';
  status.setAttribute('role', 'status');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (copied: boolean | null) => {
    if (copied === null) delete button.dataset.result;
    else button.dataset.result = copied ? 'copied' : 'failed';
    button.textContent = copied === null ? 'Copy' : copied ? 'Copied ✓' : 'Not copied';
    status.textContent = copied === null ? '' : copied ? `${label} copied` : `${label} could not be copied`;
  };
  button.addEventListener('click', async () => {
    show(await onCopy(value));
    clearTimeout(timer);
    timer = setTimeout(() => show(null), CONFIRMATION_MS);
  });
  show(null);
  wrapper.append(button, status);
  return wrapper;
}

/** The region badge as an overlay feature, for every portal's registry. */
export const regionBadgeFeature: OverlayFeature = {
  id: 'region-badge',
  appliesTo: EVERY_PAGE,
  start: () => ({ mount: (container) => drawRegionBadge(container, location.href, copyText) }),
};
