import { describe, expect, it } from 'vitest';
import { createDemoMappingSource, DEMO_CONNECTIONS, LARGE_DEMO_SIZE } from '@/lib/mapping/demo-source';
import { viewQuerySchema } from '@/lib/mapping/schemas';
import { createMappingService } from '@/lib/mapping/service';
import { createMemoryStorageArea } from '@/lib/regions/store';

const service = () =>
  createMappingService({ ...createDemoMappingSource(), settingsArea: createMemoryStorageArea() });

describe('demo mapping source', () => {
  it('labels every connection as demo data', async () => {
    const connections = await service().connections();
    expect(connections).toHaveLength(4);
    expect(connections.every((connection) => connection.demo && connection.label.startsWith('Demo'))).toBe(
      true,
    );
  });

  it('shows every case of the screen in the small pair', async () => {
    const pair = {
      leftConnectionId: DEMO_CONNECTIONS.accounts,
      rightConnectionId: DEMO_CONNECTIONS.companies,
    };
    const { page } = await service().view(pair, viewQuerySchema.parse({}), false);
    expect(page.counts.mapped).toBeGreaterThan(0);
    expect(page.counts.suggested).toBeGreaterThan(5);
    expect(page.counts.conflicts).toBeGreaterThan(1);
    expect(page.counts.unmapped).toBeGreaterThan(0);
    expect(page.counts.removed).toBe(2);
    expect(page.bulkEligible).toBeGreaterThan(3);
    expect(page.bulkEligible).toBeLessThan(page.counts.suggested);
  });

  it('builds the large pair on first use, with unique names on the left', async () => {
    const source = createDemoMappingSource();
    const accounts = await source.store.entities(DEMO_CONNECTIONS.largeAccounts);
    expect(accounts).toHaveLength(LARGE_DEMO_SIZE);
    expect(new Set(accounts.map((entity) => entity.normalisedName)).size).toBe(LARGE_DEMO_SIZE);
    expect(await source.store.entities(DEMO_CONNECTIONS.largeCompanies)).toHaveLength(LARGE_DEMO_SIZE);
  });
});
