import { expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_AVAILABLE } from './chromium';

/**
 * The browser tests skip (and say so) on a machine without Chromium, so that `npm test` runs anywhere. In CI
 * (.ci/run sets CI=true and installs Debian's chromium) a skip would hide them: there, a missing browser fails.
 */
it.runIf(process.env.CI === 'true')('CI has Chromium, so no browser test is skipped there', () => {
  expect(CHROMIUM_AVAILABLE, `no Chromium at ${CHROMIUM}`).toBe(true);
});
