import type { CandidateView, MappingAction, RowSort, ViewRow } from '@/lib/mapping/schemas';
import { ORIGIN_LABELS, percent, SORT_LABELS, STATE_LABELS } from './format';
import { type TargetOption, TargetPicker } from './TargetPicker';

export interface MappingTableProps {
  rows: ViewRow[];
  leftLabel: string;
  rightLabel: string;
  sort: RowSort;
  direction: 'asc' | 'desc';
  busy: boolean;
  /** The row whose "map to…" picker is open. */
  pickerFor: string | null;
  onSort: (sort: RowSort) => void;
  onAction: (action: MappingAction) => void;
  onPicker: (leftKey: string | null) => void;
  searchTargets: (text: string) => Promise<TargetOption[]>;
}

/** One page of the pair: a row per left entity, what it maps to or might, and what can be done. */
export function MappingTable(props: MappingTableProps) {
  const { rows, leftLabel, rightLabel, sort, direction } = props;
  const header = (key: RowSort, label = SORT_LABELS[key]) => (
    <th scope="col" aria-sort={sort === key ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" class="mpc-sort" onClick={() => props.onSort(key)}>
        {label}
        {sort === key ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  return (
    <table class="mpc-table">
      <caption class="mpc-visually-hidden">
        {leftLabel} mapped to {rightLabel}
      </caption>
      <thead>
        <tr>
          {header('name', leftLabel)}
          {header('state')}
          {header('target', rightLabel)}
          {header('score')}
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={5} class="mpc-note">
              No rows match.
            </td>
          </tr>
        ) : (
          rows.map((row) => <Row key={row.entity.key} row={row} {...props} />)
        )}
      </tbody>
    </table>
  );
}

function Row({
  row,
  busy,
  pickerFor,
  onAction,
  onPicker,
  searchTargets,
}: { row: ViewRow } & MappingTableProps) {
  const name = row.entity.name || row.entity.vendorId;
  const best = row.candidates[0];
  const leftKey = row.entity.key;
  return (
    <tr class={`mpc-row mpc-row--${row.state}`} data-testid="mapping-row">
      <td>
        <span class="mpc-name">{name}</span> <span class="mpc-id">{row.entity.vendorId}</span>
        {row.entity.removed && <span class="mpc-badge mpc-badge--removed">removed</span>}
      </td>
      <td>
        <span class={`mpc-badge mpc-badge--${row.state}`}>{STATE_LABELS[row.state]}</span>
        {row.mapping && <span class="mpc-note"> {ORIGIN_LABELS[row.mapping.origin]}</span>}
      </td>
      <td>
        {row.mapping ? (
          <>
            <span class="mpc-name">{row.mapping.target.name}</span>{' '}
            <span class="mpc-id">{row.mapping.target.vendorId}</span>
            {row.mapping.target.removed && <span class="mpc-badge mpc-badge--removed">removed</span>}
            {row.mapping.note && <div class="mpc-note">{row.mapping.note}</div>}
          </>
        ) : best ? (
          <>
            <span class="mpc-name">{best.target.name}</span>{' '}
            <span class="mpc-id">{best.target.vendorId}</span>
            <div class="mpc-note">{best.reason}</div>
          </>
        ) : (
          <span class="mpc-note">No match found</span>
        )}
        {row.conflict && (
          <div class="mpc-conflict" role="note">
            {row.conflict}
          </div>
        )}
      </td>
      <td>{row.mapping ? percent(row.mapping.confidence) : best ? percent(best.score) : ''}</td>
      <td class="mpc-actions">
        <div class="mpc-actions__buttons">
          <RowActions row={row} name={name} busy={busy} onAction={onAction} onPicker={onPicker} />
        </div>
        {pickerFor === leftKey && (
          <TargetPicker
            rowName={name}
            search={searchTargets}
            onClose={() => onPicker(null)}
            onPick={(target) =>
              onAction({
                kind: row.mapping ? 'reassign' : 'accept',
                leftKey,
                rightKey: target.key,
                moveFromOthers: false,
              })
            }
          />
        )}
      </td>
    </tr>
  );
}

type ActionProps = Pick<MappingTableProps, 'busy' | 'onAction' | 'onPicker'> & { row: ViewRow; name: string };

/** What a row offers: unmap or change a mapping; accept, reject or pick a match for the rest. */
function RowActions({ row, name, busy, onAction, onPicker }: ActionProps) {
  const leftKey = row.entity.key;
  const picker = (label: string, accessibleName: string) => (
    <ActionButton label={label} name={accessibleName} busy={busy} onClick={() => onPicker(leftKey)} />
  );
  if (row.mapping) {
    return (
      <>
        {!row.entity.removed && picker('Change…', `Change mapping of ${name}`)}
        <ActionButton
          label="Unmap"
          name={`Unmap ${name}`}
          busy={busy}
          onClick={() => onAction({ kind: 'unmap', leftKey })}
        />
      </>
    );
  }
  if (row.entity.removed) return null;
  const [best, ...others] = row.candidates;
  return (
    <>
      {best && (
        <CandidateActions name={name} leftKey={leftKey} candidate={best} busy={busy} onAction={onAction} />
      )}
      {picker('Map to…', `Map ${name} to another entity`)}
      {others.length > 0 && (
        <details class="mpc-more">
          <summary>Other matches ({others.length})</summary>
          <ul>
            {others.map((candidate) => (
              <li key={candidate.target.key}>
                {candidate.target.name} ({percent(candidate.score)}){' '}
                <CandidateActions
                  name={name}
                  leftKey={leftKey}
                  candidate={candidate}
                  busy={busy}
                  onAction={onAction}
                />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function CandidateActions({
  name,
  leftKey,
  candidate,
  busy,
  onAction,
}: {
  name: string;
  leftKey: string;
  candidate: CandidateView;
  busy: boolean;
  onAction: (action: MappingAction) => void;
}) {
  const target = candidate.target;
  return (
    <>
      <ActionButton
        label="Accept"
        name={`Accept ${target.name} for ${name}`}
        busy={busy}
        onClick={() => onAction({ kind: 'accept', leftKey, rightKey: target.key, moveFromOthers: false })}
      />
      <ActionButton
        label="Reject"
        name={`Reject ${target.name} for ${name}`}
        busy={busy}
        onClick={() => onAction({ kind: 'reject', leftKey, rightKey: target.key })}
      />
    </>
  );
}

/** A short button whose accessible name says which row and entity it acts on. */
function ActionButton({
  label,
  name,
  busy,
  onClick,
}: {
  label: string;
  name: string;
  busy: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" disabled={busy} aria-label={name} onClick={onClick}>
      {label}
    </button>
  );
}
