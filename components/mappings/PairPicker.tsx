import type { ConnectionSummary } from '@/lib/mapping/schemas';
import type { ConnectionPair } from '@/lib/mapping/store';

export interface PairPickerProps {
  connections: ConnectionSummary[];
  pair: ConnectionPair | null;
  onChange: (pair: ConnectionPair) => void;
}

/** Two connection pickers: the left one's entities are the rows, the right one's the targets. */
export function PairPicker({ connections, pair, onChange }: PairPickerProps) {
  const left = pair?.leftConnectionId ?? '';
  const right = pair?.rightConnectionId ?? '';
  const choose = (side: 'left' | 'right', id: string) => {
    const next =
      side === 'left'
        ? { leftConnectionId: id, rightConnectionId: right }
        : { leftConnectionId: left, rightConnectionId: id };
    if (next.leftConnectionId && next.rightConnectionId && next.leftConnectionId !== next.rightConnectionId)
      onChange(next);
  };
  const options = (other: string) =>
    connections.map((connection) => (
      <option key={connection.id} value={connection.id} disabled={connection.id === other}>
        {connection.label} ({connection.entityCount.toLocaleString('en-US')})
      </option>
    ));
  return (
    <fieldset class="mpc-pair">
      <legend>Connections to map</legend>
      <label>
        Map each entity of
        <select value={left} onChange={(event) => choose('left', event.currentTarget.value)}>
          {!left && <option value="">Choose…</option>}
          {options(right)}
        </select>
      </label>
      <label>
        to one of
        <select value={right} onChange={(event) => choose('right', event.currentTarget.value)}>
          {!right && <option value="">Choose…</option>}
          {options(left)}
        </select>
      </label>
      <button
        type="button"
        disabled={!pair}
        onClick={() => pair && onChange({ leftConnectionId: right, rightConnectionId: left })}
      >
        Swap sides
      </button>
    </fieldset>
  );
}
