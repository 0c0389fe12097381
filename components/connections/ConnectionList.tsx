import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { kindOf } from '@/lib/connections/kinds';
import { manageSiteUrl } from '@/lib/connections/kinds/cw-manage';
import type { MaskedConnection } from '@/lib/connections/schemas';
import { CW_RMM_REGIONS, WATCHGUARD_REGIONS } from '@/lib/regions/catalogue';
import { profileShortName } from '@/lib/role-checker/integrations';
import { maskedDisplay } from '@/lib/secrets/mask';
import { ManagedBadge } from './fields';
import { type TestOutcome, TestResult } from './TestResult';

export interface ConnectionListProps {
  connections: readonly MaskedConnection[];
  tests: Readonly<Record<string, TestOutcome>>;
  onEdit: (id: string) => void;
  onTest: (connection: MaskedConnection) => void;
  /** Resolves to an error message, or null when renamed. */
  onRename: (id: string, name: string) => Promise<string | null>;
  onRemove: (id: string) => void;
  onAskAccess: (connection: MaskedConnection) => void;
  onCopyJson: (connection: MaskedConnection) => void;
  /** The connection's Readiness panel, shown under it once opened. */
  readiness?: (connection: MaskedConnection) => ComponentChildren;
}

/** Where the connection points, in a few words (never a secret). */
function whereItPoints(connection: MaskedConnection): string {
  switch (connection.vendor) {
    case 'watchguard':
      return `${WATCHGUARD_REGIONS[connection.settings.region].label} · account ${connection.settings.accountId}`;
    case 'cw-rmm':
      return `${CW_RMM_REGIONS[connection.settings.region].label} · ${connection.settings.recordsPerRequest} records per request`;
    case 'cw-manage':
      return [
        new URL(manageSiteUrl(connection.settings)).host,
        `company ${connection.settings.companyId}`,
        ...(connection.settings.integrations.length > 0
          ? [`for ${connection.settings.integrations.map(profileShortName).join(', ')}`]
          : []),
      ].join(' · ');
    case 'cw-automate':
      return `${connection.hostOrigin ?? connection.settings.serverUrl} · user ${connection.settings.username}`;
  }
}

export function ConnectionList(props: ConnectionListProps) {
  if (!props.connections.length) {
    return <p class="mpc-empty">No connections yet. Add one for each vendor account you work with.</p>;
  }
  return (
    <ul class="mpc-connections" aria-label="Saved connections">
      {props.connections.map((connection) => (
        <ConnectionRow key={connection.id} connection={connection} {...props} />
      ))}
    </ul>
  );
}

function ConnectionRow(props: ConnectionListProps & { connection: MaskedConnection }) {
  const { connection } = props;
  const kind = kindOf(connection.vendor);
  const [mode, setMode] = useState<'view' | 'rename' | 'remove'>('view');
  const [name, setName] = useState(connection.name);
  const [renameError, setRenameError] = useState<string | null>(null);
  const [readinessOpen, setReadinessOpen] = useState(false);
  const secrets = kind.secrets.map((secret) => {
    const state = connection.secrets[secret.name as never] as
      | { saved: boolean; hint: string | null }
      | undefined;
    return { secret, state };
  });
  const missingSecrets = secrets.filter(({ secret, state }) => secret.required && !state?.saved);

  async function rename(event: Event) {
    event.preventDefault();
    const problem = await props.onRename(connection.id, name);
    setRenameError(problem);
    if (!problem) setMode('view');
  }

  return (
    <li class="mpc-connection" data-connection-id={connection.id} aria-label={connection.name}>
      <div class="mpc-connection__head">
        <strong class="mpc-connection__name">{connection.name}</strong>
        <span class="mpc-connection__vendor">{kind.label}</span>
        {connection.managed && <ManagedBadge />}
      </div>
      <p class="mpc-connection__where">{whereItPoints(connection)}</p>
      <p class="mpc-connection__secrets">
        {secrets.map(({ secret, state }) => (
          <span key={secret.name}>
            {secret.label}:{' '}
            {state?.saved ? maskedDisplay(state.hint) : secret.required ? 'not saved' : 'none'}
          </span>
        ))}
      </p>
      {missingSecrets.length > 0 && (
        <p class="mpc-status--error">
          Enter the {missingSecrets.map(({ secret }) => secret.label).join(' and ')} before using this
          connection.
        </p>
      )}
      {connection.hostAccess === 'missing' && (
        <div class="mpc-host-access" role="alert" data-testid="host-access-missing">
          <p>
            Your browser has not allowed the extension to reach {connection.hostOrigin}. Test connection, sync
            and the page helpers on that server need it.
          </p>
          <button type="button" onClick={() => props.onAskAccess(connection)}>
            Ask again
          </button>
        </div>
      )}
      {connection.hostAccess === 'granted' && (
        <p class="mpc-connection__access">Access to {connection.hostOrigin} allowed.</p>
      )}

      {mode === 'rename' && (
        <form class="mpc-inline-form" onSubmit={rename}>
          <label for={`rename-${connection.id}`}>New name</label>
          <input
            id={`rename-${connection.id}`}
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
            autoFocus
          />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
          {renameError && <p class="mpc-status--error">{renameError}</p>}
        </form>
      )}
      {mode === 'remove' && (
        <div class="mpc-inline-form" role="alertdialog" aria-label="Confirm removal">
          <p>
            Remove “{connection.name}”, its saved secrets and everything synced from it (entities, mappings,
            sync history) from this browser?
          </p>
          <button type="button" class="mpc-button--danger" onClick={() => props.onRemove(connection.id)}>
            Remove
          </button>
          <button type="button" onClick={() => setMode('view')}>
            Keep it
          </button>
        </div>
      )}
      {mode === 'view' && (
        <div class="mpc-connection__actions">
          <button type="button" onClick={() => props.onEdit(connection.id)}>
            {connection.managed ? 'Enter secrets' : 'Edit'}
          </button>
          <button type="button" onClick={() => props.onTest(connection)} disabled={missingSecrets.length > 0}>
            Test connection
          </button>
          {props.readiness && (
            <button
              type="button"
              aria-expanded={readinessOpen}
              onClick={() => setReadinessOpen(!readinessOpen)}
            >
              Readiness
            </button>
          )}
          {!connection.managed && (
            <>
              <button type="button" onClick={() => setMode('rename')}>
                Rename
              </button>
              <button type="button" onClick={() => props.onCopyJson(connection)}>
                Copy as JSON
              </button>
              <button type="button" onClick={() => setMode('remove')}>
                Remove
              </button>
            </>
          )}
        </div>
      )}
      <TestResult outcome={props.tests[connection.id] ?? null} />
      {readinessOpen && props.readiness?.(connection)}
    </li>
  );
}
