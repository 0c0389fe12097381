import { useEffect, useState } from 'preact/hooks';
import { ReadinessPanel, type ReadinessRun } from '@/components/readiness/ReadinessPanel';
import type { MaskedConnection } from '@/lib/connections/schemas';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';
import type { ReadinessChoicesOutcome, ReadinessGroupInfo, ReadinessValues } from '@/lib/readiness/schemas';

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
          <ReadinessPanel
            key={group.id}
            group={group}
            choices={state.choices}
            values={state.values}
            run={state.run}
            onChange={(values) => update(group.id, { values })}
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
        );
      })}
    </div>
  );
}
