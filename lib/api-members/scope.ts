import { getProfile } from '../permissions/catalogue';
import type { RoleAuditReport } from '../permissions/types';
import type { ScopeNote } from './schemas';

/**
 * What limits an API member beyond its role: the catalogue's checks that concern the member's
 * location or board (settled here from the member's record where the record shows it), and the
 * member's security location, which decides what a right at level "My" covers. That last point
 * is our reading of the ApiMember model (ConnectWise Manage 2025.1: `securityLocation`); no
 * vendor page we hold states it, so it is said as information, never as a failure.
 * Runs in: anywhere (pure).
 */

export interface MemberScope {
  securityLocation: string | null;
  defaultLocation: string | null;
  defaultBoard: string | null;
}

/** Catalogue checks settled by the member's default location being set. */
const NEEDS_LOCATION = new Set(['kaseya-quote-manager-member-location']);

export function scopeNotes(
  member: MemberScope,
  tags: readonly string[],
  report: RoleAuditReport | undefined,
): ScopeNote[] {
  if (tags.length === 0) return [];
  const notes: ScopeNote[] = [];
  for (const id of tags) {
    const profile = getProfile(id);
    for (const check of profile?.manualChecks ?? []) {
      if (NEEDS_LOCATION.has(check.id)) {
        notes.push({
          id: check.id,
          status: member.defaultLocation ? 'pass' : 'fail',
          text: `${check.title}: default location ${member.defaultLocation ?? 'not set'}.`,
        });
      } else if (/board/i.test(check.id)) {
        notes.push({
          id: check.id,
          status: 'info',
          text: `${check.title} (the member's default board: ${member.defaultBoard ?? 'none'}).`,
        });
      }
    }
  }
  const atMy = (report?.findings ?? []).filter((finding) => finding.actual === 'My').length;
  notes.push({
    id: 'security-location',
    status: 'info',
    text: member.securityLocation
      ? `Security location ${member.securityLocation}${atMy > 0 ? `: ${atMy} of its rights are at level My and cover only what this location reaches` : ''}.`
      : `No security location is set${atMy > 0 ? `, and ${atMy} of its rights are at level My: what they cover cannot be told` : ''}.`,
  });
  return notes;
}
