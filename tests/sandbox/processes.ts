/**
 * What the sandbox starts, it stops: every resource registers its own cleanup, and Ctrl-C,
 * SIGTERM, the browser closing or the tour ending run them all once, newest first. Temporary
 * profiles carry the sandbox's process id in their name, so a run killed too hard to clean up
 * (SIGKILL) has its profile removed by the next run.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PROFILE_PREFIX = 'mpc-sandbox-';

export class Cleanup {
  private readonly tasks: { label: string; run: () => Promise<void> | void }[] = [];
  private done: Promise<void> | null = null;

  add(label: string, run: () => Promise<void> | void): void {
    this.tasks.push({ label, run });
  }

  /** Runs every task once, newest first; a failing task is reported and the rest still run. */
  run(): Promise<void> {
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

/** Stops everything and exits with `code` on Ctrl-C (130) or SIGTERM (143). */
export function exitOnSignals(cleanup: Cleanup): void {
  const stop = (code: number) => {
    console.log('\nSandbox: stopping…');
    void cleanup.run().then(() => process.exit(code));
  };
  process.once('SIGINT', () => stop(130));
  process.once('SIGTERM', () => stop(143));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
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

/** A fresh browser profile, removed by `cleanup`. */
export function temporaryProfile(cleanup: Cleanup, dir: string = tmpdir()): string {
  const profileDir = mkdtempSync(path.join(dir, `${PROFILE_PREFIX}${process.pid}-`));
  cleanup.add('remove the temporary profile', () => rmSync(profileDir, { recursive: true, force: true }));
  return profileDir;
}
