import { browser } from 'wxt/browser';
import { definePageChunk, loadPageChunk, pageChunkUrl, publishPageChunk } from '../../extension/page-chunk';
import { CW_MANAGE_MATCHES } from '../../hosts';
import type { CheckerScheduler } from './checker';
import type { PageReading } from './page-adapter';
import type { RoleReader } from './reader-api';

/**
 * The role checker's UI, catalogue and audit engine are a separate script (the
 * `role-checker` unlisted entrypoint), loaded only once a role screen is found: WXT bundles a
 * content script into one file, so this is how every other ConnectWise page avoids paying for
 * them. The content script imports the script as a module from the extension (it is a
 * web-accessible resource on ConnectWise hosts); the module runs in the content script's own
 * isolated world and hands its entry point over through a registry on that world's global
 * object, which the page cannot see.
 */

/** The built file of entrypoints/role-checker/ (see web_accessible_resources in wxt.config.ts). */
export const ROLE_CHECKER_SCRIPT = '/role-checker.js';

/**
 * A User Timing measure from the content script's start to the checker's first result (a
 * verdict, or a final "cannot read" state); the benchmark reads it from the page.
 */
export const FIRST_RESULT_MEASURE = 'mpc:role-checker:first-result';
/** User Timing marks on the way to the first result: the screen found, the checker script loaded. */
export const SCREEN_FOUND_MARK = 'mpc:role-checker:screen-found';
export const SCRIPT_LOADED_MARK = 'mpc:role-checker:script-loaded';
/** A User Timing measure of the early reading (the reader script's read of the rows, on arrival). */
export const EARLY_READING_MEASURE = 'mpc:role-checker:early-reading';
/** User Timing measures of the latest re-check: from the level change, and from its frame's start. */
export const RECHECK_MEASURE = 'mpc:role-checker:recheck';
export const RECHECK_WORK_MEASURE = 'mpc:role-checker:recheck-work';

export interface RoleCheckerStartOptions {
  /** The document that shows the role screen: the top one or a same-origin frame's. */
  screen: Document;
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
  /** The page reader (the role-reader script, loaded before this one): the checker reads the page with it. */
  reader: RoleReader;
  /** The reading the content script took while this script loaded, if the screen did not change since. */
  earlyReading?(): PageReading | null;
  scheduler: CheckerScheduler;
  onFirstResult?(): void;
}

/**
 * A running check of the role screen. The badges in the page live as long as the session; the
 * panel is rendered into the overlay when (and while) the overlay shows it.
 */
export interface RoleCheckerSession {
  setScreen(screen: Document): void;
  /** Renders the panel into `container`; returns a function that removes it. */
  renderInto(container: HTMLElement): () => void;
  stop(): void;
}

export interface RoleCheckerChunk {
  start(options: RoleCheckerStartOptions): RoleCheckerSession;
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

/** The page reader's script (entrypoints/role-reader/): the early reading, and the reader the checker uses. */
const roleReaderChunk = definePageChunk<RoleReader>('role-reader.js', CW_MANAGE_MATCHES);

/** Called by the reader script when it has loaded. */
export const publishRoleReaderChunk = (reader: RoleReader) => publishPageChunk(roleReaderChunk, reader);

/** Loads the reader once per page, while the checker loads. */
export const loadRoleReaderChunk = (pageUrl: string) => loadPageChunk(roleReaderChunk, pageUrl);
