import type { ErrorContext, VendorErrorInit } from '../http';
import { automateGrantingFunctionFor } from './endpoint-permissions';
import { automateErrorBodySchema } from './schemas';

export interface AutomateErrorScope {
  username: string;
  apiBaseUrl: string;
}

export const TOKEN_ENDPOINT = 'POST /apitoken';
export const REFRESH_ENDPOINT = 'POST /apitoken/refresh';

/**
 * ConnectWise Automate's failures in words an admin can act on. The error body is NOT FOUND
 * (vendor-apis.md §2.3), so the wording rests on the status and the endpoint, and on the message
 * text only to tell a rejected client ID from rejected credentials.
 */
export function describeAutomateError(
  ctx: ErrorContext,
  scope: AutomateErrorScope,
): Partial<VendorErrorInit> | undefined {
  const parsed = automateErrorBodySchema.safeParse(ctx.body);
  const text = parsed.success ? `${parsed.data.Message ?? parsed.data.message ?? ''}` : '';

  if ((ctx.status === 401 || ctx.status === 403) && /client\s*id/i.test(text)) {
    return {
      kind: 'auth',
      field: 'clientId',
      message: 'ConnectWise Automate did not accept the client ID.',
      nextStep: 'Enter the client ID registered for this integration at developer.connectwise.com (a GUID).',
    };
  }
  if (ctx.status === 401 && ctx.endpoint === TOKEN_ENDPOINT) {
    return {
      field: 'username,password',
      message: `ConnectWise Automate did not accept the username and password of "${scope.username}".`,
      nextStep:
        'Check the Automate username and password (an Automate user, not a ConnectWise Home login) and that the user is not locked.',
    };
  }
  if (ctx.status === 401) {
    return {
      message: `ConnectWise Automate refused a fresh sign-in token (${ctx.endpoint}).`,
      nextStep:
        'Test the connection again; if it keeps failing, check that the user is not locked or deleted.',
    };
  }
  if (ctx.status === 403) {
    const found = automateGrantingFunctionFor(ctx.endpoint);
    if (!found) return undefined;
    const needs = `${found.granting.module} › ${found.granting.function}`;
    return {
      grantingFunction: found.granting,
      field: found.field,
      message: `The user class of "${scope.username}" cannot use ${ctx.endpoint}: it needs ${needs} (${found.field}).`,
      nextStep: `In Automate open System › Users and Contacts › User Class Manager, give the user's class ${needs}, save, then test again.`,
    };
  }
  if (ctx.status === 404 && (ctx.endpoint === TOKEN_ENDPOINT || ctx.endpoint === REFRESH_ENDPOINT)) {
    return {
      kind: 'bad-url',
      message: `There is no ConnectWise Automate API at ${scope.apiBaseUrl}.`,
      nextStep:
        'Enter the Automate server host name only (e.g. automate.example.com); the API lives under /cwa/api/v1.',
    };
  }
  return undefined;
}
