import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What a simulator route answers. Routes return this instead of writing to the socket so that
 * fault injection (truncation, malformed bodies) can wrap any route.
 */
export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as JSON with `content-type: application/json; charset=utf-8`. */
  body?: unknown;
  /** Sent as is (takes precedence over `body`). */
  raw?: string;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, body, headers };
}

export function text(status: number, raw: string, headers: Record<string, string> = {}): SimResponse {
  return { status, raw, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } };
}

/** Serialises a SimResponse to the exact bytes that will be sent. */
export function renderBody(response: SimResponse): { contentType: string | undefined; payload: string } {
  if (response.raw !== undefined) return { contentType: undefined, payload: response.raw };
  if (response.body === undefined) return { contentType: undefined, payload: '' };
  return { contentType: 'application/json; charset=utf-8', payload: JSON.stringify(response.body) };
}

export function send(res: ServerResponse, response: SimResponse, payloadOverride?: string): void {
  const { contentType, payload } = renderBody(response);
  const body = payloadOverride ?? payload;
  const headers: Record<string, string> = {};
  if (contentType) headers['content-type'] = contentType;
  Object.assign(headers, response.headers);
  headers['content-length'] = String(Buffer.byteLength(body));
  res.writeHead(response.status, headers);
  res.end(body);
}

/** Reads a request body (up to `limit` bytes; more is a 413 in the caller's hands). */
export async function readBody(req: IncomingMessage, limit = 5 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `Authorization: Basic …` → user and password, or undefined when absent or malformed. */
export function parseBasicAuth(header: string | undefined): { user: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** `Authorization: Bearer …` → the token, or undefined. */
export function parseBearer(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
}

/** A header value whatever its case (Node lower-cases names; arrays joined). */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The first query parameter named any of `names`, whatever its case (ASP.NET back ends bind
 * `pagesize` as `pageSize`); null when absent.
 */
export function queryParam(url: URL, ...names: string[]): string | null {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  for (const [key, value] of url.searchParams) if (wanted.has(key.toLowerCase())) return value;
  return null;
}

/** Whether the request arrived over TLS (the E2E HTTPS server) — for "SSL is required" checks. */
export function isTls(req: IncomingMessage): boolean {
  return Boolean((req.socket as { encrypted?: boolean }).encrypted);
}

/** The origin the client used (`https://host` behind the E2E server, `http://127.0.0.1:port` in unit tests). */
export function requestOrigin(req: IncomingMessage): string {
  return `${isTls(req) ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
}
