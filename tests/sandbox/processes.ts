/**
 * What the sandbox starts, it stops: every resource registers its own cleanup, and Ctrl-C,
 * SIGTERM, the browser closing or the tour ending run them all once, newest first. Temporary
 * profiles carry the sandbox's process id in their name, so a run killed too hard to clean up
 * (SIGKILL) has its profile removed by the next run.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isRunning } from '../e2e/support/process-alive';

export const PROFILE_PREFIX = 'mpc-sandbox-';

export class Cleanup {
  private readonly tasks: { label: string; run: () => Promise<void> | void }[] = [];
  private done: Promise<void> | null = null;
  private readonly stopping = new AbortController();

  /** Aborted as soon as cleanup starts: long work (the tour) checks it and stops early. */
  get signal(): AbortSignal {
    return this.stopping.signal;
  }

  add(label: string, run: () => Promise<void> | void): void {
    this.tasks.push({ label, run });
  }

  /** Runs every task once, newest first; a failing task is reported and the rest still run. */
  run(): Promise<void> {
    this.stopping.abort();
    this.done ??= (async () => {
      for (const task of this.tasks.reverse()) {
        try {
          await task.run();
        } catch (error) {
          console.error(
            `Sandbox: could not ${task.label}: ${error instanceof Error ? error.message : error}`,
          );
        }
      }
    })();
    return this.done;
  }
}

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
/** Past this, a cleanup that hangs no longer keeps the process alive. */
const CLEANUP_DEADLINE_MS = 15_000;

/**
 * Makes Ctrl-C, SIGTERM and SIGHUP run `cleanup`, then exit. Call it again after launching the
 * browser: Playwright adds its own handlers then, which close the browser and exit the process
 * before our cleanup is done; they are replaced by ours (tsx's hidden signal relay stays).
 */
export function handleSignals(cleanup: Cleanup): void {
  for (const [signal, code] of Object.entries(EXIT_CODES)) {
    for (const listener of process.listeners(signal as NodeJS.Signals)) process.off(signal, listener);
    process.on(signal, () => {
      // One Ctrl-C arrives twice (from the terminal and relayed by tsx): stop once.
      if (cleanup.signal.aborted) return;
      console.log('\nSandbox: stopping…');
      setTimeout(() => process.exit(code), CLEANUP_DEADLINE_MS).unref();
      void cleanup.run().then(() => process.exit(code));
    });
  }
}

/** Removes profiles left by sandbox runs that no longer exist. Returns how many. */
export function removeStaleProfiles(dir: string = tmpdir()): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const pid = Number(new RegExp(`^${PROFILE_PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    rmSync(path.join(dir, name), { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}

/** Ids of the processes whose command line mentions `text` (Linux /proc; empty elsewhere). */
function processesMentioning(text: string): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc').flatMap((entry) => {
    const pid = Number(entry);
    if (!pid || pid === process.pid) return [];
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text) ? [pid] : [];
    } catch {
      return []; // Gone meanwhile.
    }
  });
}

/**
 * Waits until no process uses `profileDir`: the browser's helper processes (network service,
 * renderers) outlive its main process by a moment and still write to the profile.
 */
export async function waitForProfileRelease(profileDir: string, timeoutMs = 5_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (processesMentioning(profileDir).length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `Chromium processes still use ${profileDir}: ${processesMentioning(profileDir).join(', ')}`,
  );
}

/** A fresh browser profile, removed by `cleanup` or, at the latest, when the process exits. */
export function temporaryProfile(cleanup: Cleanup, dir: string = tmpdir()): string {
  const profileDir = mkdtempSync(path.join(dir, `${PROFILE_PREFIX}${process.pid}-`));
  const remove = () => rmSync(profileDir, { recursive: true, force: true });
  cleanup.add('remove the temporary profile', remove);
  // Should anything call process.exit before the cleanup ran, the exit hook still tries.
  process.once('exit', () => {
    try {
      remove();
    } catch {
      console.error(`Sandbox: ${profileDir} is left behind; the next run removes it.`);
    }
  });
  return profileDir;
}
