import type { Result } from '@/lib/messaging';
import { BackgroundStatus } from './BackgroundStatus';

export interface OptionsPageProps {
  status: Result<{ version: string }> | null;
}

export function OptionsPage({ status }: OptionsPageProps) {
  return (
    <main class="mpc-options">
      <h1>MSP Portal Companion settings</h1>
      <BackgroundStatus status={status} />
    </main>
  );
}
