import { describe, expect, it } from 'vitest';
import type { MaskedConnection } from '@/lib/connections/schemas';
import { SOURCES } from '@/lib/permissions/sources';
import { defineReadinessGroup, fetched } from '@/lib/readiness/background/group';
import { readinessHandlers } from '@/lib/readiness/background/handlers';
import { runCheck } from '@/lib/readiness/check';
import { readinessCommands } from '@/lib/readiness/commands';
import { readinessResultSchema } from '@/lib/readiness/schemas';
import { VendorError } from '@/lib/vendors/http';

const manage = {
  id: 'm1',
  vendor: 'cw-manage',
  settings: { integrations: ['threatlocker-psa'] },
} as unknown as MaskedConnection;
const rmm = { id: 'r1', vendor: 'cw-rmm', settings: {} } as unknown as MaskedConnection;

const sample = defineReadinessGroup<{ board: Awaited<ReturnType<typeof fetched<string>>> }>({
  id: 'sample',
  title: 'Sample',
  source: SOURCES.threatlocker,
  kinds: ['cw-manage'],
  appliesTo: (connection) =>
    connection.vendor === 'cw-manage' && connection.settings.integrations.includes('threatlocker-psa'),
  inputs: [{ control: 'choice', id: 'board', label: 'the board', multiple: false }],
  checks: [
    {
      id: 'sample-board',
      title: 'Board named',
      source: SOURCES.threatlocker,
      needs: ['board'],
      evaluate: (data) =>
        data.board.ok
          ? { status: 'pass', detail: data.board.value }
          : { status: 'unknown', detail: data.board.message },
    },
    {
      id: 'sample-throws',
      title: 'Throws',
      source: SOURCES.threatlocker,
      inferred: true,
      evaluate: () => {
        throw new Error('bad shape');
      },
    },
  ],
  choices: async () => ({ board: { ok: true, choices: [{ value: '2', label: 'ThreatLocker' }] } }),
  gather: async (_ctx, values) => ({
    board: await fetched(async () => {
      if (values.board === '403') {
        throw new VendorError({
          kind: 'forbidden',
          vendor: 'cw-manage',
          message: 'no',
          nextStep: 'grant it',
        });
      }
      return `board ${values.board}`;
    }),
  }),
});

function handlers() {
  const connections = [manage, rmm];
  return readinessHandlers({
    groups: [sample],
    connection: async (id) => {
      const found = connections.find((candidate) => candidate.id === id);
      if (!found) throw new Error('gone');
      return found;
    },
    context: (connection, signal) => ({
      connection,
      signal,
      clientOptions: {},
      resolve: async () => {
        throw new Error('not used');
      },
      mappedVendorIds: async () => [],
    }),
    now: () => new Date('2026-12-01T00:00:00Z'),
  });
}
const from = { sender: {}, context: 'extension-page' as const };

describe('readiness framework', () => {
  it('lists only the groups whose kind and filter fit the connection', async () => {
    const h = handlers();
    expect((await h.listReadinessGroups({ connectionId: 'm1' }, from)).groups.map((g) => g.id)).toEqual([
      'sample',
    ]);
    expect((await h.listReadinessGroups({ connectionId: 'r1' }, from)).groups).toEqual([]);
  });

  it('refuses to run a group on a connection it does not apply to', async () => {
    await expect(
      handlers().runReadinessGroup({ connectionId: 'r1', groupId: 'sample', values: {} }, from),
    ).rejects.toThrow(/do not apply/);
  });

  it('gives every check a result: unknown without its input, unknown when it throws, never a pass', async () => {
    const { results } = await handlers().runReadinessGroup(
      { connectionId: 'm1', groupId: 'sample', values: {} },
      from,
    );
    expect(results.map((result) => [result.id, result.status])).toEqual([
      ['sample-board', 'unknown'],
      ['sample-throws', 'unknown'],
    ]);
    expect(results[0]?.detail).toMatch(/choose the board first/);
    expect(results[1]).toMatchObject({ inferred: true, detail: expect.stringMatching(/bad shape/) });
    for (const result of results) expect(readinessResultSchema.safeParse(result).success).toBe(true);
  });

  it('passes the values to gather and turns a vendor refusal into unknown with its next step', async () => {
    const h = handlers();
    const ok = await h.runReadinessGroup(
      { connectionId: 'm1', groupId: 'sample', values: { board: '2' } },
      from,
    );
    expect(ok.results[0]).toMatchObject({ status: 'pass', detail: 'board 2' });
    const refused = await h.runReadinessGroup(
      { connectionId: 'm1', groupId: 'sample', values: { board: '403' } },
      from,
    );
    expect(refused.results[0]).toMatchObject({ status: 'unknown', detail: 'no' });
  });

  it('declares extension-page-only commands, but for the ThreatLocker portal’s one page command', () => {
    for (const command of Object.values(readinessCommands)) {
      if (command.name === 'checkPortalCompanyId') {
        expect(command.allowedFrom).toEqual(['content-script']);
        expect(command.portals).toEqual(['threatlocker']);
      } else expect(command.allowedFrom, command.name).toEqual(['extension-page']);
    }
  });

  it('runCheck keeps the check identity and source', () => {
    const result = runCheck(
      {
        id: 'x',
        title: 'X',
        source: SOURCES.rewst,
        evaluate: () => ({ status: 'fail', detail: 'd', evidence: ['e'] }),
      },
      null,
      {},
    );
    expect(result).toEqual({
      id: 'x',
      title: 'X',
      source: SOURCES.rewst,
      status: 'fail',
      detail: 'd',
      evidence: ['e'],
    });
  });
});
