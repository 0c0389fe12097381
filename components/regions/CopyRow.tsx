import { CopyButton } from './CopyButton';

export interface CopyRowProps {
  label: string;
  /** The value to copy; without one the row only shows its hint. */
  value?: string;
  /** What to show instead of the value (a masked key). */
  display?: string;
  hint?: string;
  tone?: 'warning';
  onCopy: (text: string) => Promise<boolean>;
}

/** One labelled value with its copy button. */
export function CopyRow({ label, value, display, hint, tone, onCopy }: CopyRowProps) {
  return (
    <div class="mpc-copy-row" data-tone={tone}>
      <div class="mpc-copy-row__text">
        <span class="mpc-copy-row__label">{label}</span>
        {value !== undefined && <code class="mpc-copy-row__value">{display ?? value}</code>}
        {hint && <span class="mpc-copy-row__hint">{hint}</span>}
      </div>
      {value !== undefined && <CopyButton label={label} text={value} onCopy={onCopy} />}
    </div>
  );
}
