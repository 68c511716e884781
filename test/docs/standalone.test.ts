import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkingTree } from '../helpers/production';
import { START_FLAGS } from '../../bench/processes';

/**
 * The repository stands on its own: the clinical documents live in docs/, and a copy of the repository with no
 * ../shared beside it passes its assessment tests and serves the chat page.
 */
const root = path.resolve(__dirname, '../..');
const shared = path.resolve(root, '../shared');
/** Docs the repository extends below the shared text. */
const EXTENDED = new Set(['lab-report-formats.md']);
const DOCS = ['clinical-spec.md', 'assessment-contract.md', 'lab-report-formats.md', 'source-article.md'];
/** The project's own documents: not copies of ../shared (architecture.md is the project's own since issue #30). */
const OWN = ['architecture.md', 'how-it-decides.md', 'understanding.md', 'channels.md', 'operations.md', 'security.md', 'performance.md', 'skill.md', 'toolchain.md', 'how-to.md', 'agents-sdk-port.md'];

describe('the clinical documents live in the repository', () => {
  it.each([...DOCS, ...OWN])('docs/%s exists', (name) => {
    expect(existsSync(path.join(root, 'docs', name))).toBe(true);
  });

  const hasShared = existsSync(path.join(shared, 'clinical-spec.md'));
  if (!hasShared) console.log(`notice: ${shared} is not beside the checkout, so the copies in docs/ are not compared with it`);
  it.skipIf(!hasShared).each(DOCS)('docs/%s is the same as ../shared/%s', (name) => {
    const theirs = path.join(shared, name);
    if (!existsSync(theirs)) return;
    const ours = readFileSync(path.join(root, 'docs', name), 'utf8');
    const message = `docs/${name} differs from ../shared/${name}: copy the new version in`;
    // The formats guide is the shared text word for word, followed by the layouts the project added (issue #28).
    if (EXTENDED.has(name)) expect(ours.startsWith(readFileSync(theirs, 'utf8')), message).toBe(true);
    else expect(ours, message).toBe(readFileSync(theirs, 'utf8'));
  });

  it('nothing in the repository points into ../shared', () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(ts|mts|md|json|js|html)$/.test(f) && !f.startsWith('docs/') && f !== 'package-lock.json' && existsSync(path.join(root, f)));
    const offenders = files.filter((f) => /\.\.\/shared\/|\.\.\/\.\.\/\.\.\/shared/.test(readFileSync(path.join(root, f), 'utf8')));
    expect(offenders.filter((f) => f !== 'test/docs/standalone.test.ts')).toEqual([]);
  });
});

describe('a copy of the repository with no ../shared beside it', () => {
  let dir = '';
  let repo = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'standalone-'));
    repo = path.join(dir, 'liver-test-guide');
    mkdirSync(repo);
    // What a clone holds: the tracked files and any new ones not ignored (so uncommitted work is checked too).
    copyWorkingTree(repo);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has no shared folder beside it', () => {
    expect(existsSync(path.join(dir, 'shared'))).toBe(false);
  });

  it('passes the assessment tests', () => {
    const out = execFileSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/assessment', '--reporter=dot'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
      timeout: 120_000,
    });
    expect(out).toMatch(/passed/);
    expect(out).not.toMatch(/failed/);
  }, 150_000);

  it('starts (as npm start does) and serves the chat page', async () => {
    const child = spawn(process.execPath, [...START_FLAGS, '--import', 'tsx', 'src/index.ts'], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let buf = '';
        const timer = setTimeout(() => reject(new Error('did not start')), 30_000);
        child.stdout.on('data', (d: Buffer) => {
          buf += d.toString();
          const line = buf.split('\n').find((l) => l.includes('"event":"listening"'));
          if (line) {
            clearTimeout(timer);
            resolve((JSON.parse(line) as { url: string }).url);
          }
        });
        child.once('exit', () => reject(new Error('exited')));
      });
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html');
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
