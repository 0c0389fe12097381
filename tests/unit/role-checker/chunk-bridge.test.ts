import { describe, expect, it, vi } from 'vitest';
import {
  loadRoleCheckerChunk,
  publishRoleCheckerChunk,
  type RoleCheckerChunk,
} from '@/lib/role-checker/chunk-bridge';

describe('loading the checker script', () => {
  it('retries after a failed load, then hands over what the script registered, loading it once', async () => {
    const chunk: RoleCheckerChunk = { start: vi.fn() };
    const failing = vi.fn(async () => {
      throw new Error('blocked');
    });
    await expect(loadRoleCheckerChunk(failing)).rejects.toThrow('blocked');

    const importModule = vi.fn(async (url: string) => {
      expect(url).toMatch(/\/role-checker\.js$/);
      publishRoleCheckerChunk(chunk);
    });
    await expect(loadRoleCheckerChunk(importModule)).resolves.toBe(chunk);
    await expect(loadRoleCheckerChunk(importModule)).resolves.toBe(chunk);
    expect(importModule).toHaveBeenCalledTimes(1);
  });
});
