import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
/** Running from the build (dist/) or from source (through tsx). */
export const FROM_BUILD = __filename.endsWith('.js');

/** The node flags `npm start` uses (it silences restify's DEP0111 and nothing else). */
export const START_FLAGS = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(' ')
  .filter((w) => w.startsWith('--'));

/** Node arguments that run a project file, from dist/ when built, otherwise from source through tsx. */
export function nodeArgs(relativeTs: string): string[] {
  if (FROM_BUILD) return [...START_FLAGS, path.join(ROOT, 'dist', relativeTs.replace(/\.ts$/, '.js'))];
  return [...START_FLAGS, '--import', 'tsx', path.join(ROOT, relativeTs)];
}

/** CPU time a process has used so far (user + system), in ms, from /proc (0 when it is gone). */
export function processCpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    return (ticks * 1000) / 100;
  } catch {
    return 0;
  }
}

/** SIGTERM, then SIGKILL if the process has not exited within graceMs. */
export async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** A server as its own process, on 127.0.0.1 and a free port; ready when it logs its "listening" line. */
export class ServerProcess {
  child: ChildProcess | null = null;
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  url = '';
  startedAt = 0;
  readyAt = 0;

  constructor(
    private readonly file: string,
    private readonly env: Record<string, string>,
    private readonly extraNodeArgs: string[] = [],
  ) {}

  async start(timeoutMs = 20_000): Promise<this> {
    this.startedAt = performance.now();
    const child = spawn(process.execPath, [...this.extraNodeArgs, ...nodeArgs(this.file)], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (d: Buffer) => this.stdout.push(...d.toString().split('\n').filter(Boolean)));
    child.stderr?.on('data', (d: Buffer) => this.stderr.push(...d.toString().split('\n').filter(Boolean)));
    const deadline = Date.now() + timeoutMs;
    while (!this.url) {
      const line = this.stdout.find((l) => l.includes('"event":"listening"'));
      if (line) this.url = (JSON.parse(line) as { url: string }).url;
      else if (child.exitCode !== null) throw new Error(`${this.file} exited: ${this.stderr.join(' ')}`);
      else if (Date.now() > deadline) throw new Error(`${this.file} did not start`);
      else await new Promise((r) => setTimeout(r, 5));
    }
    return this;
  }

  /** Polls /healthz until it answers 200; the time from spawn to then is the start-up time. */
  async healthy(timeoutMs = 20_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        if ((await fetch(`${this.url}/healthz`)).status === 200) {
          this.readyAt = performance.now();
          return this.readyAt - this.startedAt;
        }
      } catch {
        // not yet
      }
      if (Date.now() > deadline) throw new Error('not healthy');
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null;
  }

  /** Peak resident memory (VmHWM) of the process, in MB, from /proc. */
  peakRssMb(): number {
    const pid = this.child?.pid;
    if (!pid) return 0;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = /VmHWM:\s+(\d+)/.exec(status)?.[1];
      return kb ? Number(kb) / 1024 : 0;
    } catch {
      return 0;
    }
  }

  /** CPU time the process has used so far (user + system), in ms, from /proc. */
  cpuMs(): number {
    return processCpuMs(this.child?.pid);
  }

  async stop(): Promise<void> {
    if (this.child) await stopChild(this.child, 6000);
  }
}
