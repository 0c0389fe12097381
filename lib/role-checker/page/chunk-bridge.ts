import { browser } from 'wxt/browser';
import { definePageChunk, loadPageChunk, pageChunkUrl, publishPageChunk } from '../../extension/page-chunk';
import { CW_MANAGE_MATCHES } from '../../hosts';
import type { CheckerScheduler, RoleChecker } from './checker';
import type { EarlyScan } from './early-scan';
import type { RoleReader } from './reader-api';

/**
 * The role checker is two scripts beside the content script, loaded only once a role screen is
 * found: WXT bundles a content script into one file, so this is how every other ConnectWise page
 * avoids paying for them.
 * - `role-checker.js` (entrypoints/role-checker/): the page reader, the audit engine and the
 *   badges. All the first verdict needs, so it is the only script the verdict waits for.
 * - `role-checker-panel.js` (entrypoints/role-checker-panel/): the panel in the overlay (Preact
 *   and its components), asked for once the first verdict is on the page.
 * The content script imports each as a module from the extension (web-accessible resources on
 * ConnectWise hosts); a module runs in the content script's own isolated world and hands its
 * entry point over through a registry on that world's global object, which the page cannot see.
 */

/** The built file of entrypoints/role-checker/ (see web_accessible_resources in wxt.config.ts). */
export const ROLE_CHECKER_SCRIPT = '/role-checker.js';
/** The built file of entrypoints/role-checker-panel/. */
export const ROLE_CHECKER_PANEL_SCRIPT = '/role-checker-panel.js';

/**
 * A User Timing measure from the content script's start to the checker's first result (a
 * verdict, or a final "cannot read" state); the benchmark reads it from the page.
 */
export const FIRST_RESULT_MEASURE = 'mpc:role-checker:first-result';
/** User Timing marks on the way to the first result: the screen found, the checker script loaded. */
export const SCREEN_FOUND_MARK = 'mpc:role-checker:screen-found';
export const SCRIPT_LOADED_MARK = 'mpc:role-checker:script-loaded';
/** A User Timing measure of the first reading of the rows (from the content script's scan), as the checker starts. */
export const EARLY_READING_MEASURE = 'mpc:role-checker:early-reading';
/** User Timing measures of the latest re-check: from the level change, and from its frame's start. */
export const RECHECK_MEASURE = 'mpc:role-checker:recheck';
export const RECHECK_WORK_MEASURE = 'mpc:role-checker:recheck-work';

export interface RoleCheckerStartOptions {
  /** The document that shows the role screen: the top one or a same-origin frame's. */
  screen: Document;
  /** The content script's scan of the screen (its heading and level controls), if it took one. */
  scan: EarlyScan | null;
  /** Where preferences are remembered: the ConnectWise site's host. */
  site: string;
  /** The site's stored preferences, requested while this script loaded (unvalidated). */
  storedPreferences: Promise<unknown>;
  /**
   * The content script's read of the stored Manage catalogue, started with the preferences'
   * (catalogue-item.ts `readStoredCatalogue`; unvalidated).
   */
  storedCatalogue: Promise<Record<string, unknown>>;
  /**
   * Asks for the organization's preselected integrations (`requestCheckerDefaults`; the reply
   * unvalidated). Called only for a site with no preferences of its own.
   */
  checkerDefaults(): Promise<unknown>;
  scheduler: CheckerScheduler;
  onFirstResult?(): void;
}

/**
 * A running check of the role screen. The badges in the page live as long as the session; the
 * panel script renders its checker into the overlay when (and while) the overlay shows it.
 */
export interface RoleCheckerSession {
  checker: RoleChecker;
  /** The page reader the checker reads and sets the page with (the panel's snapshot uses it too). */
  reader: RoleReader;
  setScreen(screen: Document): void;
  stop(): void;
}

export interface RoleCheckerChunk {
  start(options: RoleCheckerStartOptions): RoleCheckerSession;
}

export interface RoleCheckerPanelChunk {
  /** Renders the session's panel into `container`; returns a function that removes it. */
  render(container: HTMLElement, session: RoleCheckerSession): () => void;
}

const roleCheckerChunk = definePageChunk<RoleCheckerChunk>(ROLE_CHECKER_SCRIPT.slice(1), CW_MANAGE_MATCHES);

/** Called by the chunk when it has loaded. */
export const publishRoleCheckerChunk = (chunk: RoleCheckerChunk) => publishPageChunk(roleCheckerChunk, chunk);

/** The checker script's address for a page: the plain one on cloud hosts (see page-chunk.ts). */
export const roleCheckerScriptUrl = (pageUrl: string) => pageChunkUrl(roleCheckerChunk, pageUrl);

/** Loads the checker once per page; a failed load may be tried again. */
export const loadRoleCheckerChunk = (pageUrl: string, importModule?: (url: string) => Promise<unknown>) =>
  loadPageChunk(roleCheckerChunk, pageUrl, importModule);

/**
 * Asks the background for the organization's preselected integrations (the `roleCheckerDefaults`
 * command). Only a site without preferences of its own needs them, so the checker asks only then:
 * a role page of a site the admin has set up costs the service worker nothing. Sent as a bare
 * message: the command's schemas live in the checker script, which checks the reply
 * (page-requests.ts).
 */
export function requestCheckerDefaults(): Promise<unknown> {
  return browser.runtime.sendMessage({ command: 'roleCheckerDefaults', payload: {} });
}

const roleCheckerPanelChunk = definePageChunk<RoleCheckerPanelChunk>(
  ROLE_CHECKER_PANEL_SCRIPT.slice(1),
  CW_MANAGE_MATCHES,
);

/** Called by the panel script when it has loaded. */
export const publishRoleCheckerPanelChunk = (panel: RoleCheckerPanelChunk) =>
  publishPageChunk(roleCheckerPanelChunk, panel);

/** Loads the panel once per page (after the first verdict); a failed load may be tried again. */
export const loadRoleCheckerPanelChunk = (
  pageUrl: string,
  importModule?: (url: string) => Promise<unknown>,
) => loadPageChunk(roleCheckerPanelChunk, pageUrl, importModule);
