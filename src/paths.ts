import { existsSync } from 'node:fs';
import path from 'node:path';

/** The project's root folder (the one holding public/), from source (src/) or from the build (dist/src/). */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'public', 'index.html'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export const PUBLIC_DIR = path.join(projectRoot(), 'public');

/**
 * Web Chat's browser bundle: the copy the build puts in dist/vendor/ (the only one a production install has, as
 * botframework-webchat is a dev dependency), or, running from source before a build, the package's own.
 */
export function webchatBundlePath(root: string = projectRoot()): string {
  const built = path.join(root, 'dist', 'vendor', 'webchat.js');
  if (existsSync(built)) return built;
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}
