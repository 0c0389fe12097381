import { describe, expect, it } from 'vitest';
import {
  type LastListingRun,
  lintRecordsPerRequest,
  recordsPerRequestReadiness,
} from '../../../lib/connections/kinds/records-per-request';
import { validateConnectionForm } from '../../../lib/connections/validate';
import { describeSyncError } from '../../../lib/sync/background/errors';
import { createCwRmmClient } from '../../../lib/vendors/cw-rmm';
import { TokenCacheRegistry } from '../../../lib/vendors/http';
import { createCwRmmSimulator, type RmmPagingFault } from '../../simulators/cw-rmm';
import { drain, failure, serve } from '../vendors/support';

/** A sync's last run against the RMM simulator with a paging fault, as the sync status stores it. */
async function lastRunWith(paging: RmmPagingFault, recordsPerRequest: number): Promise<LastListingRun> {
  const sim = createCwRmmSimulator({ companies: 1_200, paging });
  const url = await serve(sim);
  const { full } = sim.state.data.keys;
  const client = createCwRmmClient(
    { serverUrl: url, clientId: full.clientId, clientSecret: full.clientSecret, recordsPerRequest },
    { allowInsecureHttp: true, tokenCaches: new TokenCacheRegistry() },
  );
  const error = await failure(drain(client.companies()));
  return { status: 'incomplete', error: describeSyncError(error) };
}

const complete: LastListingRun = { status: 'succeeded' };

describe('Records Per Request against what the server did', () => {
  it('a repeated page at 1000 → a warning naming 500, in the form', async () => {
    const lastRun = await lastRunWith({ ignorePageNum: true }, 1000);
    const [finding] = lintRecordsPerRequest(1000, lastRun);
    expect(finding).toMatchObject({ field: 'recordsPerRequest', severity: 'warning' });
    expect(finding?.message).toMatch(/Set it to 500, the value the WatchGuard plug-in document says to keep/);
    const form = validateConnectionForm({
      vendor: 'cw-rmm',
      name: 'RMM',
      settings: {
        region: 'na',
        serverUrl: 'https://openapi.service.itsupport247.net',
        clientId: 'c',
        recordsPerRequest: 1000,
      },
      secrets: { clientSecret: 'x' },
      savedSecrets: new Set(),
      lastRun,
    });
    expect(form.warnings.recordsPerRequest?.[0]).toMatch(/500/);
    expect(form.valid).toBe(true);
  });

  it('a capped page at 500 → keep 500 in the plug-in; the sync says what to use here', async () => {
    const lastRun = await lastRunWith({ cap: 200 }, 500);
    const [finding] = lintRecordsPerRequest('500', lastRun);
    expect(finding?.message).toMatch(/Even at 500/);
    expect(finding?.message).toMatch(/set Records Per Request to 200/);
    const readiness = recordsPerRequestReadiness(500, lastRun);
    expect(readiness.status).toBe('fail');
    expect(readiness.evidence).toEqual(
      expect.arrayContaining(['Records Per Request: 500', 'Last sync: incomplete']),
    );
  });

  it('no lint without the server’s evidence, nor on a complete sync', () => {
    expect(lintRecordsPerRequest(1000, undefined)).toEqual([]);
    expect(lintRecordsPerRequest(1000, complete)).toEqual([]);
    expect(
      lintRecordsPerRequest('abc', {
        status: 'incomplete',
        error: { kind: 'incomplete-listing', message: 'm' },
      }),
    ).toEqual([]);
  });

  it('readiness: 500 and a finished sync pass; another value fails; no finished sync is unknown', () => {
    expect(recordsPerRequestReadiness(500, complete).status).toBe('pass');
    expect(recordsPerRequestReadiness(250, complete)).toMatchObject({
      status: 'fail',
      nextStep: expect.stringContaining('500'),
    });
    expect(recordsPerRequestReadiness(500, null).status).toBe('unknown');
    // A run that failed for another reason (auth) is no evidence either way.
    expect(
      recordsPerRequestReadiness(500, { status: 'failed', error: { kind: 'auth', message: 'm' } }).status,
    ).toBe('unknown');
  });
});
