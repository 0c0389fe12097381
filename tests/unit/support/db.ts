import { type CompanionDb, openCompanionDb } from '@/lib/db';

/** A fresh companion database in fake-indexeddb; every call gets its own name. */
export function openTestDb(): Promise<CompanionDb> {
  return openCompanionDb({ name: `test-${crypto.randomUUID()}` });
}
