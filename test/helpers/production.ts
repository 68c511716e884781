import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/** The production install and start, as the Dockerfile, App Service and docs/operations.md run them. */
export const PROD_INSTALL = ['npm', 'ci', '--omit=dev'];
export const PROD_START = ['npm', 'run', 'start:prod'];
/** What a production image holds besides node_modules: the built service and the files it serves. */
export const RUNTIME_PATHS = ['package.json', 'package-lock.json', 'dist', 'public'];

/** Only what a shell gives a fresh login: no npm_config_* from an outer `npm test`. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_UPDATE_NOTIFIER: '1', ...extra };
}

/** A copy of the working tree as a clone holds it (tracked files and new ones not ignored), sharing node_modules. */
export function copyWorkingTree(to: string): void {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const f of files) {
    if (!existsSync(path.join(ROOT, f))) continue;
    mkdirSync(path.dirname(path.join(to, f)), { recursive: true });
    cpSync(path.join(ROOT, f), path.join(to, f));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(to, 'node_modules'), 'dir');
}

/** A command's own process group, so that stopping it stops npm and the node it started. */
export function spawnGroup(command: string[], cwd: string, env: Record<string, string>): { child: ChildProcess; stdout: string[]; stderr: string[] } {
  const [file = '', ...args] = command;
  const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout?.on('data', (d: Buffer) => stdout.push(...d.toString().split('\n').filter(Boolean)));
  child.stderr?.on('data', (d: Buffer) => stderr.push(...d.toString().split('\n').filter(Boolean)));
  return { child, stdout, stderr };
}

/** SIGTERM to the whole group, SIGKILL after graceMs. */
export async function stopGroup(child: ChildProcess, graceMs = 6000): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
  if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
}

/** Waits for the bot's "listening" log line and returns its URL. */
export async function listeningUrl(stdout: string[], child: ChildProcess, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = stdout.find((l) => l.includes('"event":"listening"'));
    if (line) return (JSON.parse(line.slice(line.indexOf('{'))) as { url: string }).url;
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
}
