import type { HttpClientOptions } from './client';
import type { TokenCacheRegistry } from './token-registry';

/** What a vendor client factory accepts besides the user's settings (tests, benchmarks, the background). */
export interface VendorClientOptions {
  /** ONLY for unit tests and local simulators: accept http:// and non-vendor hosts. */
  allowInsecureHttp?: boolean;
  clock?: HttpClientOptions['clock'];
  retry?: HttpClientOptions['retry'];
  timeoutMs?: number;
  log?: HttpClientOptions['log'];
  fetch?: typeof globalThis.fetch;
  /** Where tokens are shared between clients of one credential (default: the background's registry). */
  tokenCaches?: TokenCacheRegistry;
}

/** The transport part of `VendorClientOptions`, ready to spread into `createHttpClient`. */
export function transportOptions(
  options: VendorClientOptions,
): Pick<HttpClientOptions, 'allowInsecureHttp' | 'clock' | 'retry' | 'timeoutMs' | 'log' | 'fetch'> {
  return {
    allowInsecureHttp: options.allowInsecureHttp ?? false,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
}

/** UTF-8 safe base64 for Basic credentials (btoa alone fails on non-Latin-1 characters). */
export function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
