import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  /** `http://127.0.0.1:<port>` — give it to a client with its allow-insecure-http test option. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Hosts a simulator handler on 127.0.0.1 with a free port (unit tests, benchmarks, the CLI). */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  options: { port?: number; host?: string } = {},
): Promise<Listening> {
  const server = createServer(handler);
  // Keep-alive like a real API front end; close() still ends every socket at once.
  server.keepAliveTimeout = 5_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
