import { describe, expect, it, vi } from 'vitest';
import type { RoleAuditDeps } from '@/lib/role-checker/background/deps';
import { createSavedRoleReads, SAVED_ROLE_LIMITS } from '@/lib/role-checker/background/saved-role-reads';
import { fixtureManageReader } from '../api-fixtures';
import { MISSING_ROLE, PASSING_ROLE } from '../role-pages';

/**
 * Issue #16, item 4: a page that keeps changing the role name in its DOM cannot make the
 * background call ConnectWise with the API member's key as often as it likes.
 */

const SITE = 'na.myconnectwise.net';

function harness() {
  const clock = { now: Date.parse('2026-03-01T09:00:00Z') };
  const reader = fixtureManageReader(
    { 7: { name: 'API Integrations', levels: MISSING_ROLE }, 8: { name: 'Helpdesk', levels: PASSING_ROLE } },
    PASSING_ROLE,
  );
  const listRoles = vi.spyOn(reader, 'listRoles');
  const roleSettings = vi.spyOn(reader, 'roleSettings');
  let forget: (() => void) | undefined;
  const manageReader = vi.fn(async () => reader);
  const deps: Pick<RoleAuditDeps, 'manageConnectionsAt' | 'manageReader' | 'onForgetCredentials'> = {
    manageConnectionsAt: async (host) =>
      host === SITE ? [{ id: 'psa-1', label: 'Contoso PSA', vendor: 'cw-manage' }] : [],
    manageReader,
    onForgetCredentials: (listener) => {
      forget = listener;
      return () => {};
    },
  };
  const reads = createSavedRoleReads(deps, { now: () => clock.now });
  return { reads, clock, listRoles, roleSettings, manageReader, forget: () => forget?.() };
}

const vendorCalls = (h: ReturnType<typeof harness>) =>
  h.listRoles.mock.calls.length + h.roleSettings.mock.calls.length;

describe('saved-role reads from a page', () => {
  it('answers the same role again from a short-lived cache, per site and role', async () => {
    const h = harness();
    const first = await h.reads.read(SITE, 'API Integrations');
    expect(first).toMatchObject({ status: 'found', roleName: 'API Integrations' });
    expect(await h.reads.read(SITE, ' api integrations ')).toEqual(first);
    expect(vendorCalls(h)).toBe(2);

    h.clock.now += SAVED_ROLE_LIMITS.cacheMs;
    await h.reads.read(SITE, 'API Integrations');
    expect(vendorCalls(h)).toBe(4);
  });

  it('skips the cache when a person asks to re-read, and still counts that read', async () => {
    const h = harness();
    await h.reads.read(SITE, 'API Integrations');
    await h.reads.read(SITE, 'API Integrations', { fresh: true });
    expect(h.listRoles).toHaveBeenCalledTimes(2);
    for (let n = 2; n < SAVED_ROLE_LIMITS.readsPerWindow; n += 1) {
      await h.reads.read(SITE, 'API Integrations', { fresh: true });
    }
    expect(await h.reads.read(SITE, 'API Integrations', { fresh: true })).toMatchObject({
      status: 'waiting',
    });
    expect(h.listRoles).toHaveBeenCalledTimes(SAVED_ROLE_LIMITS.readsPerWindow);
  });

  it('builds one client per connection and reuses it until credentials are forgotten', async () => {
    const h = harness();
    await h.reads.read(SITE, 'API Integrations');
    await h.reads.read(SITE, 'Helpdesk');
    expect(h.manageReader).toHaveBeenCalledOnce();
    h.forget(); // the vault locked or a connection was removed
    h.clock.now += SAVED_ROLE_LIMITS.cacheMs;
    await h.reads.read(SITE, 'Helpdesk');
    expect(h.manageReader).toHaveBeenCalledTimes(2);
  });

  it('has one request in flight: the same role joins it, another role is told to wait', async () => {
    const h = harness();
    const [a, b, c] = await Promise.all([
      h.reads.read(SITE, 'API Integrations'),
      h.reads.read(SITE, 'API Integrations'),
      h.reads.read(SITE, 'Helpdesk'),
    ]);
    expect(a).toEqual(b);
    expect(c).toMatchObject({ status: 'waiting', connectionName: 'Contoso PSA' });
    expect(h.listRoles).toHaveBeenCalledOnce();
  });

  it('says "waiting" instead of calling again once a page changes the role name too often', async () => {
    const h = harness();
    const answers = [];
    for (let n = 0; n < SAVED_ROLE_LIMITS.readsPerWindow + 5; n += 1) {
      answers.push(await h.reads.read(SITE, `Role ${n}`));
    }
    expect(h.listRoles).toHaveBeenCalledTimes(SAVED_ROLE_LIMITS.readsPerWindow);
    const waiting = answers.slice(SAVED_ROLE_LIMITS.readsPerWindow);
    for (const answer of waiting) {
      expect(answer).toMatchObject({ status: 'waiting', retryAfterSeconds: expect.any(Number) });
    }
    h.clock.now += SAVED_ROLE_LIMITS.windowMs;
    expect(await h.reads.read(SITE, 'Helpdesk')).toMatchObject({ status: 'found' });
  });

  it('makes no call at all for a site without a connection', async () => {
    const h = harness();
    expect(await h.reads.read('eu.myconnectwise.net', 'API Integrations')).toEqual({
      status: 'no-connection',
    });
    expect(vendorCalls(h)).toBe(0);
  });
});
