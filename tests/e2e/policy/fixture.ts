import { test as base } from '../fixtures';
import {
  type PolicyTarget,
  policyFolderProblem,
  removeFilesOfDeadRuns,
  writePolicyFor,
} from './managed-policy';

interface PolicyFixtures {
  /** What the organization pushes (`test.use({ policy })`); written before Chromium starts. */
  policy: Record<string, unknown>;
  policyTarget: PolicyTarget;
}

/**
 * The e2e fixtures with an organization policy in force for the extension under test. Each test
 * has its own extension id and policy file, so policy specs may run in parallel workers.
 */
export const test = base.extend<PolicyFixtures, { policyFolderReady: boolean }>({
  policy: [{}, { option: true }],

  policyFolderReady: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
    async ({}, use) => {
      const problem = policyFolderProblem();
      // One line per worker, then each test is marked skipped with the same reason.
      if (problem) console.warn(problem);
      else removeFilesOfDeadRuns();
      await use(!problem);
    },
    { scope: 'worker' },
  ],

  policyTarget: async ({ policy, policyFolderReady }, use, testInfo) => {
    testInfo.skip(!policyFolderReady, policyFolderProblem() ?? '');
    const target = writePolicyFor(policy);
    try {
      await use(target);
    } finally {
      target.remove();
    }
  },

  extensionPath: async ({ policyTarget }, use) => {
    await use(policyTarget.extensionPath);
  },

  extensionId: async ({ serviceWorker, policyTarget }, use) => {
    const id = new URL(serviceWorker.url()).host;
    if (id !== policyTarget.id) {
      throw new Error(`The extension loaded as ${id}, but the policy names ${policyTarget.id}.`);
    }
    await use(id);
  },
});

export { expect } from '../fixtures';
