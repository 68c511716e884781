import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { processCpuMs, ROOT, stopChild } from './processes';

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const MAIN = path.join(ROOT, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A real Azurite blob service on 127.0.0.1 (the npm package, pinned), always with --disableTelemetry, its data in
 * a temporary folder so that it can be stopped and started again with the same data.
 */
export class Azurite {
  private child: ChildProcess | null = null;
  /** extraArgs: more of Azurite's options (e.g. --oauth basic with --cert and --key). */
  constructor(private readonly extraArgs: string[] = []) {}
  readonly location = mkdtempSync(path.join(tmpdir(), 'azurite-'));
  port = 0;

  get connectionString(): string {
    return this.connectionStringAt(this.port);
  }

  /** The connection string with another port (a proxy in front of Azurite). */
  connectionStringAt(port: number): string {
    return `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};BlobEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`;
  }

  async start(): Promise<this> {
    if (this.port === 0) this.port = await freePort();
    this.child = spawn(
      process.execPath,
      [MAIN, '--blobHost', '127.0.0.1', '--blobPort', String(this.port), '--location', this.location, '--silent', '--disableTelemetry', '--skipApiVersionCheck', ...this.extraArgs],
      { stdio: 'ignore' },
    );
    const deadline = Date.now() + 20_000;
    while (!(await accepting(this.port))) {
      if (Date.now() > deadline) throw new Error('Azurite did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    return this;
  }

  /** CPU time Azurite has used so far, in ms (the benchmark's store runs on the same cores as the bot). */
  cpuMs(): number {
    return processCpuMs(this.child?.pid);
  }

  async stop(): Promise<void> {
    if (!this.child) return;
    await stopChild(this.child, 5000);
    this.child = null;
    while (await accepting(this.port)) await new Promise((r) => setTimeout(r, 50));
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.location, { recursive: true, force: true });
  }
}
