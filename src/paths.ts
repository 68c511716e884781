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
