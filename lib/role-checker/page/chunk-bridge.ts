import { browser } from 'wxt/browser';
import { CW_MANAGE_MATCHES, matchesAny } from '../../hosts';
import type { CheckerScheduler } from './checker';
import type { PageReading } from './page-adapter';

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
/** User Timing measures of the latest re-check: from the level change, and from its frame's start. */
export const RECHECK_MEASURE = 'mpc:role-checker:recheck';
export const RECHECK_WORK_MEASURE = 'mpc:role-checker:recheck-work';

const REGISTRY = Symbol.for('msp-portal-companion/role-checker');

export interface RoleCheckerStartOptions {
  /** The document that shows the role screen: the top one or a same-origin frame's. */
  screen: Document;
  /** Where preferences are remembered: the ConnectWise site's host. */
  site: string;
  /** The site's stored preferences, requested while this script loaded (unvalidated). */
  storedPreferences: Promise<unknown>;
  /** The reply to `requestCheckerDefaults`, sent while this script loaded (unvalidated). */
  checkerDefaults: Promise<unknown>;
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

type Registry = { [REGISTRY]?: RoleCheckerChunk };

/** Called by the chunk when it has loaded. */
export function publishRoleCheckerChunk(chunk: RoleCheckerChunk): void {
  (globalThis as Registry)[REGISTRY] = chunk;
}

// WXT types getURL from its generated .wxt/ declarations, which this project's tsconfig leaves
// out (so that WXT's auto-import globals stay unavailable); the runtime calls are the same.
const runtime = () => browser.runtime as unknown as { id: string; getURL(path: string): string };

/**
 * The checker script's address for a page. The manifest lists the script twice: for the cloud
 * hosts at its plain address, and for any granted on-premise host at Chromium's per-session
 * `use_dynamic_url` address (so other sites cannot probe for the extension), which is what
 * getURL returns. Importing from the per-session address measured ~45 ms slower on the bench,
 * so cloud pages use the plain one. Firefox has a single address; it is left as it is.
 */
export function roleCheckerScriptUrl(pageUrl: string): string {
  const url = runtime().getURL(ROLE_CHECKER_SCRIPT);
  if (!matchesAny(pageUrl, CW_MANAGE_MATCHES)) return url;
  return url.replace(/^chrome-extension:\/\/[^/]+\//, `chrome-extension://${runtime().id}/`);
}

/**
 * Asks the background for the organization's preselected integrations (the `roleCheckerDefaults`
 * command) while the checker script loads. Sent as a bare message: the command's schemas live in
 * the checker script, which checks the reply (page-requests.ts).
 */
export function requestCheckerDefaults(): Promise<unknown> {
  const reply = browser.runtime.sendMessage({ command: 'roleCheckerDefaults', payload: {} });
  // A site with stored preferences never reads the reply: its failure is nobody's error.
  reply.catch(() => {});
  return reply;
}

let loading: Promise<RoleCheckerChunk> | null = null;

/** Loads the chunk once per page; a failed load may be tried again. */
export function loadRoleCheckerChunk(
  pageUrl: string,
  importModule: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url),
): Promise<RoleCheckerChunk> {
  loading ??= importModule(roleCheckerScriptUrl(pageUrl)).then(() => {
    const chunk = (globalThis as Registry)[REGISTRY];
    if (!chunk) throw new Error('The role checker script loaded but did not register itself.');
    return chunk;
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
