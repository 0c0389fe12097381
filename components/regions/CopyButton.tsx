import { useEffect, useRef, useState } from 'preact/hooks';

/** How long "Copied" stays on the button before it reads "Copy" again. */
export const CONFIRMATION_MS = 2000;

export type CopyResult = 'copied' | 'failed';

export interface CopyButtonProps {
  /** What is copied, as people call it: "Authentication API URL". */
  label: string;
  text: string;
  onCopy: (text: string) => Promise<boolean>;
  /** The button's own text when it differs from "Copy", e.g. "Copy all". */
  caption?: string;
}

/** A copy button that confirms on itself, and to screen readers through a status line. */
export function CopyButton({ label, text, onCopy, caption }: CopyButtonProps) {
  const [result, setResult] = useState<CopyResult | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const copied = await onCopy(text);
    setResult(copied ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setResult(null), CONFIRMATION_MS);
  }

  return (
    <span class="mpc-copy">
      <button
        type="button"
        class="mpc-copy__button"
        data-result={result ?? undefined}
        aria-label={`Copy ${label}`}
        onClick={copy}
      >
        {result === 'copied' ? 'Copied ✓' : result === 'failed' ? 'Not copied' : (caption ?? 'Copy')}
      </button>
      <span class="mpc-visually-hidden" role="status">
        {result === 'copied' ? `${label} copied` : result === 'failed' ? `${label} could not be copied` : ''}
      </span>
    </span>
  );
}
