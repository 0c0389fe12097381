import type { Result } from '@/lib/messaging';

export interface BackgroundStatusProps {
  status: Result<{ version: string }> | null;
}

/** One line telling whether the background answered, and with which version. */
export function BackgroundStatus({ status }: BackgroundStatusProps) {
  if (!status) return <p class="mpc-status">Connecting to the background…</p>;
  if (!status.ok) {
    return (
      <p class="mpc-status mpc-status--error" role="alert">
        Background not reachable: {status.error.message}
      </p>
    );
  }
  return (
    <p class="mpc-status mpc-status--ok" data-testid="background-status">
      Background connected · version {status.data.version}
    </p>
  );
}
