import type { Commands, Handlers } from '../../messaging';
import { explainAuditFailure } from '../../role-checker/background/audit-errors';
import type { FleetAuditService } from './service';

type ApiMemberCommand =
  | 'listApiMembers'
  | 'setApiMemberTags'
  | 'runFleetAudit'
  | 'lastFleetAudit'
  | 'fleetAuditSummary'
  | 'acknowledgeFleetAudit'
  | 'getFleetAuditSchedule'
  | 'setFleetAuditSchedule';

/**
 * Runs in: the background. Options › API members' commands; the router has checked sender and
 * schema. Vendor failures become their explained message (a 403 names the role function the
 * connection's own API member lacks); anything else stays generic.
 */
export function apiMemberHandlers(
  service: FleetAuditService | undefined,
): Required<Pick<Handlers<Commands>, ApiMemberCommand>> {
  const ready = (): FleetAuditService => {
    if (!service) throw new Error('The API-member audit is not available in this background.');
    return service;
  };
  return {
    listApiMembers: ({ connectionId }) =>
      explained(async () => ({ members: await ready().listMembers(connectionId) })),
    setApiMemberTags: ({ connectionId, memberId, profiles }) =>
      explained(async () => ({ tags: await ready().setTags(connectionId, memberId, profiles) })),
    runFleetAudit: ({ connectionId, trigger }) => explained(() => ready().run(connectionId, trigger)),
    lastFleetAudit: async ({ connectionId }) => ({ audit: await ready().last(connectionId) }),
    fleetAuditSummary: async () => ({ summary: service ? await service.summary() : null }),
    acknowledgeFleetAudit: async () => {
      await service?.acknowledge();
      return {};
    },
    getFleetAuditSchedule: () => ready().getSchedule(),
    setFleetAuditSchedule: (schedule) => ready().setSchedule(schedule),
  };
}

async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explainAuditFailure(error) ?? error;
  }
}
