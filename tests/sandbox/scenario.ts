import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { VendorServer } from '../e2e/support/vendor-server';
import type { MountedSimulator } from './simulators';

export interface StepOptions {
  /**
   * Also publish this step's screenshot in the README as `docs/screenshots/<readme>.png`
   * (`npm run screenshots` copies it there).
   */
  readme?: string;
}

/** What a scenario gets to work with. */
export interface SandboxContext {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  vendorServer: VendorServer;
  /** The vendor simulators serving the API hosts, by name ('watchguard', 'cw-manage', …). */
  simulators: ReadonlyMap<string, MountedSimulator>;
  /** Opens an extension page (`popup.html`, `options.html#section`) in a new tab. */
  openExtensionPage: (pagePath: string) => Promise<Page>;
  /** Saves a screenshot of `page` as the next step of this scenario, with a caption. */
  step: (page: Page, caption: string, options?: StepOptions) => Promise<void>;
}

/** Where a person starts a scenario by hand: a portal page, or one of the extension's pages. */
export type ScenarioStart = { url: string } | { extensionPage: string };

/**
 * One thing a new user can try. The landing page links to `start` and lists `tryIt`; `tour`
 * performs the same steps headless and throws when the product does not behave.
 */
export interface Scenario {
  id: string;
  title: string;
  description: string;
  start: ScenarioStart;
  /** What to do by hand once there, one short instruction per item. */
  tryIt: readonly string[];
  tour: (sandbox: SandboxContext) => Promise<void>;
}

export function defineScenario(scenario: Scenario): Scenario {
  return scenario;
}
