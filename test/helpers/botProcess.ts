import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const startFlags = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(' ')
  .filter((w) => w.startsWith('--'));

/** The bot as its own process (as `npm start` runs it, from source), on 127.0.0.1 and a free port. */
export class BotProcess {
  child: ChildProcess | null = null;
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  url = '';

  constructor(private readonly env: Record<string, string>) {}

  async start(timeoutMs = 20_000): Promise<this> {
    const child = spawn(process.execPath, [...startFlags, '--import', 'tsx', 'src/index.ts'], {
      cwd: root,
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
      else if (child.exitCode !== null) throw new Error(`bot exited: ${this.stderr.join(' ')}`);
      else if (Date.now() > deadline) throw new Error('bot did not start');
      else await new Promise((r) => setTimeout(r, 50));
    }
    return this;
  }

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 6000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}
