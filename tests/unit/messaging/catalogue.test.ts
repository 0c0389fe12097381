import { describe, expect, it } from 'vitest';
import { commandLists, commands } from '@/lib/messaging';

describe('the command catalogue', () => {
  const entries = Object.entries(commandLists).flatMap(([list, definitions]) =>
    Object.entries(definitions).map(([key, definition]) => ({ list, key, name: definition.name })),
  );

  it('names each command by its key', () => {
    expect(entries.filter(({ key, name }) => key !== name)).toEqual([]);
  });

  it('has no name in two feature lists, which a spread would silently overwrite', () => {
    const listsOf = new Map<string, string[]>();
    for (const { list, key } of entries) listsOf.set(key, [...(listsOf.get(key) ?? []), list]);
    expect([...listsOf].filter(([, lists]) => lists.length > 1)).toEqual([]);
  });

  it('is exactly the union of the feature lists', () => {
    expect(Object.keys(commands).sort()).toEqual(entries.map(({ key }) => key).sort());
  });
});
