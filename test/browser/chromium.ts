import { existsSync } from 'node:fs';
import path from 'node:path';

/** Debian's Chromium, which .ci/run installs; without it the browser tests are skipped with a printed notice. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_AVAILABLE = existsSync(CHROMIUM);
export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
/** Screenshots go here (git-ignored). */
export const OUT = path.resolve(__dirname, '../../test-results');
