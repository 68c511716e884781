import { connect, createServer, type Server, type Socket } from 'node:net';

/** An HTTP/1.1 request line (the store's requests: GET, PUT, HEAD, DELETE), CRLF-terminated. */
const REQUEST_LINE = /(?:GET|PUT|HEAD|DELETE|POST) \/\S* HTTP\/1\.1\r\n/g;
/** Longer than any request line (a blob URL is at most about 1,100 characters). */
const TAIL = 4096;

/**
 * A TCP proxy on 127.0.0.1 in front of a local store (Azurite) that counts the HTTP requests it forwards: store
 * calls. It passes bytes through without parsing HTTP (an HTTP proxy cost the load harness about 0.6 ms of CPU a
 * request, on the cores the bot and Azurite share) and counts request lines in the stream; a request's JSON body
 * cannot hold one (JSON escapes CR and LF). A line split between two chunks is counted once, in the chunk it ends in.
 */
export class CountingProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  requests = 0;
  /** TCP connections opened to the store: with HTTP keep-alive, a handful for a whole phase. */
  connections = 0;
  port = 0;

  constructor(private readonly targetPort: number) {}

  private count(chunk: Buffer, tail: string): string {
    const text = tail + chunk.toString('latin1');
    for (const m of text.matchAll(REQUEST_LINE)) if (m.index + m[0].length > tail.length) this.requests += 1;
    return text.slice(-TAIL);
  }

  async start(): Promise<this> {
    this.server = createServer((client) => {
      this.connections += 1;
      const upstream = connect(this.targetPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => (s === client ? upstream : client).destroy());
      }
      let tail = '';
      client.on('data', (chunk: Buffer) => {
        tail = this.count(chunk, tail);
      });
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
