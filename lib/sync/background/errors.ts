import { StoreError } from '../../db/errors';
import type { SyncError } from '../../db/records';
import { isVendorError } from '../../vendors/http';

/**
 * The connection's settings cannot be used right now (deleted, locked vault, unsupported vendor).
 * Thrown by a ConnectionDirectory; its message is shown to the user as is, so it must not carry
 * a secret.
 */
export class ConnectionUnavailableError extends Error {
  override readonly name = 'ConnectionUnavailableError';
  constructor(
    message: string,
    readonly nextStep: string,
  ) {
    super(message);
  }
}

/** A run that cannot go on for a reason of the sync itself (e.g. its saved position is unusable). */
export class SyncRunError extends Error {
  override readonly name = 'SyncRunError';
  constructor(
    message: string,
    readonly nextStep: string,
  ) {
    super(message);
  }
}

export const CANCELLED: SyncError = {
  kind: 'cancelled',
  message: 'The sync was cancelled. What it had read is saved; nothing was marked removed.',
  nextStep: 'Start it again when you are ready.',
};

/** A listing that stopped without proof of its end: the run is `incomplete`, not failed. */
export function isIncompleteListing(error: unknown): boolean {
  return isVendorError(error) && error.kind === 'incomplete-listing';
}

/**
 * Why a run failed, in plain words for the popup. Only errors of our own making carry their
 * text through; anything else is named by its type alone, since its message may hold data we
 * do not want to show or keep.
 */
export function describeSyncError(error: unknown): SyncError {
  if (isVendorError(error)) {
    return {
      kind: error.kind,
      message: error.message,
      nextStep: error.nextStep,
      ...(error.status !== undefined ? { status: error.status } : {}),
    };
  }
  if (error instanceof StoreError) return { kind: 'store', message: error.message, nextStep: error.nextStep };
  if (error instanceof ConnectionUnavailableError) {
    return { kind: 'connection', message: error.message, nextStep: error.nextStep };
  }
  if (error instanceof SyncRunError)
    return { kind: 'sync', message: error.message, nextStep: error.nextStep };
  const type = error instanceof Error ? error.name : typeof error;
  return {
    kind: 'unexpected',
    message: `The sync stopped on an unexpected error (${type}). Nothing was marked removed.`,
    nextStep: 'Try again; if it happens again, report it.',
  };
}
