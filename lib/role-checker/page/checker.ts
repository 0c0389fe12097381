import { PermissionsInputError } from '../../permissions/errors';
import { ACTIONS } from '../../permissions/levels';
import { functionKey } from '../../permissions/normalise';
import type { AuditMode } from '../../permissions/types';
import { describeRow } from '../describe';
import type { IntegrationOption } from '../integration-options';
import type { SavedRole } from '../page-commands';
import {
  applyChanges,
  type HandChange,
  handChangeText,
  type LevelChange,
  planApply,
  undoChanges,
} from './apply';
import type { CustomizeReading } from './customize-dialog';
import type {
  ModuleSection,
  PageReading,
  PageRow,
  PageVocabulary,
  ReaderDiagnosis,
  ReadingProblem,
} from './page-adapter';
import type { PageCatalogue } from './page-catalogue';
import { activeFeatures, type SitePreferences, withRecentPicks } from './preferences';
import type { RoleReader } from './reader-api';
import { createBadgeLayer } from './row-badges';
import type { ScreenChangeWatch } from './screen-locator';
import {
  BACKGROUND_UNREACHABLE,
  compareWithServer,
  NOTHING_COMPARED,
  type SavedRoleAnswer,
  type ServerComparison,
} from './server-comparison';
import { judgePage, type PageVerdict } from './verdict';

/**
 * Runs in: the content script (top frame), in the lazily loaded role-checker chunk.
 *
 * The in-page checker's state: reads the role screen, judges it against the site's chosen
 * integrations, keeps the badges in the page in step, and re-checks when the page changes.
 * A drop-down change is re-checked in the next animation frame (several changes in one frame
 * are one re-check); other DOM changes (a module expanding) after a short pause. It holds no
 * UI: the overlay subscribes to it.
 */

/** A screen with no readable rows yet may still be loading; it is "not recognised" only after this long without DOM changes. */
export const SETTLE_MS = 1500;
/** DOM changes other than a level change are re-read this long after a burst starts. */
export const MUTATION_DELAY_MS = 50;

export type CheckerPhase = 'starting' | 'reading' | 'unrecognised' | 'read' | 'error';

export interface CheckerState {
  phase: CheckerPhase;
  /** The integrations the picker offers: the page catalogue's, once it is read. */
  integrations: readonly IntegrationOption[];
  roleName: string | null;
  /** For 'unrecognised' and 'error': what went wrong, in words. */
  message: string | null;
  rows: PageRow[];
  modules: ModuleSection[];
  problems: ReadingProblem[];
  /** Null until at least one integration is picked and the page shows at least one row. */
  verdict: PageVerdict | null;
  preferences: SitePreferences;
  /** How many drop-downs "Apply required levels" would set now. */
  applicable: number;
  /** Failing levels in controls we can read but not set (a toolkit's widget): the admin's to change. */
  byHand: HandChange[];
  /** What the reader tried on the page (for the unrecognised-page snapshot). */
  diagnosis: ReaderDiagnosis | null;
  /** The changes the last apply made, until undone. */
  applied: LevelChange[];
  /** A short message after an action ("Set 5 drop-downs…"). */
  notice: string | null;
  /** The row "Next problem" last went to. */
  focusedKey: string | null;
  /** The page against what the server holds for the role (its unsaved changes). */
  server: ServerComparison;
  /** The Customize dialog the admin opened could not be read (why), else null. */
  customizeProblem: string | null;
}

export interface CheckerScheduler {
  requestAnimationFrame(callback: () => void): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface CheckerDeps {
  /** The page reader (reader-api.ts): everything the checker reads or sets in the page goes through it. */
  reader: RoleReader;
  vocabulary: PageVocabulary;
  scheduler: CheckerScheduler;
  /**
   * The Manage catalogue, read from storage (page-catalogue.ts); rejects with what to tell the
   * admin when it cannot be had. The first verdict waits for it and the picked profiles' data.
   */
  catalogue: Promise<PageCatalogue>;
  loadPreferences(): Promise<SitePreferences>;
  savePreferences(preferences: SitePreferences): Promise<void>;
  /**
   * What the server holds for the role of this name, through the site's saved connection. Asked
   * once per role shown (and on `refreshServer`); its failures never touch the verdict.
   */
  loadSavedRole(roleName: string, fresh?: boolean): Promise<SavedRole>;
  /**
   * A reading of the screen taken before the checker started, or null when it no longer holds
   * (see early-reading.ts). Called once, after the checker watches the screen for changes.
   */
  initialReading?(): PageReading | null;
  /** Called once, when the first verdict (or final state) is on screen: for timing. */
  onFirstResult?(): void;
  /**
   * Called after a level change was re-checked, with `now()` at the first change and at the start
   * of the animation frame that re-checked it: for timing.
   */
  onRecheck?(changedAt: number, frameStartedAt: number): void;
  /** A monotonic clock in ms (performance.now in the content script). */
  now?(): number;
}

export interface RoleChecker {
  getState(): CheckerState;
  subscribe(listener: (state: CheckerState) => void): () => void;
  /** The document the role screen is in. */
  getScreen(): Document;
  /** Follows the role screen to another document (a frame that navigated). */
  setScreen(doc: Document): void;
  setProfiles(profiles: string[]): void;
  setMode(mode: AuditMode): void;
  /** Optional features switched on, as "<profile>/<feature>". */
  setFeatures(features: string[]): void;
  /** Scrolls to the next failing row after the current one and focuses its first failing drop-down. */
  nextProblem(): void;
  apply(): void;
  undo(): void;
  /** Reads the saved role again (after the admin saved it in ConnectWise). */
  refreshServer(): void;
  dispose(): void;
}

export function createRoleChecker(initialScreen: Document, deps: CheckerDeps): RoleChecker {
  const { reader } = deps;
  const { readRolePage, rereadCells, rowElementOf, isLevelControlElement, watchScreenChanges } = reader;
  const { scheduler } = deps;
  const badges = createBadgeLayer();
  const listeners = new Set<(state: CheckerState) => void>();
  let state: CheckerState = initialCheckerState();
  let screen = initialScreen;
  let disposed = false;
  let started = false;
  let reported = false;
  let quiet = false;
  let quietTimer: number | undefined;
  let mutationTimer: number | undefined;
  let framePending = false;
  let firstChangeAt = 0;
  /** Whether the page changed after the reading taken while the preferences loaded. */
  let changedSinceFirstReading = false;
  const dirtyRows = new Set<HTMLElement>();
  /** The saved role, and the role name it was asked for (a new name or screen asks again). */
  let savedRole: SavedRoleAnswer = null;
  let savedRoleFor: string | null = null;
  let savedRoleRequest = 0;
  /** The function whose Customize link the admin clicked last, while its dialog may be open. */
  let customizeFor: string | null = null;
  /** What each function's Customize dialog last showed, for the role on screen. */
  let customizeReadings = new Map<string, CustomizeReading>();
  let customizeRole: string | null = null;
  let catalogue: PageCatalogue | null = null;
  /** Why the catalogue (or a picked profile's data) could not be read, if it could not. */
  let catalogueProblem: string | null = null;
  const catalogueFailed = (error: unknown) => {
    catalogueProblem = error instanceof Error ? error.message : String(error);
  };

  const update = (patch: Partial<CheckerState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
    if (!reported && state.phase !== 'starting' && state.phase !== 'reading') {
      reported = true;
      deps.onFirstResult?.();
    }
  };

  const names = (id: string) => catalogue?.shortName(id) ?? id;

  /** Judges the rows read and refreshes the badges; returns the state patch. */
  const judge = (rows: PageRow[], modules: ModuleSection[], problems: ReadingProblem[]) => {
    const { profiles, mode } = state.preferences;
    let verdict: PageVerdict | null = null;
    let message: string | null = catalogueProblem;
    // A profile just picked is judged once its data is read (setProfiles).
    if (catalogue && !message && profiles.length > 0 && rows.length > 0 && catalogue.isLoaded(profiles)) {
      try {
        verdict = judgePage(
          { rows, modules, problems, customize: customizeReadings },
          profiles,
          mode,
          activeFeatures(state.preferences, catalogue),
          catalogue,
        );
      } catch (error) {
        if (!(error instanceof PermissionsInputError)) throw error;
        message = `The role could not be checked: ${error.message}`;
      }
    }
    badges.update(
      verdict
        ? rows.flatMap((row) => {
            const rowVerdict = verdict.rows.get(row.key);
            return rowVerdict
              ? [{ anchor: row.labelElement, description: describeRow(rowVerdict, names) }]
              : [];
          })
        : [],
    );
    const plan = verdict ? planApply(verdict, rows, reader) : null;
    return {
      rows,
      modules,
      problems,
      verdict,
      applicable: plan?.changes.length ?? 0,
      byHand: plan?.skipped ?? [],
      phase: message ? ('error' as const) : ('read' as const),
      message,
      server: compareWithServer(savedRole, rows, reader),
    };
  };

  /** Asks for the saved role; a later request (or the checker's end) makes this answer moot. */
  const readSavedRole = (roleName: string, fresh = false) => {
    const request = ++savedRoleRequest;
    savedRoleFor = roleName;
    savedRole = 'loading';
    deps
      .loadSavedRole(roleName, fresh)
      .catch((): SavedRole => ({ status: 'failed', connectionName: null, message: BACKGROUND_UNREACHABLE }))
      .then((answer) => {
        if (disposed || request !== savedRoleRequest) return;
        savedRole = answer;
        update({ server: compareWithServer(answer, state.rows, reader) });
        // The background limits how often a page has ConnectWise asked: ask once more when told.
        if (answer.status === 'waiting') {
          scheduler.setTimeout(() => {
            if (!disposed && request === savedRoleRequest) readSavedRole(roleName, fresh);
          }, answer.retryAfterSeconds * 1000);
        }
      });
  };

  /** A page without a role name (or another screen) must not be compared with the last role read. */
  const forgetSavedRole = () => {
    savedRoleRequest++;
    savedRoleFor = null;
    savedRole = null;
  };

  const readAll = () => {
    if (disposed || !started) return;
    show(readRolePage(screen, deps.vocabulary));
  };

  /**
   * While the Customize dialog the admin opened is on screen, what it shows; a dialog read for
   * another role (the screen moved on) is forgotten.
   */
  const readCustomize = (roleName: string | null): string | null => {
    if (roleName !== customizeRole) {
      customizeReadings = new Map();
      customizeRole = roleName;
    }
    if (!customizeFor) return state.customizeProblem;
    const read = reader.readCustomizeDialog(screen);
    if (read.status === 'read') customizeReadings.set(customizeFor, read.reading);
    if (read.status === 'absent' && customizeReadings.has(customizeFor)) customizeFor = null;
    return read.status === 'unreadable' ? `The Customize dialog could not be read: ${read.reason}` : null;
  };

  const show = (reading: PageReading) => {
    if (reading.status === 'read') {
      if (!reading.roleName) forgetSavedRole();
      else if (reading.roleName !== savedRoleFor) readSavedRole(reading.roleName);
      const customizeProblem = readCustomize(reading.roleName);
      update({
        roleName: reading.roleName,
        diagnosis: reading.diagnosis,
        customizeProblem,
        ...judge(reading.rows, reading.modules, reading.problems),
      });
      return;
    }
    badges.clear();
    const roleName = reading.status === 'unrecognised' ? reading.roleName : null;
    const diagnosis = reading.status === 'unrecognised' ? reading.diagnosis : null;
    const empty = {
      rows: [],
      modules: [],
      problems: [],
      verdict: null,
      applicable: 0,
      byHand: [],
      diagnosis,
    };
    // Until the page has been still for a while, no readable rows means "still loading".
    if (!quiet || reading.status === 'not-role-screen') {
      update({ phase: 'reading', roleName, message: null, ...empty });
      return;
    }
    update({ phase: 'unrecognised', roleName, message: reading.reason, ...empty });
  };

  const rejudge = () => update(judge(state.rows, state.modules, state.problems));

  const restartQuietTimer = () => {
    quiet = false;
    if (quietTimer !== undefined) scheduler.clearTimeout(quietTimer);
    quietTimer = scheduler.setTimeout(() => {
      quietTimer = undefined;
      quiet = true;
      if (state.phase === 'reading') readAll();
    }, SETTLE_MS);
  };

  const onFrame = () => {
    const frameStartedAt = deps.now?.() ?? 0;
    framePending = false;
    if (disposed || (state.phase !== 'read' && state.phase !== 'error')) return;
    const rows = [...state.rows];
    for (const element of dirtyRows) {
      const index = rows.findIndex((row) => row.element === element);
      if (index < 0) {
        // A drop-down outside the rows we know: the page changed under us; read it all again.
        dirtyRows.clear();
        readAll();
        return;
      }
      rows[index] = rereadCells(rows[index]!);
    }
    dirtyRows.clear();
    update(judge(rows, state.modules, state.problems));
    deps.onRecheck?.(firstChangeAt, frameStartedAt);
  };

  /** The row read with this control: a "Mine" or blank box shows no level, yet is one of ours. */
  const readRowOf = (target: EventTarget | null) =>
    state.rows.find((row) => ACTIONS.some((action) => row.cells[action].control === target))?.element;

  const onLevelEvent = (event: Event) => {
    const readRow = readRowOf(event.target);
    if (!readRow && !isLevelControlElement(event.target)) return;
    changedSinceFirstReading = true;
    const row = readRow ?? rowElementOf(event.target as HTMLElement);
    if (row) dirtyRows.add(row);
    if (framePending) return;
    framePending = true;
    firstChangeAt = deps.now?.() ?? 0;
    scheduler.requestAnimationFrame(onFrame);
  };

  const onMutation = () => {
    changedSinceFirstReading = true;
    restartQuietTimer();
    if (mutationTimer !== undefined) return;
    mutationTimer = scheduler.setTimeout(() => {
      mutationTimer = undefined;
      readAll();
    }, MUTATION_DELAY_MS);
  };

  /** A person's click on a row's Customize link: its dialog is read as it opens and changes. */
  const onClick = (event: Event) => {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    const link = event.target.closest('a, button, [role="button"], [role="link"]') ?? event.target;
    if (!reader.isCustomizeLabel(link.textContent)) return;
    const row = state.rows.find((candidate) => candidate.element.contains(link));
    if (!row) return;
    customizeFor = functionKey(row.module, row.function);
    onMutation();
  };

  let watching: ScreenChangeWatch | null = null;
  let clicksOn: Document | null = null;
  const attach = (doc: Document) => {
    watching = watchScreenChanges(doc, { mutation: onMutation, levelEvent: onLevelEvent });
    doc.addEventListener('click', onClick, true);
    clicksOn = doc;
  };
  const detach = () => {
    watching?.stop();
    watching = null;
    clicksOn?.removeEventListener('click', onClick, true);
    clicksOn = null;
  };

  attach(screen);
  restartQuietTimer();
  // The page is read while the preferences load; the verdict waits for both.
  const preferencesLoaded = deps.loadPreferences();
  const firstReading = deps.initialReading?.() ?? readRolePage(screen, deps.vocabulary);
  const catalogueOpened = deps.catalogue.then((opened) => {
    catalogue = opened;
  }, catalogueFailed);
  preferencesLoaded
    .catch(() => state.preferences)
    .then(async (preferences) => {
      await catalogueOpened;
      await catalogue?.load(preferences.profiles).catch(catalogueFailed);
      if (disposed) return;
      started = true;
      state = { ...state, preferences, integrations: catalogue?.integrations ?? [] };
      if (changedSinceFirstReading) readAll();
      else show(firstReading);
    });

  const savePreferences = (preferences: SitePreferences) => {
    update({ preferences, focusedKey: null });
    deps.savePreferences(preferences).catch(() => {
      update({ notice: 'Your choice applies to this page but could not be saved for next time.' });
    });
    if (state.phase !== 'read' && state.phase !== 'error') return;
    if (!catalogue || catalogue.isLoaded(preferences.profiles)) {
      rejudge();
      return;
    }
    // A profile picked for the first time on this page: its data is read from storage first.
    catalogue
      .load(preferences.profiles)
      .catch(catalogueFailed)
      .then(() => {
        if (!disposed && (catalogueProblem || catalogue?.isLoaded(state.preferences.profiles))) rejudge();
      });
  };

  return {
    getState: () => state,
    getScreen: () => screen,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setScreen(doc) {
      if (doc === screen || disposed) return;
      detach();
      badges.clear();
      changedSinceFirstReading = true;
      // Another document may follow a save in ConnectWise: the saved role is read again.
      forgetSavedRole();
      screen = doc;
      attach(screen);
      restartQuietTimer();
      update({ applied: [], notice: null, focusedKey: null });
      readAll();
    },
    setProfiles(profiles) {
      savePreferences({
        ...state.preferences,
        profiles,
        recent: withRecentPicks(state.preferences, profiles),
      });
    },
    setMode(mode) {
      savePreferences({ ...state.preferences, mode });
    },
    setFeatures(features) {
      savePreferences({ ...state.preferences, features });
    },
    nextProblem() {
      const verdict = state.verdict;
      if (!verdict) return;
      const failing = [...verdict.rows.values()].filter((row) => row.status !== 'ok');
      if (failing.length === 0) return;
      const current = failing.findIndex((row) => row.key === state.focusedKey);
      const next = failing[(current + 1) % failing.length]!;
      const row = state.rows.find((candidate) => candidate.key === next.key);
      if (!row) return;
      const action =
        next.findings.find((finding) => finding.status !== 'ok')?.action ?? next.unread[0]?.action;
      row.element.scrollIntoView?.({ block: 'center' });
      if (action) row.cells[action].control.focus({ preventScroll: true });
      badges.focus(row.labelElement);
      update({ focusedKey: next.key });
    },
    apply() {
      if (!state.verdict) return;
      const plan = planApply(state.verdict, state.rows, reader);
      const applied = applyChanges(plan.changes, reader);
      const lost = plan.changes.length - applied.length;
      const byHand = plan.skipped.map(handChangeText);
      update({
        applied: [...state.applied, ...applied],
        notice:
          `Set ${applied.length} drop-down${applied.length === 1 ? '' : 's'}; review and save the role in ConnectWise.` +
          (lost > 0 ? ` ${lost} left the page before they could be set.` : '') +
          (byHand.length > 0 ? ` Change by hand: ${byHand.join('; ')}.` : ''),
      });
    },
    undo() {
      const { undone, failed } = undoChanges(state.applied, reader);
      update({
        applied: [],
        notice:
          `Put back ${undone.length} drop-down${undone.length === 1 ? '' : 's'}.` +
          (failed.length > 0 ? ` ${failed.length} are no longer on the page and could not be put back.` : ''),
      });
    },
    refreshServer() {
      if (!state.roleName || (state.phase !== 'read' && state.phase !== 'error')) return;
      readSavedRole(state.roleName, true);
      update({ server: compareWithServer(savedRole, state.rows, reader) });
    },
    dispose() {
      disposed = true;
      detach();
      if (quietTimer !== undefined) scheduler.clearTimeout(quietTimer);
      if (mutationTimer !== undefined) scheduler.clearTimeout(mutationTimer);
      badges.clear();
      listeners.clear();
    },
  };
}

/** What the checker shows before it has read anything. */
export function initialCheckerState(): CheckerState {
  return {
    phase: 'starting',
    integrations: [],
    roleName: null,
    message: null,
    rows: [],
    modules: [],
    problems: [],
    verdict: null,
    preferences: { profiles: [], mode: 'minimum' },
    applicable: 0,
    byHand: [],
    diagnosis: null,
    applied: [],
    notice: null,
    focusedKey: null,
    server: NOTHING_COMPARED,
    customizeProblem: null,
  };
}
