import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPicks, loadPicks, picksToRemember, savePicks } from '@/lib/readiness/remembered-picks';
import type { ReadinessInput } from '@/lib/readiness/schemas';

const threatLocker: ReadinessInput[] = [
  { control: 'choice', id: 'board', label: 'Board', multiple: false },
  { control: 'choice', id: 'companyTypes', label: 'Company types', multiple: true },
];
const watchGuard: ReadinessInput[] = [
  { control: 'text', id: 'accountId', label: 'Account ID' },
  { control: 'text', id: 'registrationCode', label: 'Registration code', secret: true },
  { control: 'text', id: 'invitation', label: 'Invitation email', multiline: true },
];

describe('remembered readiness picks', () => {
  it('reopens a group with the picks last made, per connection and group', async () => {
    await savePicks('c1', 'threatlocker-manage', threatLocker, { board: '7', companyTypes: ['1', '3'] });
    await savePicks('c1', 'other-group', threatLocker, { board: '9' });
    await savePicks('c2', 'threatlocker-manage', threatLocker, { board: '2' });
    expect(await loadPicks('c1', 'threatlocker-manage', threatLocker)).toEqual({
      board: '7',
      companyTypes: ['1', '3'],
    });
    expect(await loadPicks('c2', 'threatlocker-manage', threatLocker)).toEqual({ board: '2' });
    expect(await loadPicks('c3', 'threatlocker-manage', threatLocker)).toEqual({});
  });

  it('never stores a secret input nor a multi-line paste', async () => {
    const values = {
      accountId: 'WGC-1-123',
      registrationCode: 'REG-SECRET-9',
      invitation: 'Code: REG-SECRET-9',
    };
    expect(picksToRemember(watchGuard, values)).toEqual({ accountId: 'WGC-1-123' });
    await savePicks('c1', 'watchguard-rmm', watchGuard, values);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('REG-SECRET-9');
    expect(await loadPicks('c1', 'watchguard-rmm', watchGuard)).toEqual({ accountId: 'WGC-1-123' });
  });

  it('keeps only the inputs the group has now, and reads a damaged entry as none', async () => {
    await fakeBrowser.storage.local.set({
      'readiness.picks': {
        c1: { 'threatlocker-manage': { board: '7', gone: 'x', registrationCode: 'leaked' } },
        c2: { 'threatlocker-manage': { board: 42 } },
        c3: 'broken',
      },
    });
    expect(await loadPicks('c1', 'threatlocker-manage', threatLocker)).toEqual({ board: '7' });
    expect(await loadPicks('c2', 'threatlocker-manage', threatLocker)).toEqual({});
    expect(await loadPicks('c3', 'threatlocker-manage', threatLocker)).toEqual({});
  });

  it('forgets a deleted connection’s picks and keeps the others', async () => {
    await savePicks('c1', 'threatlocker-manage', threatLocker, { board: '7' });
    await savePicks('c2', 'threatlocker-manage', threatLocker, { board: '2' });
    await forgetPicks('c1');
    expect(await loadPicks('c1', 'threatlocker-manage', threatLocker)).toEqual({});
    expect(await loadPicks('c2', 'threatlocker-manage', threatLocker)).toEqual({ board: '2' });
  });
});
