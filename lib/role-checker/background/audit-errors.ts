import { ConnectionError } from '../../connections/errors';
import { CommandError } from '../../messaging/errors';
import { PermissionsInputError } from '../../permissions';
import { isVaultError } from '../../secrets/errors';
import { isVendorError } from '../../vendors/http';

/**
 * Runs in: the background. The failures of an API audit a person can act on, as the message the
 * page shows as it is: a vendor error (its message and next step; a 403 names the role function
 * to grant), a connection that cannot be opened (unknown, vault locked…), or data the audit engine
 * refused. Null for anything else: its text may carry a URL or header, so it stays generic.
 */
export function explainAuditFailure(error: unknown): CommandError | null {
  if (isVendorError(error)) {
    const grant = error.grantingFunction;
    const granting = grant
      ? ` The API member needs ${grant.module} › ${grant.function}${grant.level ? ` (${grant.level})` : ''}.`
      : '';
    return new CommandError(`${error.message}${granting} ${error.nextStep}`, {
      kind: error.kind,
      vendor: error.vendor,
    });
  }
  if (error instanceof ConnectionError || isVaultError(error)) {
    return new CommandError(error.message, { code: error.code });
  }
  if (error instanceof PermissionsInputError) {
    return new CommandError(`The server's answer could not be audited: ${error.message}`, {
      code: error.code,
    });
  }
  return null;
}
