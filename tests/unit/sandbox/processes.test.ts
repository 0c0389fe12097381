import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Cleanup, PROFILE_PREFIX, removeStaleProfiles } from '../../sandbox/processes';

describe('Cleanup', () => {
  it('runs every task once, newest first, and aborts its signal when it starts', async () => {
    const cleanup = new Cleanup();
    const order: string[] = [];
    cleanup.add('stop the server', () => {
      order.push('server');
    });
    cleanup.add('close the browser', async () => {
      expect(cleanup.signal.aborted).toBe(true);
      order.push('browser');
    });
    await Promise.all([cleanup.run(), cleanup.run()]);
    await cleanup.run();
    expect(order).toEqual(['browser', 'server']);
  });

  it('goes on after a task fails, and says which one', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const cleanup = new Cleanup();
    const ran: string[] = [];
    cleanup.add('remove the profile', () => {
      ran.push('profile');
    });
    cleanup.add('close Chromium', () => {
      throw new Error('already closed');
    });
    await cleanup.run();
    expect(ran).toEqual(['profile']);
    expect(error).toHaveBeenCalledWith('Sandbox: could not close Chromium: already closed');
  });
});

describe('removeStaleProfiles', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('removes profiles of runs that are gone, keeps live runs’ and anything else', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sandbox-profiles-test-'));
    // Process ids above the kernel's pid_max (4,194,304) cannot be running.
    const gone = path.join(dir, `${PROFILE_PREFIX}4999999-abc`);
    const live = path.join(dir, `${PROFILE_PREFIX}${process.ppid}-def`);
    const own = path.join(dir, `${PROFILE_PREFIX}${process.pid}-ghi`);
    const other = path.join(dir, 'mpc-profile-xyz');
    for (const folder of [gone, live, own, other])
      mkdirSync(path.join(folder, 'Default'), { recursive: true });

    expect(removeStaleProfiles(dir)).toBe(1);
    expect(existsSync(gone)).toBe(false);
    expect([live, own, other].every((folder) => existsSync(folder))).toBe(true);
  });
});
