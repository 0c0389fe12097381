import type { Result } from '@/lib/messaging';
import { BackgroundStatus } from './BackgroundStatus';

export interface PopupProps {
  status: Result<{ version: string }> | null;
  onOpenOptions: () => void;
}

export function Popup({ status, onOpenOptions }: PopupProps) {
  return (
    <main class="mpc-popup">
      <h1>MSP Portal Companion</h1>
      <BackgroundStatus status={status} />
      <button type="button" onClick={onOpenOptions}>
        Open settings
      </button>
    </main>
  );
}
