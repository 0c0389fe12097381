import type { ComponentChildren } from 'preact';
import type { Result } from '@/lib/messaging';
import { BackgroundStatus } from './BackgroundStatus';

export interface PopupProps {
  status: Result<{ version: string }> | null;
  onOpenOptions: () => void;
  /** Feature panels, in order. */
  children?: ComponentChildren;
}

export function Popup({ status, onOpenOptions, children }: PopupProps) {
  return (
    <main class="mpc-popup">
      <h1>MSP Portal Companion</h1>
      <BackgroundStatus status={status} />
      {children}
      <button type="button" onClick={onOpenOptions}>
        Open settings
      </button>
    </main>
  );
}
