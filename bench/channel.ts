import { createServer, type Server } from 'node:http';
import { closeServer, listenOnLoopback } from './loopback';

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
    this.url = await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    if (this.server) await closeServer(this.server);
  }
}
