import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { MANAGED_ACCESS } from '../../unit/regions/page/watchguard-pages';
import { expect, test } from '../fixtures';
import { findingsUnder } from '../regions/support';
import { checkerPanel, openRolePage, pickIntegrations } from '../role-checker/support';
import { COLOR_SCHEMES, expectNoAxeViolations, OVERLAY_HOSTS, THEME_BACKGROUND } from './axe';

interface OverlayPage {
  name: string;
  /** Opens the vendor page and brings the overlay to the state worth checking. */
  open: (context: BrowserContext) => Promise<Page>;
}

async function openAt(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** A vendor page whose overlay is ready once its panel (by test id) shows `text`. */
function showing(name: string, url: string, testId: string, text: string): OverlayPage {
  return {
    name,
    async open(context) {
      const page = await openAt(context, url);
      await expect(page.getByTestId(testId)).toContainText(text);
      return page;
    },
  };
}

const OVERLAY_PAGES: readonly OverlayPage[] = [
  {
    name: 'role checker, with badges on the rows',
    async open(context) {
      const page = await openRolePage(context, 'role-missing.html');
      await pickIntegrations(page, 'WatchGuard Cloud');
      await checkerPanel(page).getByRole('button', { name: 'Next problem' }).click();
      await expect(page.locator('[data-mpc-badge]').first()).toBeVisible();
      return page;
    },
  },
  showing(
    'Managed Access panel',
    'https://usa.cloud.watchguard.com/administration/managed-access/',
    'managed-access',
    'Region: NA / Americas',
  ),
  {
    name: 'form lint, with a message under a box',
    async open(context) {
      const page = await openAt(
        context,
        'https://usa.cloud.watchguard.com/administration/integrations/connectwise-rmm/',
      );
      await page.locator('#wg-auth').fill(` ${MANAGED_ACCESS.na.apiUrl}`);
      await expect(findingsUnder(page, '#wg-auth')).toContainText('starts or ends with a space');
      await expect(page.getByTestId('form-lint')).toContainText('problems');
      return page;
    },
  },
  showing(
    'ConnectWise Manage region badge',
    'https://eu.myconnectwise.net/v2024_1/home.html',
    'region-badge',
    'Region: Europe',
  ),
  showing(
    'ConnectWise RMM region badge',
    'https://control.itsupport247.net/',
    'region-badge',
    'Region: North America',
  ),
];

for (const colorScheme of COLOR_SCHEMES) {
  test(`axe: every overlay on its vendor page (${colorScheme} theme)`, async ({ context }) => {
    test.setTimeout(120_000);
    for (const overlay of OVERLAY_PAGES) {
      const page = await overlay.open(context);
      await page.emulateMedia({ colorScheme });
      await expect(page.locator('mpc-overlay .mpc-panel')).toHaveCSS(
        'background-color',
        THEME_BACKGROUND[colorScheme],
      );
      // The vendor's own page is not ours to fix: only our elements (and their shadow roots).
      const present = [];
      for (const host of OVERLAY_HOSTS) if ((await page.locator(host).count()) > 0) present.push(host);
      await expectNoAxeViolations(page, `${overlay.name} (${colorScheme})`, present);
      await page.close();
    }
  });
}

test('axe looks inside each overlay shadow root: a nameless button planted there is reported', async ({
  context,
}) => {
  const [roleChecker, , formLint] = OVERLAY_PAGES;
  for (const [overlay, host] of [
    [roleChecker!, 'mpc-overlay'],
    [roleChecker!, '[data-mpc-badge]'],
    [formLint!, 'mpc-field-lint'],
  ] as const) {
    const page = await overlay.open(context);
    await page
      .locator(host)
      .first()
      .evaluate((element) => {
        const root = element.shadowRoot;
        if (!root) throw new Error('no open shadow root');
        const planted = document.createElement('button');
        planted.id = 'mpc-planted';
        (root.querySelector('body') ?? root).append(planted);
      });
    const results = await new AxeBuilder({ page }).include(host).analyze();
    const nameless = results.violations.find((violation) => violation.id === 'button-name');
    // axe names a node inside a shadow root by the path to it: the host first, then the node.
    const paths = nameless?.nodes.map((node) => node.target.flat()) ?? [];
    expect(paths, host).toHaveLength(1);
    expect(paths[0]?.at(-1), host).toBe('#mpc-planted');
    expect(paths[0]?.length, host).toBeGreaterThan(1);
    await page.close();
  }
});
