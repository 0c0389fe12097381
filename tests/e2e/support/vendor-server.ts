import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createThrowawayCertificate } from './certificate';

export type HostHandler = (req: IncomingMessage, res: ServerResponse) => void;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * One HTTPS server standing in for every vendor host. Chromium resolves all hostnames to it, and
 * it answers by the Host header: a registered simulator handler first, else a static fixture
 * page from `<pagesDir>/<hostname>/<path>`, else 404. Nothing leaves the machine.
 */
export class VendorServer {
  private readonly handlers: { hostname: string; pathPrefix: string; handler: HostHandler }[] = [];
  private server: Server | null = null;

  constructor(private readonly pagesDir: string) {}

  get port(): number {
    if (!this.server) throw new Error('The vendor server is not started.');
    return (this.server.address() as AddressInfo).port;
  }

  /**
   * Serves `hostname` (optionally only paths under `pathPrefix`) with a simulator's request
   * handler until `reset()`. Other paths on that host still get fixture pages, as when a portal
   * and its login API share a host.
   */
  handle(hostname: string, handler: HostHandler, { pathPrefix = '/' }: { pathPrefix?: string } = {}): void {
    this.handlers.push({ hostname: hostname.toLowerCase(), pathPrefix, handler });
    // Longest prefix first, so a specific route wins over a whole-host handler.
    this.handlers.sort((a, b) => b.pathPrefix.length - a.pathPrefix.length);
  }

  reset(): void {
    this.handlers.length = 0;
  }

  async start(): Promise<void> {
    const server = createServer(createThrowawayCertificate(), (req, res) => {
      this.dispatch(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hostname = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const { pathname } = new URL(req.url ?? '/', 'https://fixture.invalid');
    const route = this.handlers.find(
      (candidate) => candidate.hostname === hostname && pathname.startsWith(candidate.pathPrefix),
    );
    if (route) return route.handler(req, res);

    const file = await this.findPage(hostname, decodeURIComponent(pathname));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`No fixture page for https://${hostname}${pathname}`);
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(await readFile(file));
  }

  private async findPage(hostname: string, pathname: string): Promise<string | null> {
    const hostDir = path.join(this.pagesDir, hostname);
    const candidate = path.normalize(path.join(hostDir, pathname));
    // A request may not climb out of its host's folder.
    if (!candidate.startsWith(hostDir)) return null;
    for (const file of [candidate, path.join(candidate, 'index.html')]) {
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) return file;
    }
    return null;
  }
}
