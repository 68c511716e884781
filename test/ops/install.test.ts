import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import { LocalChat } from '../helpers/localChat';
import { cleanEnv, copyWorkingTree, listeningUrl, PROD_INSTALL, PROD_START, ROOT, RUNTIME_PATHS, spawnGroup, stopGroup } from '../helpers/production';

/**
 * Issue #25 items 1 and 2, in a temporary copy of the working tree: `npm start` rebuilds only what changed, and the
 * production install (from the npm cache, install scripts on) installs and starts the built service.
 */
let dir = '';
let tree = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'install-'));
  tree = path.join(dir, 'tree');
  copyWorkingTree(tree);
  execFileSync('npm', ['run', 'prestart'], { cwd: tree, env: cleanEnv(), stdio: 'pipe', timeout: 180_000 });
}, 200_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every file under dist/ with the time it was last written. */
function distFiles(): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(tree, p), statSync(p).mtimeMs);
    }
  };
  walk(path.join(tree, 'dist'));
  return out;
}

const prestart = (): void => {
  execFileSync('npm', ['run', 'prestart'], { cwd: tree, env: cleanEnv(), stdio: 'pipe', timeout: 180_000 });
};

describe('npm start rebuilds only what changed (issue #25 item 2)', () => {
  it('an unchanged tree is not rebuilt: no file in dist/ is rewritten', () => {
    const before = distFiles();
    expect(before.has(path.join('dist', 'src', 'index.js'))).toBe(true);
    expect(before.has(path.join('dist', 'vendor', 'webchat.js'))).toBe(true);
    prestart();
    expect(distFiles()).toEqual(before);
  }, 60_000);

  it('an edited source file is rebuilt', () => {
    appendFileSync(path.join(tree, 'src', 'version.ts'), '\nexport const EDITED_FOR_TEST = 25;\n');
    const before = statSync(path.join(tree, 'dist', 'src', 'version.js')).mtimeMs;
    prestart();
    expect(readFileSync(path.join(tree, 'dist', 'src', 'version.js'), 'utf8')).toContain('EDITED_FOR_TEST');
    expect(statSync(path.join(tree, 'dist', 'src', 'version.js')).mtimeMs).toBeGreaterThan(before);
  }, 120_000);

  it('a missing output is rebuilt', () => {
    rmSync(path.join(tree, 'dist', 'src', 'index.js'));
    rmSync(path.join(tree, 'dist', 'vendor', 'webchat.js'));
    prestart();
    expect(existsSync(path.join(tree, 'dist', 'src', 'index.js'))).toBe(true);
    expect(existsSync(path.join(tree, 'dist', 'vendor', 'webchat.js'))).toBe(true);
  }, 180_000);

  it('npm start and the production start run the same command', () => {
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['start:prod']).toBe(scripts.start);
    expect(scripts['start:prod']).not.toMatch(/build|tsc|prestart/);
  });
});

describe('the production install (issue #25 item 1)', () => {
  it('installs from the npm cache with install scripts on, starts with the production command, and chats', async () => {
    const prod = path.join(dir, 'prod');
    for (const p of RUNTIME_PATHS) cpSync(path.join(tree, p), path.join(prod, p), { recursive: true });
    const started = performance.now();
    const [npm = 'npm', ...args] = PROD_INSTALL;
    execFileSync(npm, [...args, '--offline', '--no-audit', '--no-fund'], { cwd: prod, env: cleanEnv(), stdio: 'pipe', timeout: 300_000 });
    const seconds = (performance.now() - started) / 1000;
    const modules = path.join(prod, 'node_modules');
    expect(existsSync(path.join(modules, 'botbuilder'))).toBe(true);
    expect(existsSync(path.join(modules, 'botframework-webchat')), 'Web Chat is served from dist/, not installed').toBe(false);
    const packages = Object.keys((JSON.parse(readFileSync(path.join(modules, '.package-lock.json'), 'utf8')) as { packages: object }).packages).length;
    const size = execFileSync('du', ['-sh', 'node_modules'], { cwd: prod, encoding: 'utf8' }).split('\t')[0];
    console.log(`production install: ${packages} packages, du -sh node_modules ${size}, ${seconds.toFixed(0)} s from the npm cache`);

    const bot = spawnGroup(PROD_START, prod, cleanEnv({ HOST: '127.0.0.1', PORT: '0' }));
    try {
      const url = await listeningUrl(bot.stdout, bot.child);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const webchat = await fetch(`${url}/vendor/webchat.js`);
      expect(webchat.status).toBe(200);
      expect((await webchat.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
      const chat = await LocalChat.open(url);
      await chat.waitFor(en.consent.ask.slice(0, 40));
      await chat.say('yes');
      await chat.waitFor(en.consent.thanks);
    } finally {
      await stopGroup(bot.child);
    }
    expect(bot.stderr.filter((l) => !l.startsWith('npm warn'))).toEqual([]);
  }, 400_000);
});
