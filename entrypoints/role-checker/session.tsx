import { render } from 'preact';
import { browser } from 'wxt/browser';
import pickerCss from '@/components/role-checker/picker.css?inline';
import checkerCss from '@/components/role-checker/role-checker.css?inline';
import { SHIPPED_CATALOGUE_VERSION } from '@/lib/role-checker/page/catalogue-version';
import { createRoleChecker } from '@/lib/role-checker/page/checker';
import {
  RECHECK_MEASURE,
  RECHECK_WORK_MEASURE,
  type RoleCheckerSession,
  type RoleCheckerStartOptions,
} from '@/lib/role-checker/page/chunk-bridge';
import { openPageCatalogue } from '@/lib/role-checker/page/page-catalogue';
import { loadSavedRole, preselectedProfiles, requestCatalogue } from '@/lib/role-checker/page/page-requests';
import { saveSitePreferences, startingPreferences } from '@/lib/role-checker/page/preferences';
import { RoleCheckerContainer } from './container';

/**
 * Starts checking the role screen at once (the verdict and badges do not wait for the overlay)
 * and renders the panel on request, as its own Preact tree: this script carries its own copy of
 * Preact, separate from the content script's.
 */
export function startRoleCheckerSession(options: RoleCheckerStartOptions): RoleCheckerSession {
  const catalogue = openPageCatalogue(options.storedCatalogue, SHIPPED_CATALOGUE_VERSION, {
    read: (keys) => browser.storage.local.get(keys),
    restore: async () => (await requestCatalogue()).ok,
  });
  // Its failure is the checker's to show (CheckerDeps.catalogue).
  catalogue.catch(() => {});
  const checker = createRoleChecker(options.screen, {
    catalogue,
    reader: options.reader,
    vocabulary: options.reader.manageVocabulary,
    scheduler: options.scheduler,
    loadPreferences: async () =>
      startingPreferences(
        options.storedPreferences,
        () => preselectedProfiles(options.checkerDefaults),
        await catalogue,
      ),
    savePreferences: (preferences) => saveSitePreferences(options.site, preferences),
    loadSavedRole,
    ...(options.earlyReading ? { initialReading: options.earlyReading } : {}),
    onFirstResult: options.onFirstResult,
    now: () => performance.now(),
    onRecheck: (changedAt, frameStartedAt) => {
      // Only the latest re-check is kept: a long session must not pile up timing entries.
      performance.clearMeasures(RECHECK_MEASURE);
      performance.clearMeasures(RECHECK_WORK_MEASURE);
      performance.measure(RECHECK_MEASURE, { start: changedAt });
      performance.measure(RECHECK_WORK_MEASURE, { start: frameStartedAt });
    },
  });
  return {
    setScreen: (screen) => checker.setScreen(screen),
    renderInto(container) {
      const doc = container.ownerDocument;
      const style = doc.createElement('style');
      style.textContent = `${checkerCss}\n${pickerCss}`;
      const root = doc.createElement('div');
      container.append(style, root);
      render(<RoleCheckerContainer checker={checker} reader={options.reader} />, root);
      return () => {
        render(null, root);
        root.remove();
        style.remove();
      };
    },
    stop: () => checker.dispose(),
  };
}
