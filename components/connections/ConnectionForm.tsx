import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { kindOf } from '@/lib/connections/kinds';
import type { LastListingRun } from '@/lib/connections/kinds/records-per-request';
import { parsePastedConnection } from '@/lib/connections/paste';
import type { MaskedConnection } from '@/lib/connections/schemas';
import { validateConnectionForm } from '@/lib/connections/validate';
import type { KnownAccessIds } from '@/lib/regions/lint';
import { maskedDisplay } from '@/lib/secrets/mask';
import type { VendorId } from '@/lib/vendor-ids';
import { type FieldProblems, ManagedBadge, SecretField, TextField } from './fields';
import { type TestOutcome, TestResult } from './TestResult';
import { VendorFields } from './vendor-fields';

export interface ConnectionFormValues {
  name: string;
  settings: Record<string, unknown>;
  /** Newly typed secrets only; empty keeps the saved one. */
  secrets: Record<string, string>;
}

/** What the background said about a refused save: a message and, per field, its own words. */
export interface SaveProblem {
  message: string;
  fields?: Record<string, string[]>;
}

export interface ConnectionFormProps {
  vendor: VendorId;
  /** The saved connection being edited; null for a new one. */
  existing: MaskedConnection | null;
  initial: ConnectionFormValues;
  knownAccessIds: readonly KnownAccessIds[];
  /** The edited connection's last sync run: its capped or repeated pages lint Records Per Request. */
  lastRun?: LastListingRun | null | undefined;
  /** Where prefilled values came from, e.g. the WatchGuard Managed Access page. */
  notice?: string | undefined;
  onSave: (values: ConnectionFormValues) => Promise<SaveProblem | null>;
  onTest: (values: ConnectionFormValues) => Promise<TestOutcome>;
  onCancel: () => void;
  /** Shown under the vendor's fields: e.g. an integration's setup lint for these settings. */
  settingsAside?: (settings: Record<string, unknown>) => ComponentChildren;
}

/**
 * Add or edit one connection. Every field is checked as it is typed (the vendor's schema and the
 * region helper's lint); Save and Test stay disabled while any error remains.
 */
export function ConnectionForm(props: ConnectionFormProps) {
  const { vendor, existing, knownAccessIds, lastRun } = props;
  const kind = kindOf(vendor);
  const locked = existing?.managed ?? false;
  const [values, setValues] = useState<ConnectionFormValues>(props.initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [serverProblem, setServerProblem] = useState<SaveProblem | null>(null);
  const [test, setTest] = useState<TestOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [pasteText, setPasteText] = useState('');
  const [pasteNote, setPasteNote] = useState<{ ok: boolean; text: string } | null>(null);

  const savedSecrets = useMemo(
    () =>
      new Set(
        Object.entries(existing?.secrets ?? {})
          .filter(([, state]) => state?.saved)
          .map(([name]) => name),
      ),
    [existing],
  );
  const validation = validateConnectionForm({
    vendor,
    ...values,
    savedSecrets,
    knownAccessIds,
    ...(lastRun ? { lastRun } : {}),
    ...(existing ? { savedSettings: existing.settings } : {}),
  });
  const labels: Record<string, string> = {
    name: 'Name',
    ...kind.fieldLabels,
    ...Object.fromEntries(kind.secrets.map((secret) => [secret.name, secret.label])),
  };
  const blocking = Object.keys(validation.errors).map((field) => labels[field] ?? field);

  const touch = (fields: string[]) => setTouched((previous) => new Set([...previous, ...fields]));
  const problems = (field: string): FieldProblems => {
    const show = touched.has(field) || serverProblem?.fields?.[field];
    return {
      errors: show ? (serverProblem?.fields?.[field] ?? validation.errors[field]) : undefined,
      warnings: validation.warnings[field],
    };
  };
  const update = (patch: Partial<ConnectionFormValues>, fields: string[]) => {
    setValues((previous) => ({ ...previous, ...patch }));
    setServerProblem(null);
    setTest(null);
    touch(fields);
  };

  function applyPaste() {
    const pasted = parsePastedConnection(pasteText, vendor);
    if (!pasted.ok) {
      setPasteNote({ ok: false, text: pasted.message });
      return;
    }
    const { settings, secrets, name, ignoredSecrets } = pasted.value;
    update(
      {
        settings: { ...values.settings, ...settings },
        secrets: { ...values.secrets, ...secrets },
        ...(name && !values.name ? { name } : {}),
      },
      [...Object.keys(settings), ...Object.keys(secrets)],
    );
    const missing = kind.secrets
      .filter((secret) => secret.required && !secrets[secret.name])
      .map((s) => s.label);
    const parts = [`Filled ${Object.keys(settings).length + Object.keys(secrets).length} fields.`];
    if (missing.length) parts.push(`Type the ${missing.join(' and ')} yourself.`);
    if (ignoredSecrets.length)
      parts.push(`Secrets in the pasted text were not used (${ignoredSecrets.join(', ')}).`);
    setPasteNote({ ok: true, text: parts.join(' ') });
    setPasteText('');
  }

  async function save(event: Event) {
    event.preventDefault();
    if (!validation.valid || busy) return;
    setBusy(true);
    const problem = await props.onSave(values);
    setBusy(false);
    if (problem) {
      setServerProblem(problem);
      touch(Object.keys(problem.fields ?? {}));
    }
  }

  async function runTest() {
    setTest({ state: 'running' });
    setTest(await props.onTest(values));
  }

  return (
    <form class="mpc-form" onSubmit={save} aria-label={`${kind.label} connection`} noValidate>
      <h3>
        {existing ? `Edit ${existing.name}` : `New ${kind.label} connection`}
        {locked && <ManagedBadge />}
      </h3>
      {props.notice && <p class="mpc-notice">{props.notice}</p>}
      {locked && (
        <p class="mpc-notice">
          Your organization sets this connection’s settings. Enter its secrets to use it on this computer.
        </p>
      )}

      {!locked && (
        <details class="mpc-paste" open={vendor === 'watchguard' && !existing}>
          <summary>Paste settings</summary>
          <label for="paste-settings">
            {vendor === 'watchguard'
              ? 'Paste the WatchGuard “Copy all” block or a connection copied as JSON:'
              : 'Paste a connection copied as JSON:'}
          </label>
          <textarea
            id="paste-settings"
            rows={4}
            value={pasteText}
            spellcheck={false}
            onInput={(event) => setPasteText(event.currentTarget.value)}
          />
          <button type="button" onClick={applyPaste} disabled={!pasteText.trim()}>
            Fill the form
          </button>
          {pasteNote && (
            <p class={pasteNote.ok ? 'mpc-status--ok' : 'mpc-status--error'} role="status">
              {pasteNote.text}
            </p>
          )}
        </details>
      )}

      <TextField
        id="connection-name"
        label="Name"
        value={values.name}
        placeholder="e.g. Production, Staging tenant"
        disabled={locked}
        onInput={(name) => update({ name }, ['name'])}
        {...problems('name')}
      />
      <VendorFields
        vendor={vendor}
        settings={values.settings}
        locked={locked}
        problems={problems}
        onChange={(patch) => update({ settings: { ...values.settings, ...patch } }, Object.keys(patch))}
      />
      {props.settingsAside?.(values.settings)}
      {kind.secrets.map((secret) => {
        const state = existing?.secrets[secret.name as never] as
          | { saved: boolean; hint: string | null }
          | undefined;
        return (
          <SecretField
            key={secret.name}
            id={`secret-${secret.name}`}
            label={secret.label}
            value={values.secrets[secret.name] ?? ''}
            savedMask={state?.saved ? maskedDisplay(state.hint) : null}
            help={secret.help}
            onInput={(value) =>
              update({ secrets: { ...values.secrets, [secret.name]: value } }, [secret.name])
            }
            {...problems(secret.name)}
          />
        );
      })}

      {serverProblem && !serverProblem.fields && (
        <p class="mpc-status--error" role="alert">
          {serverProblem.message}
        </p>
      )}
      <div class="mpc-form__actions">
        <button type="submit" class="mpc-button--primary" disabled={!validation.valid || busy}>
          Save
        </button>
        <button type="button" onClick={runTest} disabled={!validation.valid || test?.state === 'running'}>
          Test connection
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
      {!validation.valid && (
        <p class="mpc-form__blocking" data-testid="save-blocked">
          Save is available once these are fixed: {blocking.join(', ')}.
        </p>
      )}
      <TestResult outcome={test} />
    </form>
  );
}
