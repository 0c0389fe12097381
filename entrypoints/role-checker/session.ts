import { browser } from 'wxt/browser';
import { SHIPPED_CATALOGUE_VERSION } from '@/lib/role-checker/page/catalogue-version';
import { createRoleChecker } from '@/lib/role-checker/page/checker';
import {
  EARLY_READING_MEASURE,
  RECHECK_MEASURE,
  RECHECK_WORK_MEASURE,
  type RoleCheckerSession,
  type RoleCheckerStartOptions,
} from '@/lib/role-checker/page/chunk-bridge';
import { takeEarlyReading } from '@/lib/role-checker/page/early-reading';
import { openPageCatalogue } from '@/lib/role-checker/page/page-catalogue';
import { loadSavedRole, preselectedProfiles, requestCatalogue } from '@/lib/role-checker/page/page-requests';
import { saveSitePreferences, startingPreferences } from '@/lib/role-checker/page/preferences';
import { roleReader } from '@/lib/role-checker/page/reader-api';

/**
 * Starts checking the role screen at once: the rows are read from the content script's scan
 * while the preferences and the catalogue's picked profiles (requested by the content script)
 * arrive, then judged and badged. The panel is the panel script's (role-checker-panel), which
 * renders this session's checker once the overlay shows.
 */
export function startRoleCheckerSession(options: RoleCheckerStartOptions): RoleCheckerSession {
  const readingStartedAt = performance.now();
  const earlyReading = takeEarlyReading(options.screen, options.scan);
  performance.measure(EARLY_READING_MEASURE, { start: readingStartedAt });
  const catalogue = openPageCatalogue(options.storedCatalogue, SHIPPED_CATALOGUE_VERSION, {
    read: (keys) => browser.storage.local.get(keys),
    restore: async () => (await requestCatalogue()).ok,
  });
  // Its failure is the checker's to show (CheckerDeps.catalogue).
  catalogue.catch(() => {});
  const checker = createRoleChecker(options.screen, {
    catalogue,
    reader: roleReader,
    vocabulary: roleReader.manageVocabulary,
    scheduler: options.scheduler,
    loadPreferences: async () =>
      startingPreferences(
        options.storedPreferences,
        () => preselectedProfiles(options.checkerDefaults),
        await catalogue,
      ),
    savePreferences: (preferences) => saveSitePreferences(options.site, preferences),
    loadSavedRole,
    initialReading: () => earlyReading.take(),
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
    checker,
    reader: roleReader,
    setScreen: (screen) => checker.setScreen(screen),
    stop: () => checker.dispose(),
  };
}
