import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { VendorServer } from '../e2e/support/vendor-server';

/** What a scenario gets to work with. */
export interface SandboxContext {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  vendorServer: VendorServer;
  /** Saves a screenshot of `page` as the next step of this scenario, with a caption. */
  step: (page: Page, caption: string) => Promise<void>;
}

/**
 * One thing a new user can try. `url` is where the landing page links to; `tour` performs the
 * same steps headless and throws when the product does not behave.
 */
export interface Scenario {
  id: string;
  title: string;
  description: string;
  url: (extensionId: string) => string;
  tour: (sandbox: SandboxContext) => Promise<void>;
}

export function defineScenario(scenario: Scenario): Scenario {
  return scenario;
}
