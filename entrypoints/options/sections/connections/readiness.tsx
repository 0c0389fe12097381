import { useEffect, useState } from 'preact/hooks';
import { ReadinessPanel, type ReadinessRun } from '@/components/readiness/ReadinessPanel';
import type { MaskedConnection } from '@/lib/connections/schemas';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';
import { loadPicks, savePicks } from '@/lib/readiness/remembered-picks';
import type { ReadinessChoicesOutcome, ReadinessGroupInfo, ReadinessValues } from '@/lib/readiness/schemas';
import { ThreatLockerPortalOptIn } from './portal-lint-opt-in';

/** The group whose integration has a portal form the extension can lint (opt-in). */
const PORTAL_LINT_GROUP = 'threatlocker-manage';

interface GroupState {
  choices: Record<string, ReadinessChoicesOutcome> | null;
  values: ReadinessValues;
  run: ReadinessRun;
}

/** Options › Connections › Readiness: every readiness group that applies to one saved connection. */
export function ConnectionReadiness({ connection }: { connection: MaskedConnection }) {
  const [groups, setGroups] = useState<ReadinessGroupInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [states, setStates] = useState<Record<string, GroupState>>({});
  const update = (id: string, change: Partial<GroupState>) =>
    setStates((previous) => ({
      ...previous,
      [id]: { ...(previous[id] ?? { choices: null, values: {}, run: { state: 'idle' } }), ...change },
    }));

  useEffect(() => {
    void callBackground(commands.listReadinessGroups, { connectionId: connection.id }).then((result) => {
      if (!result.ok) return setProblem(result.error.message);
      setGroups(result.data.groups);
      for (const group of result.data.groups) {
        update(group.id, {});
        // The admin's last picks for this connection and group, so the panel opens as it was left.
        void loadPicks(connection.id, group.id, group.inputs).then((values) =>
          setStates((previous) => {
            const current = previous[group.id];
            // Picks made while the storage was read win over the remembered ones.
            if (current && Object.keys(current.values).length > 0) return previous;
            return {
              ...previous,
              [group.id]: { ...(current ?? { choices: null, run: { state: 'idle' } }), values },
            };
          }),
        );
        if (!group.inputs.some((input) => input.control === 'choice')) continue;
        void callBackground(commands.loadReadinessChoices, {
          connectionId: connection.id,
          groupId: group.id,
          values: {},
        }).then((loaded) =>
          update(group.id, {
            choices: loaded.ok
              ? loaded.data.choices
              : Object.fromEntries(
                  group.inputs.map((input) => [
                    input.id,
                    { ok: false as const, message: loaded.error.message },
                  ]),
                ),
          }),
        );
      }
    });
  }, [connection.id]);

  if (problem) return <p class="mpc-status--error">{problem}</p>;
  if (!groups) return <p role="status">Loading readiness checks…</p>;
  if (groups.length === 0) {
    return (
      <p class="mpc-empty" data-testid="readiness-none">
        No readiness checks apply to this connection. For a ConnectWise Manage connection, choose the
        integrations it serves (Edit).
      </p>
    );
  }
  return (
    <div data-testid="readiness">
      {groups.map((group) => {
        const state = states[group.id] ?? { choices: null, values: {}, run: { state: 'idle' as const } };
        return (
          <div key={group.id}>
            <ReadinessPanel
              group={group}
              choices={state.choices}
              values={state.values}
              run={state.run}
              onChange={(values) => {
                update(group.id, { values });
                void savePicks(connection.id, group.id, group.inputs, values);
              }}
              onRun={async () => {
                update(group.id, { run: { state: 'running' } });
                const result = await callBackground(commands.runReadinessGroup, {
                  connectionId: connection.id,
                  groupId: group.id,
                  values: state.values,
                });
                update(group.id, {
                  run: result.ok
                    ? { state: 'done', results: result.data.results, ranAt: result.data.ranAt }
                    : { state: 'refused', message: result.error.message },
                });
              }}
            />
            {group.id === PORTAL_LINT_GROUP && <ThreatLockerPortalOptIn />}
          </div>
        );
      })}
    </div>
  );
}
