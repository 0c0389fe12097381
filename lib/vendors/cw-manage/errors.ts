import type { ErrorContext, VendorErrorInit } from '../http';
import { grantingFunctionFor } from './endpoint-permissions';
import { manageErrorBodySchema } from './schemas';

export interface ManageErrorScope {
  companyId: string;
  /** Where the web UI is, for links. */
  siteOrigin: string;
  /** The codebase in use, and whether the user forced it (vs the lookup). */
  codebase: string;
  codebaseFromConfig: boolean;
  /** The API root the vendor's URL rule gives for this site (for the "SSL is required" fix). */
  expectedApiBase: string;
}

/**
 * ConnectWise Manage's failures in words an admin can act on. Bodies follow
 * `ErrorResponseMessage {code, message, errors}` (§1.6); the 429 body uses `error` (§1.7). The
 * exact 401/403 bodies are not documented, so the wording relies on the status and, where it
 * helps, on the message text (e.g. a rejected clientId).
 */
export function describeManageError(
  ctx: ErrorContext,
  scope: ManageErrorScope,
): Partial<VendorErrorInit> | undefined {
  const parsed = manageErrorBodySchema.safeParse(ctx.body);
  const body = parsed.success ? parsed.data : {};
  const vendorMessage = body.message ?? '';

  if (body.code === 'Security' || /SSL is required/i.test(vendorMessage)) {
    return {
      kind: 'bad-url',
      message: `ConnectWise Manage answered "SSL is required" (${ctx.endpoint}): the API address is not its https:// api- host.`,
      nextStep: `Use ${scope.expectedApiBase} as the API address — cloud sites need https:// and the api- prefix.`,
    };
  }
  if (ctx.status === 401) {
    if (/client\s*id/i.test(vendorMessage)) {
      return {
        field: 'clientId',
        message: 'ConnectWise Manage did not accept the client ID.',
        nextStep:
          'Enter the client ID registered for this integration at developer.connectwise.com (a GUID).',
      };
    }
    return {
      field: 'publicKey,privateKey',
      message: `ConnectWise Manage did not accept the API key pair for company "${scope.companyId}".`,
      nextStep:
        `Check the public and private key and that they belong to an API member of "${scope.companyId}". ` +
        'The private key is shown only once — if unsure, create a new key pair under System › Members › API Members › API Keys.',
    };
  }
  if (ctx.status === 403) {
    const granting = grantingFunctionFor(ctx.endpoint);
    const needs = granting
      ? `${granting.module} › ${granting.function} › ${granting.level ?? 'Inquire'} level`
      : '';
    return {
      ...(granting ? { grantingFunction: granting } : {}),
      helpUrl: `${scope.siteOrigin}/${scope.codebase}ConnectWise.aspx`,
      message: granting
        ? `The API member's security role cannot use ${ctx.endpoint}: it needs ${needs}.`
        : `The API member's security role does not allow ${ctx.endpoint}.`,
      nextStep: granting
        ? `In ConnectWise Manage open System › Security Roles, pick the API member's role and set ${needs} to All; then test again.`
        : 'In ConnectWise Manage open System › Security Roles and audit the API member’s role; then test again.',
    };
  }
  if (ctx.status === 404) {
    return {
      message: `ConnectWise Manage has no ${ctx.endpoint} under codebase ${scope.codebase}.`,
      nextStep: scope.codebaseFromConfig
        ? `Clear the codebase override so the extension looks it up (/login/companyinfo/${scope.companyId}); cloud codebases look like v2025_1/, not v4_6_release/.`
        : `Check the site address: the codebase lookup (/login/companyinfo/${scope.companyId}) answered ${scope.codebase}.`,
    };
  }
  if (ctx.status === 429 && ctx.retryAfterSeconds === undefined) {
    const seconds = Number(/in (\d+) seconds?/i.exec(vendorMessage)?.[1]);
    if (Number.isFinite(seconds) && seconds > 0) {
      return { retryAfterSeconds: seconds, nextStep: `Try again in ${seconds} s.` };
    }
  }
  return undefined;
}
