import type { SavedRole } from '../page-commands';
import type { ManageRoleReader } from './api-audit';
import type { RoleAuditDeps } from './deps';
import { readSavedRole } from './saved-role';

/**
 * Runs in: the background. `readSavedRole` is the one command through which a vendor page makes
 * the background call ConnectWise with the API member's key, and a page script can change the
 * role name in its DOM as often as it likes. So per site: answers are kept a short while per
 * role, one read is in flight, at most a few reads start per minute (beyond that the overlay is
 * told to wait), and the connection's client is built once and reused until the vault locks or a
 * connection is removed.
 */

export const SAVED_ROLE_LIMITS = {
  /** How long an answer for one (site, role) is given again without asking ConnectWise. */
  cacheMs: 60_000,
  /** Reads that may start per site within `windowMs`. */
  readsPerWindow: 6,
  windowMs: 60_000,
  /** A reused client is rebuilt after this, so an edited connection is picked up. */
  readerMs: 5 * 60_000,
  /** What "wait" means while another role of the site is being read. */
  busyRetrySeconds: 2,
} as const;

type Deps = Pick<RoleAuditDeps, 'manageConnectionsAt' | 'manageReader' | 'onForgetCredentials'>;

export function createSavedRoleReads(deps: Deps, options: { now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const answers = new Map<string, { at: number; answer: SavedRole }>();
  const inFlight = new Map<string, { key: string; answer: Promise<SavedRole> }>();
  const started = new Map<string, number[]>();
  const readers = new Map<string, { at: number; reader: Promise<ManageRoleReader> }>();

  deps.onForgetCredentials?.(() => {
    readers.clear();
    answers.clear();
  });

  function reader(connectionId: string): Promise<ManageRoleReader> {
    const kept = readers.get(connectionId);
    if (kept && now() - kept.at < SAVED_ROLE_LIMITS.readerMs) return kept.reader;
    const made = deps.manageReader(connectionId);
    readers.set(connectionId, { at: now(), reader: made });
    made.catch(() => readers.delete(connectionId));
    return made;
  }

  async function waiting(site: string, seconds: number): Promise<SavedRole> {
    const [connection] = await deps.manageConnectionsAt(site);
    if (!connection) return { status: 'no-connection' };
    return { status: 'waiting', connectionName: connection.label, retryAfterSeconds: Math.max(1, seconds) };
  }

  return {
    /** `fresh`: a person asked to re-read; the cache is skipped, the other limits hold. */
    async read(site: string | null, roleName: string, options: { fresh?: boolean } = {}): Promise<SavedRole> {
      if (!site) return { status: 'no-connection' };
      const key = `${site}\n${roleName.trim().toLowerCase()}`;
      const cached = answers.get(key);
      if (!options.fresh && cached && now() - cached.at < SAVED_ROLE_LIMITS.cacheMs) return cached.answer;
      const running = inFlight.get(site);
      if (running) {
        return running.key === key ? running.answer : waiting(site, SAVED_ROLE_LIMITS.busyRetrySeconds);
      }
      const recent = (started.get(site) ?? []).filter((at) => now() - at < SAVED_ROLE_LIMITS.windowMs);
      if (recent.length >= SAVED_ROLE_LIMITS.readsPerWindow) {
        const freeAt = (recent[0] ?? now()) + SAVED_ROLE_LIMITS.windowMs;
        return waiting(site, Math.ceil((freeAt - now()) / 1000));
      }
      started.set(site, [...recent, now()]);
      const answer = readSavedRole(
        { manageConnectionsAt: deps.manageConnectionsAt, manageReader: reader },
        site,
        roleName,
      );
      inFlight.set(site, { key, answer });
      try {
        const settled = await answer;
        // A failure is not kept: after an unlock or a fixed connection the next read should try.
        if (settled.status !== 'failed') answers.set(key, { at: now(), answer: settled });
        return settled;
      } finally {
        if (inFlight.get(site)?.answer === answer) inFlight.delete(site);
      }
    },
  };
}
