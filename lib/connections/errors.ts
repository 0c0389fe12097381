/** Why a connection operation failed; messages are safe to show (never a secret value). */
export type ConnectionErrorCode =
  | 'not-found'
  | 'invalid'
  /** Set by the organization's policy: cannot be renamed, edited or removed here. */
  | 'managed'
  | 'vendor-changed'
  /** A required secret was never saved for this connection. */
  | 'missing-secret'
  /** The on-premise server's host permission is not granted. */
  | 'host-permission-missing';

export class ConnectionError extends Error {
  override readonly name = 'ConnectionError';
  constructor(
    readonly code: ConnectionErrorCode,
    message: string,
    /** Field → messages, for `invalid`. */
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
  }
}
