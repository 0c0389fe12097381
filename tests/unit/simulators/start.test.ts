import { describe, expect, it } from 'vitest';
import { discoverSimulators } from '../../simulators/discover';
import { startSimulators, stopSimulators } from '../../simulators/start';

describe('standalone simulators', () => {
  it('finds every simulator folder that exports a definition', async () => {
    const names = (await discoverSimulators()).map((definition) => definition.name);
    expect(names).toEqual(expect.arrayContaining(['cw-rmm', 'watchguard']));
    expect(names).not.toContain('core');
  });

  it('starts the chosen simulators at the requested size and describes where to connect', async () => {
    const running = await startSimulators(await discoverSimulators(), { only: ['cw-rmm'], size: 3, seed: 4 });
    try {
      expect(running.map((entry) => entry.definition.name)).toEqual(['cw-rmm']);
      const [{ server, description }] = running as [(typeof running)[number]];
      expect(description).toContain(`Server URL:    ${server.url}`);
      expect(description).toContain('3 companies');
      const answer = await fetch(`${server.url}/api/platform/v1/company/companies`);
      expect(answer.status).toBe(401);
    } finally {
      await stopSimulators(running);
    }
  });

  it('refuses an unknown simulator name and lists the available ones', async () => {
    await expect(startSimulators(await discoverSimulators(), { only: ['nope'] })).rejects.toThrow(
      /Unknown simulator nope; available: .*watchguard/,
    );
  });
});
