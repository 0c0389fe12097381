import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/** Both system themes: every page and overlay is checked in each (prefers-color-scheme). */
export const COLOR_SCHEMES = ['light', 'dark'] as const;

/** The page background each theme paints (components/theme.css --mpc-bg), to prove it applied. */
export const THEME_BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(13, 17, 23)' } as const;

/** Our elements on a vendor page: the overlay panel, the form-lint messages, the row badges. */
export const OVERLAY_HOSTS = ['mpc-overlay', 'mpc-field-lint', '[data-mpc-badge]'] as const;

/** axe's violations, typed from the builder (axe-core itself comes with @axe-core/playwright). */
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function listViolations(violations: Violation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
          .slice(0, 5)
          .map(
            (node) => `    ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
          )
          .join('\n')}`,
    )
    .join('\n');
}

/**
 * Runs every axe rule that is not experimental (WCAG 2.x A and AA, and the best practices, which
 * hold the landmark rules) on the page, or only inside `include` (axe walks open shadow roots),
 * and fails on any violation at all: serious and critical ones, and the moderate and minor ones
 * too.
 */
export async function expectNoAxeViolations(page: Page, what: string, include: readonly string[] = []) {
  let builder = new AxeBuilder({ page });
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  // Soft: one run lists what is wrong on every page it checks, not only on the first.
  expect
    .soft(
      results.violations.map(({ id, impact }) => `${id} (${impact})`),
      `${what}:\n${listViolations(results.violations)}`,
    )
    .toEqual([]);
}
