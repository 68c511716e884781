import tseslint from 'typescript-eslint';
import regexpPlugin from 'eslint-plugin-regexp';

/**
 * Who may import whom (docs/architecture.md). Each folder lists what it may not import, as it holds today; what does
 * not hold yet is listed there as a known debt. A relative import is matched by the folder it names.
 */
// A folder of the code, not a data folder of the same name (locales/nlu/ is data any layer may read).
const layer = (...names) => `^\\.\\.?/(?:\\.\\./)*(?:src/)?(?:${names.join('|')})(?:/|\\.ts$|$)`;
const noBotFramework = { regex: '^(?:botbuilder|botframework-)', message: 'Only the edges (src/bot, src/adapter, src/server, dialogs, src/render, src/storage) use the Bot Framework.' };
const restrict = (files, forbidden, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...(forbidden.length > 0 ? [{ regex: layer(...forbidden), message: `${files[0]} may not import ${forbidden.join(', ')} (docs/architecture.md).` }] : []), ...extra] },
    ],
  },
});
const importRules = [
  // The engine is pure: it imports only its own files, zod, and natural's string distances (medicineMatcher.ts).
  restrict(['src/assessment/**/*.ts'], [], [
    {
      regex: '^(?!\\./|\\.\\./i18n/locales$|zod$|natural/lib/natural/(?:distance|phonetics)$)',
      message: 'src/assessment is pure: its own files, the list of locales (../i18n/locales, which imports nothing), zod and natural\'s distances only (docs/architecture.md).',
    },
  ]),
  // The assessment CLI is the engine's one door to the outside: it may read a file too.
  restrict(['src/assessment/cli.ts'], [], [{ regex: '^(?!\\./|node:fs$)', message: 'src/assessment/cli.ts reads a file and calls the engine, nothing else.' }]),
  restrict(['src/nlu/**/*.ts'], ['dialogs', 'bot', 'server', 'render', 'views', 'explain', 'storage', 'adapter', 'telemetry', 'skill', 'config'], [noBotFramework]),
  restrict(['src/explain/**/*.ts'], ['dialogs', 'bot', 'server', 'nlu', 'render', 'storage', 'adapter', 'telemetry', 'skill', 'config', 'i18n'], [noBotFramework]),
  // The phrase and view vocabulary is floor 1: it imports nothing of the bot.
  restrict(['src/views.ts'], ['dialogs', 'bot', 'server', 'nlu', 'explain', 'assessment', 'render', 'storage', 'adapter', 'telemetry', 'skill', 'config', 'i18n'], [noBotFramework]),
  restrict(['src/render/**/*.ts'], ['dialogs', 'bot', 'server', 'nlu', 'explain', 'assessment', 'storage', 'adapter', 'telemetry', 'skill', 'config']),
  restrict(['src/i18n/**/*.ts'], ['dialogs', 'bot', 'server', 'nlu', 'explain', 'assessment', 'render', 'storage', 'adapter', 'telemetry', 'skill', 'config'], [noBotFramework]),
  restrict(['src/storage/**/*.ts'], ['dialogs', 'bot', 'server', 'nlu', 'explain', 'assessment', 'render', 'adapter', 'skill', 'i18n']),
  restrict(['dialogs/**/*.ts'], ['server', 'bot', 'adapter', 'storage', 'config', 'tools', 'index']),
  restrict(['src/server/**/*.ts'], ['dialogs', 'nlu', 'explain', 'assessment', 'render', 'telemetry']),
  // What runs around every turn, on every adapter (issue #30 item 6): below the bot and the server.
  restrict(['src/middleware/**/*.ts'], ['dialogs', 'bot', 'server', 'nlu', 'explain', 'assessment', 'render']),
];

/** Lint with type information: no `any` escapes, no ts-ignore, no floating promises. */
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'coverage/**', 'test-results/**', 'teams/build/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json', './test/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.mts'], ...tseslint.configs.disableTypeChecked },
  {
    // No regular expression the bot runs may backtrack without bound (issue 23): a pattern that can take
    // super-linear time on some input is an error, wherever it is written.
    files: ['src/**/*.ts', 'dialogs/**/*.ts', 'bench/**/*.ts'],
    plugins: { regexp: regexpPlugin },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  ...importRules,
);
