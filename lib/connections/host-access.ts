/**
 * On-premise servers: the host permission the user granted for each one, and our content scripts
 * registered at run time for those origins (cloud hosts are in the manifest). Background only.
 *
 * The registered origins are also the origins whose pages the messaging layer trusts as our
 * content scripts, so `contentScriptMatches()` is kept in memory for the router's synchronous
 * sender check and refreshed after every change.
 */
import { THREATLOCKER_PORTAL_MATCHES } from '../hosts';
import type { VendorId } from '../vendor-ids';

/** Content-script files per vendor, as WXT builds them (entrypoints/<name>.content). */
export const ON_PREM_CONTENT_SCRIPTS: Partial<Record<VendorId, { js: string[] }>> = {
  'cw-manage': { js: ['content-scripts/cw-manage.js'] },
  // No Automate content script exists yet; its server only needs the permission for API calls.
};

const SCRIPT_ID_PREFIX = 'onprem-';

/**
 * Opt-in page features on hosts the extension is not granted at install (Options › Connections ›
 * Readiness): each script is registered while the user grants all its hosts, and unregistered
 * once any is taken back (in our options or the browser's own settings).
 */
export const OPT_IN_PAGE_SCRIPTS = [
  {
    id: 'optin-threatlocker-portal',
    matches: [...THREATLOCKER_PORTAL_MATCHES],
    js: ['content-scripts/threatlocker-portal.js'],
  },
] as const;

const OWN_SCRIPT = (id: string) => id.startsWith(SCRIPT_ID_PREFIX) || id.startsWith('optin-');

export interface RegisteredScript {
  id: string;
  matches?: string[];
}

export interface ScriptingLike {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(
    scripts: {
      id: string;
      matches: string[];
      js: string[];
      runAt: 'document_idle';
      persistAcrossSessions: boolean;
    }[],
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

export interface PermissionsLike {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export interface OnPremHost {
  vendor: VendorId;
  /** `https://host[:port]`. */
  origin: string;
}

/** The match pattern for an origin. Chrome patterns carry no port, so any port of the host matches. */
export function originPattern(origin: string): string {
  return `https://${new URL(origin).hostname}/*`;
}

function scriptId(vendor: VendorId, origin: string): string {
  return `${SCRIPT_ID_PREFIX}${vendor}-${new URL(origin).hostname}`;
}

export function createHostAccess(deps: { permissions: PermissionsLike; scripting: ScriptingLike }) {
  let matches: readonly { vendor: VendorId; pattern: string }[] = [];
  let optInsActive: readonly string[] = [];
  let queue: Promise<void> = Promise.resolve();

  async function isGranted(origin: string): Promise<boolean> {
    return deps.permissions.contains({ origins: [originPattern(origin)] });
  }

  async function reconcileNow(hosts: readonly OnPremHost[]): Promise<void> {
    const wanted = new Map<string, { id: string; matches: string[]; js: string[]; vendor: VendorId }>();
    for (const host of hosts) {
      const files = ON_PREM_CONTENT_SCRIPTS[host.vendor];
      if (!files || !(await isGranted(host.origin))) continue;
      const id = scriptId(host.vendor, host.origin);
      wanted.set(id, { id, matches: [originPattern(host.origin)], js: files.js, vendor: host.vendor });
    }
    const optIns: { id: string; matches: string[]; js: string[] }[] = [];
    for (const script of OPT_IN_PAGE_SCRIPTS) {
      if (await deps.permissions.contains({ origins: [...script.matches] })) {
        optIns.push({ id: script.id, matches: [...script.matches], js: [...script.js] });
      }
    }
    const wantedIds = new Set([...wanted.keys(), ...optIns.map((script) => script.id)]);
    const registered = (await deps.scripting.getRegisteredContentScripts()).filter((script) =>
      OWN_SCRIPT(script.id),
    );
    const stale = registered.filter((script) => !wantedIds.has(script.id)).map((script) => script.id);
    if (stale.length) await deps.scripting.unregisterContentScripts({ ids: stale });
    const present = new Set(registered.map((script) => script.id));
    const missing = [...wanted.values(), ...optIns].filter((script) => !present.has(script.id));
    if (missing.length) {
      await deps.scripting.registerContentScripts(
        missing.map((script) => ({
          id: script.id,
          matches: script.matches,
          js: script.js,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        })),
      );
    }
    optInsActive = optIns.flatMap((script) => script.matches);
    matches = [...wanted.values()].flatMap((script) =>
      script.matches.map((pattern) => ({ vendor: script.vendor, pattern })),
    );
  }

  return {
    isGranted,

    /** Patterns of the opt-in page scripts registered now (their hosts granted). */
    optInMatches: (): readonly string[] => optInsActive,

    /** Patterns of the on-premise origins our content scripts are registered for, of one vendor. */
    contentScriptMatches: (vendor: VendorId): readonly string[] =>
      matches.filter((match) => match.vendor === vendor).map((match) => match.pattern),

    /**
     * Makes the registered content scripts match the saved on-premise servers whose permission is
     * granted: registers what is missing, unregisters the rest (removed connections, revoked hosts).
     */
    async reconcile(hosts: readonly OnPremHost[]): Promise<void> {
      // Reads (permissions, registered scripts) then writes: two reconciles at once (a worker
      // start and a permission event) would both register what is missing, and the second fails.
      const run = queue.then(() => reconcileNow(hosts));
      queue = run.catch(() => undefined);
      return run;
    },

    /** Gives the permission back when no saved connection uses the origin any more. */
    async release(origin: string, stillUsed: readonly OnPremHost[]): Promise<void> {
      const pattern = originPattern(origin);
      if (stillUsed.some((host) => originPattern(host.origin) === pattern)) return;
      if (await deps.permissions.contains({ origins: [pattern] })) {
        await deps.permissions.remove({ origins: [pattern] });
      }
    },
  };
}

export type HostAccess = ReturnType<typeof createHostAccess>;
