import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A fake channel for load: answers every reply at once and only counts them, so it costs the run almost nothing. */
export class CountingChannel {
  replies = 0;
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        this.replies += 1;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"1"}');
      });
    });
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
