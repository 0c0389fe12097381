import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadRoleCheckerChunk,
  publishRoleCheckerChunk,
  type RoleCheckerChunk,
  roleCheckerScriptUrl,
} from '@/lib/role-checker/page/chunk-bridge';

const PAGE = 'https://na.myconnectwise.net/v4_6_release/';

describe('loading the checker script', () => {
  it('retries after a failed load, then hands over what the script registered, loading it once', async () => {
    const chunk: RoleCheckerChunk = { start: vi.fn() };
    const failing = vi.fn(async () => {
      throw new Error('blocked');
    });
    await expect(loadRoleCheckerChunk(PAGE, failing)).rejects.toThrow('blocked');

    const importModule = vi.fn(async (url: string) => {
      expect(url).toMatch(/\/role-checker\.js$/);
      publishRoleCheckerChunk(chunk);
    });
    await expect(loadRoleCheckerChunk(PAGE, importModule)).resolves.toBe(chunk);
    await expect(loadRoleCheckerChunk(PAGE, importModule)).resolves.toBe(chunk);
    expect(importModule).toHaveBeenCalledTimes(1);
  });
});

describe("the checker script's address", () => {
  it('is the plain one on cloud hosts and the per-session one elsewhere', () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
      (path: string) => `chrome-extension://per-session-id${path}`,
    );
    expect(roleCheckerScriptUrl(PAGE)).toBe(`chrome-extension://${fakeBrowser.runtime.id}/role-checker.js`);
    expect(roleCheckerScriptUrl('https://manage.example-msp.test/v4_6_release/')).toBe(
      'chrome-extension://per-session-id/role-checker.js',
    );
  });

  it('is left as it is where the browser has one address (Firefox)', () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
      (path: string) => `moz-extension://uuid${path}`,
    );
    expect(roleCheckerScriptUrl(PAGE)).toBe('moz-extension://uuid/role-checker.js');
  });
});
