import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // restify 11 triggers Node's DEP0111 from a dependency; silenced as `npm start` does (see README). The regexp
    // flag is the one `npm start` passes too (issue 23: V8 falls back to its linear engine on excessive backtracking).
    execArgv: ['--disable-warning=DEP0111', '--enable-experimental-regexp-engine-on-excessive-backtracks'],
    reporters: ['default'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
