import type { Drift, FleetRun, MemberResult } from './schemas';
import { isWorse } from './verdict';

/**
 * What changed between two complete runs of one connection: members that appeared or went,
 * members moved to another role, rights added to or removed from a role, and verdicts that moved,
 * each with its likeliest cause (the role's rights, a move to another role, the member's tags, a
 * catalogue release when nothing else changed, else the server's answer).
 * Runs in: anywhere (pure).
 */
export function compareRuns(previous: FleetRun, current: FleetRun): Drift {
  const before = new Map(previous.members.map((member) => [member.memberId, member]));
  const after = new Map(current.members.map((member) => [member.memberId, member]));
  const rolesBefore = new Map(previous.roles.map((role) => [role.id, role]));
  const rolesAfter = new Map(current.roles.map((role) => [role.id, role]));
  const catalogueChanged = previous.catalogueVersion !== current.catalogueVersion;

  const rightsChanged: Drift['rightsChanged'] = [];
  const changedRoles = new Set<number>();
  for (const [id, role] of rolesAfter) {
    const old = rolesBefore.get(id);
    if (!old) continue;
    const had = new Set(old.rights);
    const has = new Set(role.rights);
    const added = role.rights.filter((right) => !had.has(right));
    const removed = old.rights.filter((right) => !has.has(right));
    if (added.length || removed.length) {
      changedRoles.add(id);
      rightsChanged.push({ role: role.name, added, removed });
    }
  }

  const roleChanged: Drift['roleChanged'] = [];
  const verdictChanged: Drift['verdictChanged'] = [];
  for (const [id, member] of after) {
    const old = before.get(id);
    if (!old) continue;
    const moved = old.roleId !== member.roleId;
    if (moved) roleChanged.push({ member: member.identifier, from: roleLabel(old), to: roleLabel(member) });
    if (old.verdict === member.verdict) continue;
    verdictChanged.push({
      member: member.identifier,
      from: old.verdict,
      to: member.verdict,
      worse: isWorse(old.verdict, member.verdict),
      cause: moved
        ? 'role-changed'
        : !sameTags(old, member)
          ? 'tags'
          : member.roleId !== null && changedRoles.has(member.roleId)
            ? 'role'
            : catalogueChanged
              ? 'catalogue'
              : 'server',
    });
  }

  return {
    since: previous.finishedAt,
    catalogueChanged,
    newMembers: current.members.filter((member) => !before.has(member.memberId)).map((m) => m.identifier),
    goneMembers: previous.members.filter((member) => !after.has(member.memberId)).map((m) => m.identifier),
    roleChanged,
    rightsChanged,
    verdictChanged,
  };
}

function roleLabel(member: MemberResult): string {
  return member.roleName ?? (member.roleId === null ? 'no role' : `role ${member.roleId}`);
}

function sameTags(a: MemberResult, b: MemberResult): boolean {
  return [...a.tags].sort().join(',') === [...b.tags].sort().join(',');
}
