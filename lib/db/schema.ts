import type { DBSchema, IDBPDatabase } from 'idb';
import type { FleetRun } from '../api-members/schemas';
import type { MappingAuditEntry, MappingRecord } from '../mapping/store';
import type { EntityChange, RejectionRecord, StoredEntity, SyncRun } from './records';

/**
 * The companion's IndexedDB layout at the current version (see migrations.ts for how it got
 * here). The value types are what we write; what we read is checked with the records' zod
 * schemas, because the data may be damaged or come from another version.
 *
 * The database lives at the extension's origin and is opened by the background only: content
 * scripts run at the vendor page's origin and ask the background through commands.
 */
export interface CompanionSchema extends DBSchema {
  /** Vendor entities, key `${connectionId}/${kind}/${vendorId}`. */
  entities: {
    key: string;
    value: StoredEntity;
    indexes: { byConnection: string; byConnectionKind: [string, string]; byNormalisedName: string };
  };
  /** What each sync run added, renamed, moved, removed or restored. */
  entityChanges: {
    key: number;
    value: EntityChange;
    indexes: { byRun: string; byConnection: string };
  };
  mappings: {
    key: string;
    value: MappingRecord;
    indexes: { byPair: [string, string]; byLeftConnection: string; byRightConnection: string };
  };
  rejections: { key: string; value: RejectionRecord; indexes: { byPair: [string, string] } };
  mappingAudit: { key: number; value: MappingAuditEntry; indexes: { byPair: [string, string] } };
  /** One record per sync run, updated with every page (progress and resume cursor). */
  syncRuns: {
    key: string;
    value: SyncRun;
    indexes: { byConnection: [string, string]; byStatus: string };
  };
  /** Complete API-member audit runs (lib/db/fleet-audits.ts). */
  fleetAudits: { key: string; value: FleetRun; indexes: { byConnection: [string, string] } };
}

export type CompanionDb = IDBPDatabase<CompanionSchema>;

export const COMPANION_DB_NAME = 'mpc-companion';

export const STORE_NAMES = [
  'entities',
  'entityChanges',
  'mappings',
  'rejections',
  'mappingAudit',
  'syncRuns',
  'fleetAudits',
] as const satisfies readonly (keyof CompanionSchema & string)[];
