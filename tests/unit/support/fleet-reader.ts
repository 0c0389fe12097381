import type { FleetReader } from '@/lib/api-members/background/fleet-audit';

/** A fleet reader that counts its role-settings reads per role id (the audit must read each once). */
export function countingRoleReads(reader: FleetReader): { reader: FleetReader; reads: Map<number, number> } {
  const reads = new Map<number, number>();
  return {
    reads,
    reader: {
      ...reader,
      roleSettings: (id, signal) => {
        reads.set(id, (reads.get(id) ?? 0) + 1);
        return reader.roleSettings(id, signal);
      },
    },
  };
}
