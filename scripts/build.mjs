// The build: TypeScript to dist/ (incremental), then Web Chat's bundle to dist/vendor/. It rebuilds only what changed,
// so `npm start` starts fast on an unchanged tree. `tsc -b` alone trusts its build-info file even when an output was
// deleted; so, first, any missing output makes the build start again from nothing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
/** Written by tsc -b (tsconfig.build.json's tsBuildInfoFile): every file of the last build. */
export const BUILD_INFO = path.join(DIST, 'tsconfig.build.tsbuildinfo');
/** Where the build puts Web Chat's browser bundle, and the server serves it from. */
export const WEBCHAT_OUT = path.join(DIST, 'vendor', 'webchat.js');

/** The outputs the last build wrote, from its build-info file ([] when there is none). */
export function expectedOutputs() {
  if (!existsSync(BUILD_INFO)) return [];
  const info = JSON.parse(readFileSync(BUILD_INFO, 'utf8'));
  const outputs = [];
  for (const name of info.fileNames ?? []) {
    const source = path.resolve(DIST, name);
    const rel = path.relative(ROOT, source);
    if (rel.startsWith('..') || rel.split(path.sep).includes('node_modules') || /\.d\.[cm]?ts$/.test(rel)) continue;
    outputs.push(path.join(DIST, rel.replace(/\.ts$/, '.js')));
  }
  return outputs;
}

function compile() {
  if (expectedOutputs().some((file) => !existsSync(file))) rmSync(BUILD_INFO, { force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

/** Copies Web Chat's bundle (a dev dependency) unless the same bytes are already there. */
function copyWebchat() {
  const bundle = path.join(path.dirname(createRequire(import.meta.url).resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
  if (existsSync(WEBCHAT_OUT) && readFileSync(WEBCHAT_OUT).equals(readFileSync(bundle))) return;
  mkdirSync(path.dirname(WEBCHAT_OUT), { recursive: true });
  copyFileSync(bundle, WEBCHAT_OUT);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  compile();
  copyWebchat();
}
