import { CommandError } from '../../messaging/errors';
import { SOURCES } from '../../permissions/sources';
import { createCwAutomateClient } from '../../vendors/cw-automate';
import { REWST_CHECKS, type RewstReadinessData } from '../rewst/checks';
import { defineReadinessGroup, fetched } from './group';

/**
 * Runs in: the background. Rewst ↔ ConnectWise Automate: the connection's own user (who Rewst
 * signs in as; `GET /Users/{id}` of the signed-in user) and the classes it belongs to.
 */
export const rewstAutomateReadiness = defineReadinessGroup<RewstReadinessData>({
  id: 'rewst-automate',
  title: 'Rewst ↔ ConnectWise Automate',
  source: SOURCES.rewst,
  kinds: ['cw-automate'],
  inputs: [],
  checks: REWST_CHECKS,
  async gather(ctx) {
    const connection = await ctx.resolve();
    if (connection.vendor !== 'cw-automate')
      throw new CommandError('This is not a ConnectWise Automate connection.');
    const automate = createCwAutomateClient(connection.config, ctx.clientOptions);
    const { signal } = ctx;
    const record = await fetched(async () => {
      const { userId } = await automate.signIn(signal);
      if (userId === undefined) throw new CommandError('Automate did not say which user signed in.');
      return automate.user(Number(userId), signal);
    });
    const user: RewstReadinessData['user'] = record.ok
      ? {
          ok: true,
          value: {
            id: record.value.UserId,
            name: record.value.Name,
            isIntegrator: record.value.IsIntegrator,
          },
        }
      : record;
    const classes: RewstReadinessData['classes'] = record.ok
      ? await fetched(async () =>
          Promise.all(
            (record.value.UserClasses ?? []).flatMap((ref) =>
              typeof ref.UserClassId === 'number'
                ? [
                    automate.userClass(ref.UserClassId, signal).then((userClass) => ({
                      name: userClass.Name,
                      clientRead: userClass.Permissions?.ClientRead === true,
                    })),
                  ]
                : [],
            ),
          ),
        )
      : record;
    return { user, classes };
  },
});
