import { useState } from 'preact/hooks';
import type { z } from 'zod';
import type { vaultStatusSchema } from '@/lib/connections/commands';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/secrets/vault';
import { ManagedBadge } from './fields';

export type VaultStatusView = z.infer<typeof vaultStatusSchema>;

export interface VaultPanelProps {
  status: VaultStatusView;
  /** Which vault settings the organization's policy sets. */
  managed: { requirePassphrase: boolean; autoLockMinutes: boolean };
  /** Each action resolves to an error message to show, or null. */
  onUnlock: (passphrase: string) => Promise<string | null>;
  onLock: () => Promise<string | null>;
  onSetPassphrase: (next: string, current?: string) => Promise<string | null>;
  onRemovePassphrase: (current: string) => Promise<string | null>;
  onAutoLockMinutes: (minutes: number) => Promise<string | null>;
}

/** Where the credentials are kept and how they are locked. */
export function VaultPanel(props: VaultPanelProps) {
  const { status, managed } = props;
  return (
    <section class="mpc-panel" aria-labelledby="vault-title" data-testid="vault-panel">
      <h3 id="vault-title">Credential vault</h3>
      {status.mode === 'passphrase' ? (
        <p>
          Secrets are encrypted (AES-256-GCM) with a key that only your passphrase opens (PBKDF2-SHA-256,{' '}
          {status.kdfIterations?.toLocaleString('en-US')} iterations).{' '}
          {status.locked
            ? 'The vault is locked: no vendor is called until you unlock it.'
            : `Unlocked; it locks after ${status.autoLockMinutes} idle minutes and when the browser closes.`}
        </p>
      ) : (
        <p>
          Secrets are encrypted (AES-256-GCM) with a key this browser profile keeps and cannot export. Add a
          passphrase to lock them when you are away.
        </p>
      )}
      {status.passphraseRequired && status.mode !== 'passphrase' && (
        <p class="mpc-status--error" role="alert">
          Your organization requires a vault passphrase. Set one before saving or using credentials.{' '}
          <ManagedBadge />
        </p>
      )}
      {status.mode === 'passphrase' && status.locked && <UnlockForm onUnlock={props.onUnlock} />}
      {status.mode === 'passphrase' && !status.locked && (
        <>
          <ActionButton label="Lock now" action={props.onLock} />
          <PassphraseForm title="Change the passphrase" askCurrent onSubmit={props.onSetPassphrase} />
          {managed.requirePassphrase ? (
            <p>
              The passphrase cannot be removed. <ManagedBadge />
            </p>
          ) : (
            <RemovePassphraseForm onRemove={props.onRemovePassphrase} />
          )}
          <AutoLockForm
            minutes={status.autoLockMinutes}
            managed={managed.autoLockMinutes}
            onSave={props.onAutoLockMinutes}
          />
        </>
      )}
      {status.mode !== 'passphrase' && (
        <PassphraseForm title="Protect the vault with a passphrase" onSubmit={props.onSetPassphrase} />
      )}
    </section>
  );
}

function useAction() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<string | null>) {
    setBusy(true);
    setError(await action());
    setBusy(false);
  }
  return { error, busy, run };
}

function ErrorLine({ error }: { error: string | null }) {
  return error ? (
    <p class="mpc-status--error" role="alert">
      {error}
    </p>
  ) : null;
}

function ActionButton({ label, action }: { label: string; action: () => Promise<string | null> }) {
  const { error, busy, run } = useAction();
  return (
    <div>
      <button type="button" disabled={busy} onClick={() => run(action)}>
        {label}
      </button>
      <ErrorLine error={error} />
    </div>
  );
}

function PasswordInput(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
}) {
  return (
    <div class="mpc-field">
      <label class="mpc-field__label" for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        class="mpc-field__input"
        type="password"
        autocomplete="off"
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}

function UnlockForm({ onUnlock }: { onUnlock: VaultPanelProps['onUnlock'] }) {
  const [passphrase, setPassphrase] = useState('');
  const { error, busy, run } = useAction();
  return (
    <form
      class="mpc-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          const problem = await onUnlock(passphrase);
          if (!problem) setPassphrase('');
          return problem;
        });
      }}
    >
      <PasswordInput id="vault-unlock" label="Passphrase" value={passphrase} onInput={setPassphrase} />
      <button type="submit" class="mpc-button--primary" disabled={busy || !passphrase}>
        Unlock
      </button>
      <ErrorLine error={error} />
    </form>
  );
}

function PassphraseForm(props: {
  title: string;
  askCurrent?: boolean;
  onSubmit: (next: string, current?: string) => Promise<string | null>;
}) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const { error, busy, run } = useAction();
  const tooShort = next.length > 0 && [...next].length < MIN_PASSPHRASE_LENGTH;
  const mismatch = again.length > 0 && again !== next;
  const ready = next && again && !tooShort && !mismatch && (!props.askCurrent || current);
  return (
    <details class="mpc-panel__sub">
      <summary>{props.title}</summary>
      <form
        class="mpc-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            const problem = await props.onSubmit(next, props.askCurrent ? current : undefined);
            if (!problem) {
              setCurrent('');
              setNext('');
              setAgain('');
            }
            return problem;
          });
        }}
      >
        {props.askCurrent && (
          <PasswordInput id="vault-current" label="Current passphrase" value={current} onInput={setCurrent} />
        )}
        <PasswordInput id="vault-next" label="New passphrase" value={next} onInput={setNext} />
        {tooShort && (
          <p class="mpc-field__message mpc-field__message--error">
            At least {MIN_PASSPHRASE_LENGTH} characters; a few unrelated words work well.
          </p>
        )}
        <PasswordInput id="vault-again" label="New passphrase again" value={again} onInput={setAgain} />
        {mismatch && <p class="mpc-field__message mpc-field__message--error">The two passphrases differ.</p>}
        <p class="mpc-field__help">
          There is no recovery: if the passphrase is lost, the saved secrets must be entered again.
        </p>
        <button type="submit" disabled={busy || !ready}>
          {busy ? 'Encrypting…' : 'Set passphrase'}
        </button>
        <ErrorLine error={error} />
      </form>
    </details>
  );
}

function RemovePassphraseForm({ onRemove }: { onRemove: VaultPanelProps['onRemovePassphrase'] }) {
  const [current, setCurrent] = useState('');
  const { error, busy, run } = useAction();
  return (
    <details class="mpc-panel__sub">
      <summary>Remove the passphrase</summary>
      <form
        class="mpc-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => onRemove(current));
        }}
      >
        <PasswordInput
          id="vault-remove-current"
          label="Current passphrase"
          value={current}
          onInput={setCurrent}
        />
        <button type="submit" disabled={busy || !current}>
          Remove passphrase
        </button>
        <ErrorLine error={error} />
      </form>
    </details>
  );
}

function AutoLockForm(props: {
  minutes: number;
  managed: boolean;
  onSave: (minutes: number) => Promise<string | null>;
}) {
  const [minutes, setMinutes] = useState(String(props.minutes));
  const { error, busy, run } = useAction();
  return (
    <form
      class="mpc-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => props.onSave(Number(minutes)));
      }}
    >
      <label for="vault-auto-lock">
        Lock after this many idle minutes {props.managed && <ManagedBadge />}
      </label>
      <input
        id="vault-auto-lock"
        type="number"
        min={1}
        max={1440}
        value={minutes}
        disabled={props.managed}
        onInput={(event) => setMinutes(event.currentTarget.value)}
      />
      {!props.managed && (
        <button type="submit" disabled={busy}>
          Save
        </button>
      )}
      <ErrorLine error={error} />
    </form>
  );
}
