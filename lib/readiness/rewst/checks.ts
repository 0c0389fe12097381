import { SOURCES } from '../../permissions/sources';
import { type Fetched, type ReadinessCheck, unreadable } from '../check';

/**
 * Rewst's conditions on a ConnectWise Automate server (SOURCES.rewst), evaluated on the
 * connection's own user (the one Rewst signs in as) and its user classes. Runs in: any context.
 */

/** The address Rewst's Automate guide gives for its calls (read on the page's stored copy). */
export const REWST_IP = '3.139.170.31';

export interface RewstReadinessData {
  user: Fetched<{ id: number; name: string; isIntegrator: boolean | undefined }>;
  /** The user's classes with their Clients Read permission (`ClientRead`). */
  classes: Fetched<{ name: string; clientRead: boolean }[]>;
}

const source = SOURCES.rewst;

export const REWST_CHECKS: readonly ReadinessCheck<RewstReadinessData>[] = [
  {
    id: 'rewst-user-integrator',
    title: 'The Rewst user has the Integrator box checked',
    source,
    evaluate({ user }) {
      if (!user.ok) return unreadable(user, 'The connection’s user record');
      const who = `${user.value.name} (#${user.value.id})`;
      if (user.value.isIntegrator === undefined) {
        return {
          status: 'unknown',
          detail: `The record of ${who} does not say whether it is an integrator.`,
        };
      }
      return user.value.isIntegrator
        ? { status: 'pass', detail: `${who} is an integrator user.`, evidence: [`${who}: IsIntegrator true`] }
        : {
            status: 'fail',
            detail: `${who} is not an integrator user.`,
            evidence: [`${who}: IsIntegrator false`],
            nextStep: 'In Automate › Settings › User Management, open the user, check Integrator and save.',
          };
    },
  },
  {
    id: 'rewst-clients-read',
    title: 'The user’s classes can read clients (Clients: Read)',
    source,
    evaluate({ classes }) {
      if (!classes.ok) return unreadable(classes, 'The user’s classes');
      const evidence = classes.value.map((c) => `${c.name}: Clients Read ${c.clientRead ? 'on' : 'off'}`);
      if (classes.value.length === 0)
        return { status: 'fail', detail: 'The user has no user class.', evidence };
      return classes.value.some((c) => c.clientRead)
        ? { status: 'pass', detail: 'Clients Read is granted.', evidence }
        : {
            status: 'fail',
            detail:
              'No class of the user grants Clients Read: Rewst will find no customers when it refreshes its options, which its guide calls a permission problem.',
            evidence,
            nextStep:
              'Turn on Clients › Read in the Rewst user class (User Class Manager), save, and refresh in Rewst.',
          };
    },
  },
  {
    id: 'rewst-ip-allow-list',
    title: `Rewst’s address ${REWST_IP} is allowed, if the server restricts by IP`,
    source,
    // Nothing in the Automate API shows an IP allow list: always a person's check.
    evaluate: () => ({
      status: 'unknown',
      detail: `Rewst calls the Automate server from ${REWST_IP}. If the server (or its firewall) only accepts listed addresses, add this one.`,
      nextStep: `Add ${REWST_IP} to the allow list, or confirm there is none.`,
    }),
  },
];
