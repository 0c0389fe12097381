import { ACTION_LABELS, ACTIONS } from '@/lib/permissions';

/** The header row of a role table: module, function, the four actions, then any extra columns. */
export function LevelTableHead({ extra = [] }: { extra?: readonly string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">Module</th>
        <th scope="col">Function</th>
        {ACTIONS.map((action) => (
          <th key={action} scope="col">
            {ACTION_LABELS[action]}
          </th>
        ))}
        {extra.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
