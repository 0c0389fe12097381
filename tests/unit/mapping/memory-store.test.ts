import { describe, expect, it } from 'vitest';
import { MemoryMappingStore } from '@/lib/mapping/memory-store';
import { left, right } from './fixtures';
import { describeMappingStoreContract } from './store-contract';

describeMappingStoreContract('MemoryMappingStore', async (seed) => new MemoryMappingStore(seed));

describe('MemoryMappingStore', () => {
  it('loads a connection’s entities lazily, once, and lists connections that have some', async () => {
    const loads: string[] = [];
    const store = new MemoryMappingStore({
      entities: [left('a1', 'Acme')],
      loadEntities: (connectionId) => {
        loads.push(connectionId);
        return connectionId === 'rmm' ? [right('c1', 'Acme')] : undefined;
      },
    });
    expect(await store.entities('rmm')).toHaveLength(1);
    expect(await store.entities('rmm')).toHaveLength(1);
    expect(loads).toEqual(['wg', 'rmm']);
    expect(store.connectionIds().sort()).toEqual(['rmm', 'wg']);
  });

  it('refuses a malformed entity', async () => {
    const store = new MemoryMappingStore();
    expect(() => store.putEntities([{ ...left('a1', 'Acme'), firstSeen: 'yesterday' }])).toThrow();
  });
});
