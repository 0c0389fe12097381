import { useState } from 'preact/hooks';
import { formatSource, SOURCES } from '@/lib/permissions/sources';
import {
  INVITATION_LABELS,
  type InvitationField,
  type InvitationFinding,
  type InvitationOptions,
  readInvitation,
  USER_LOGIN_TROUBLESHOOTING,
} from '@/lib/regions/invitation';
import { CopyRow } from './CopyRow';

export interface InvitationPasteProps extends InvitationOptions {
  onCopy: (text: string) => Promise<boolean>;
}

const FIELDS: InvitationField[] = ['serverUrl', 'accountId', 'registrationCode'];

/** The registration code is a secret: shown masked, copied in full, kept only in this panel's state. */
function masked(code: string): string {
  return `${'•'.repeat(Math.min(8, code.length))} (${code.length} characters)`;
}

function Findings({ findings }: { findings: readonly InvitationFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul class="mpc-findings" aria-live="polite">
      {findings.map((finding) => (
        <li
          key={`${finding.code}:${finding.field ?? ''}`}
          class="mpc-findings__item"
          data-severity={finding.severity === 'info' ? 'warning' : finding.severity}
          data-code={finding.code}
        >
          <span class="mpc-findings__severity">{finding.severity === 'error' ? 'Fix:' : 'Check:'}</span>{' '}
          {finding.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * WatchGuard RMM plug-in, User Login: paste the invitation email, get the Server URL, Account ID
 * and Registration Code cleaned and checked, each with a copy button. Nothing is saved or sent.
 */
export function InvitationPaste({ onCopy, knownAccounts }: InvitationPasteProps) {
  const [text, setText] = useState('');
  const [read, setRead] = useState(false);
  const reading = read ? readInvitation(text, knownAccounts ? { knownAccounts } : {}) : null;
  const general = reading?.findings.filter((finding) => !finding.field) ?? [];
  return (
    <section class="mpc-panel" aria-labelledby="invitation-title" data-testid="invitation-paste">
      <h3 id="invitation-title">WatchGuard RMM plug-in: device-user invitation</h3>
      <p class="mpc-muted">
        For the plug-in's User Login: paste the invitation email's text to get the three registration values,
        checked and ready to copy. The text is not saved or sent anywhere.
      </p>
      <label>
        Invitation email text
        <textarea
          rows={6}
          value={text}
          spellcheck={false}
          autocomplete="off"
          data-testid="invitation-text"
          onInput={(event) => {
            setText(event.currentTarget.value);
            setRead(false);
          }}
        />
      </label>
      <div class="mpc-add">
        <button type="button" onClick={() => setRead(true)}>
          Read the invitation
        </button>
        <button
          type="button"
          onClick={() => {
            setText('');
            setRead(false);
          }}
        >
          Clear
        </button>
      </div>
      {reading && (
        <div data-testid="invitation-result">
          <Findings findings={general} />
          {FIELDS.map((field) => {
            const { value, candidates } = reading.fields[field];
            const findings = reading.findings.filter((finding) => finding.field === field);
            return (
              <div key={field} data-field={field}>
                <CopyRow
                  label={INVITATION_LABELS[field]}
                  {...(value !== undefined ? { value } : {})}
                  {...(value !== undefined && field === 'registrationCode' ? { display: masked(value) } : {})}
                  {...(value === undefined
                    ? { hint: candidates > 1 ? `${candidates} different values: none picked` : 'not found' }
                    : {})}
                  {...(findings.some((finding) => finding.severity === 'error')
                    ? { tone: 'warning' as const }
                    : {})}
                  onCopy={onCopy}
                />
                <Findings findings={findings} />
              </div>
            );
          })}
          <details class="mpc-details" data-testid="user-login-troubleshooting">
            <summary>Registration failed?</summary>
            <ol>
              {USER_LOGIN_TROUBLESHOOTING.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <p class="mpc-muted">
              Source:{' '}
              <a href={SOURCES.watchguardRmm.url} target="_blank" rel="noreferrer">
                {formatSource(SOURCES.watchguardRmm)}
              </a>{' '}
              (Connection Troubleshooting, User Login).
            </p>
          </details>
        </div>
      )}
    </section>
  );
}
