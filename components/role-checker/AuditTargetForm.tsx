import type { AuditMode } from '@/lib/permissions';
import type { AuditConnection } from '@/lib/role-checker/commands';
import { type IntegrationOption, IntegrationPicker } from './IntegrationPicker';
import { ModePicker } from './ModePicker';

export interface AuditTargetFormProps {
  connections: readonly AuditConnection[];
  connectionId: string | null;
  /** The roles (Manage) or user classes (Automate) of the chosen connection; null while loading. */
  targets: readonly { id: number; name: string }[] | null;
  targetId: number | null;
  integrations: readonly IntegrationOption[];
  profiles: readonly string[];
  /** Null for Automate, whose audit has no mode. */
  mode: AuditMode | null;
  busy: boolean;
  onConnection: (id: string) => void;
  onTarget: (id: number) => void;
  onProfiles: (profiles: string[]) => void;
  onMode: (mode: AuditMode) => void;
  onAudit: () => void;
}

/** Picks what to audit (connection, role or user class, integrations, mode) and starts it. */
export function AuditTargetForm(props: AuditTargetFormProps) {
  const connection = props.connections.find((candidate) => candidate.id === props.connectionId);
  const targetLabel = connection?.vendor === 'cw-automate' ? 'User class' : 'Security role';
  const ready = props.targetId !== null && props.profiles.length > 0 && !props.busy;
  return (
    <form
      class="mpc-audit__form"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) props.onAudit();
      }}
    >
      <label>
        Connection{' '}
        <select
          value={props.connectionId ?? ''}
          onChange={(event) => props.onConnection(event.currentTarget.value)}
        >
          <option value="" disabled>
            Choose a connection
          </option>
          {props.connections.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label} (
              {candidate.vendor === 'cw-manage' ? 'ConnectWise Manage' : 'ConnectWise Automate'})
            </option>
          ))}
        </select>
      </label>
      {connection && (
        <label>
          {targetLabel}{' '}
          <select
            value={props.targetId ?? ''}
            disabled={props.targets === null}
            onChange={(event) => props.onTarget(Number(event.currentTarget.value))}
          >
            <option value="" disabled>
              {props.targets === null ? 'Loading…' : `Choose a ${targetLabel.toLowerCase()}`}
            </option>
            {(props.targets ?? []).map((target) => (
              <option key={target.id} value={target.id}>
                {target.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {connection && (
        <IntegrationPicker
          legend={`Integrations this ${targetLabel.toLowerCase()} is for`}
          options={props.integrations}
          selected={props.profiles}
          onChange={props.onProfiles}
        />
      )}
      {connection && props.mode && <ModePicker mode={props.mode} onChange={props.onMode} />}
      {connection && (
        <button type="submit" disabled={!ready}>
          {props.busy ? 'Auditing…' : 'Audit'}
        </button>
      )}
    </form>
  );
}
