import { type Clock, type HttpClient, parseWith, TokenCache, VendorError, vendorError } from '../http';
import type { CwAutomateConfig } from './config';
import { REFRESH_ENDPOINT, TOKEN_ENDPOINT } from './errors';
import { issuedTokenSchema, type TokenResult, tokenResultSchema } from './schemas';
import { totp } from './totp';

export interface AutomateToken {
  value: string;
  /** When the vendor stops accepting it (ExpirationDate). */
  expiresAt: number;
  /** Past this a refresh is refused and a full sign-in is needed (AbsoluteExpirationDate). */
  refreshUntil: number;
  userId: string | undefined;
  /** Whether the sign-in needed a generated two-factor code. */
  twoFactor: boolean;
}

/** Renew this long before expiry, so no request leaves with a token about to lapse. */
const RENEW_BEFORE_MS = 120_000;

/**
 * Automate sign-in (vendor-apis.md §2.2): `POST /apitoken` with the username and password; when
 * the answer has no token but `IsTwoFactorRequired`, post again with a TOTP code generated from
 * the stored secret. Before expiry the token is renewed with `POST /apitoken/refresh` (the body is
 * the token as a JSON string), which avoids a new two-factor code; when the refresh is refused, or
 * the absolute expiry is near, it signs in again. One request in flight at a time (TokenCache).
 */
export function createAutomateTokens(http: HttpClient, config: CwAutomateConfig, clock: Clock) {
  async function signIn(signal: AbortSignal): Promise<AutomateToken> {
    const credentials = { UserName: config.username.trim(), Password: config.password };
    const first = await postToken({ ...credentials }, signal);
    if (first.AccessToken) return issued(first, false);
    if (!first.IsTwoFactorRequired) {
      throw vendorError('auth', 'cw-automate', {
        endpoint: TOKEN_ENDPOINT,
        field: 'username,password',
        message: 'ConnectWise Automate answered the sign-in without a token.',
        nextStep: 'Check the username and password, then test the connection again.',
      });
    }
    const secret = config.totpSecret?.trim();
    if (!secret) {
      throw vendorError('auth', 'cw-automate', {
        endpoint: TOKEN_ENDPOINT,
        field: 'totpSecret',
        message: `The Automate user "${credentials.UserName}" signs in with a two-factor code.`,
        nextStep:
          'Enter the TOTP secret (the base32 key shown when two-factor login was set up for this user), so codes can be generated.',
      });
    }
    const code = await totp(secret, clock.now());
    const second = await postToken({ ...credentials, TwoFactorPasscode: code }, signal);
    if (second.AccessToken) return issued(second, true);
    throw vendorError('auth', 'cw-automate', {
      endpoint: TOKEN_ENDPOINT,
      field: 'totpSecret',
      message: 'ConnectWise Automate refused the two-factor code generated from the TOTP secret.',
      nextStep:
        "Check the TOTP secret (it must be this user's key) and that this computer's clock is right, then test again.",
    });
  }

  async function postToken(body: Record<string, string>, signal: AbortSignal): Promise<TokenResult> {
    const response = await http.request({
      method: 'POST',
      path: 'apitoken',
      endpoint: TOKEN_ENDPOINT,
      json: body,
      schema: tokenResultSchema,
      auth: false,
      signal,
    });
    return response.data;
  }

  function issued(result: TokenResult, twoFactor: boolean): AutomateToken {
    const token = parseWith(issuedTokenSchema, result, TOKEN_ENDPOINT, 'cw-automate');
    const expiresAt = Date.parse(token.ExpirationDate);
    const absolute = token.AbsoluteExpirationDate ? Date.parse(token.AbsoluteExpirationDate) : expiresAt;
    return {
      value: token.AccessToken,
      expiresAt,
      refreshUntil: Math.max(expiresAt, absolute),
      userId: token.UserId === null || token.UserId === undefined ? undefined : String(token.UserId),
      twoFactor,
    };
  }

  async function refresh(current: AutomateToken, signal: AbortSignal): Promise<AutomateToken | undefined> {
    try {
      const response = await http.request({
        method: 'POST',
        path: 'apitoken/refresh',
        endpoint: REFRESH_ENDPOINT,
        json: current.value,
        schema: tokenResultSchema,
        auth: false,
        signal,
      });
      if (!response.data.AccessToken) return undefined;
      return { ...issued(response.data, current.twoFactor), userId: current.userId };
    } catch (error) {
      // A refused refresh is not the user's problem: sign in again. Anything else is.
      if (error instanceof VendorError && error.kind === 'auth') return undefined;
      throw error;
    }
  }

  return new TokenCache<AutomateToken>({
    clock,
    skewMs: RENEW_BEFORE_MS,
    fetchToken: async (current, signal) => {
      const now = clock.now();
      // An expired token cannot be refreshed; one near its absolute expiry gains nothing from it.
      const renewable = current && now < current.expiresAt && now < current.refreshUntil - RENEW_BEFORE_MS;
      return (renewable ? await refresh(current, signal) : undefined) ?? signIn(signal);
    },
  });
}
