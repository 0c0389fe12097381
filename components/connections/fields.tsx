import type { ComponentChildren } from 'preact';

export interface FieldProblems {
  errors?: readonly string[] | undefined;
  warnings?: readonly string[] | undefined;
}

interface FieldFrameProps extends FieldProblems {
  id: string;
  label: string;
  help?: string | undefined;
  /** "Set by your organization" and the like, next to the label. */
  badge?: ComponentChildren;
  children: ComponentChildren;
}

/** Label, control, help and the field's own messages, wired for screen readers. */
function FieldFrame({ id, label, help, badge, errors = [], warnings = [], children }: FieldFrameProps) {
  return (
    <div class="mpc-field" data-field={id}>
      <label class="mpc-field__label" for={id}>
        {label}
        {badge}
      </label>
      {children}
      {help && (
        <p class="mpc-field__help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {errors.map((message) => (
        <p key={message} class="mpc-field__message mpc-field__message--error" id={`${id}-problems`}>
          {message}
        </p>
      ))}
      {warnings.map((message) => (
        <p key={message} class="mpc-field__message mpc-field__message--warning">
          {message}
        </p>
      ))}
    </div>
  );
}

function describedBy(id: string, help: string | undefined, errors: readonly string[] | undefined) {
  return (
    [help ? `${id}-help` : '', errors?.length ? `${id}-problems` : ''].filter(Boolean).join(' ') || undefined
  );
}

export interface TextFieldProps extends FieldProblems {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  help?: string | undefined;
  placeholder?: string;
  disabled?: boolean;
  badge?: ComponentChildren;
  inputMode?: 'text' | 'numeric' | 'url';
}

export function TextField(props: TextFieldProps) {
  const { id, value, onInput, placeholder, disabled, inputMode, help, errors } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={id}
        class="mpc-field__input"
        type="text"
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        inputMode={inputMode}
        spellcheck={false}
        autocomplete="off"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, help, errors)}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}

export interface SelectFieldProps extends FieldProblems {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  help?: string | undefined;
  disabled?: boolean;
  badge?: ComponentChildren;
}

export function SelectField(props: SelectFieldProps) {
  const { id, value, options, onChange, disabled, help, errors } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={id}
        class="mpc-field__input"
        value={value}
        disabled={disabled}
        aria-describedby={describedBy(id, help, errors)}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface SecretFieldProps extends FieldProblems {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** What is saved: "••••1a2b" or "••••••••"; null when nothing is saved yet. */
  savedMask: string | null;
  help?: string | undefined;
  disabled?: boolean;
}

/**
 * A secret is typed, never shown back: once saved, the field stays empty with the masked hint as
 * placeholder, and typing replaces the saved value on Save.
 */
export function SecretField(props: SecretFieldProps) {
  const { id, value, onInput, savedMask, disabled, errors } = props;
  const help = savedMask
    ? `Saved (${savedMask}). Leave empty to keep it, or type a new value to replace it.`
    : props.help;
  return (
    <FieldFrame {...props} help={help}>
      <input
        id={id}
        class="mpc-field__input"
        type="password"
        value={value}
        placeholder={savedMask ?? ''}
        disabled={disabled}
        autocomplete="new-password"
        spellcheck={false}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, help, errors)}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}

/** Marks a value the organization's policy sets; it cannot be edited here. */
export function ManagedBadge() {
  return (
    <span class="mpc-badge mpc-badge--managed" title="This value comes from your organization's policy.">
      Set by your organization
    </span>
  );
}
