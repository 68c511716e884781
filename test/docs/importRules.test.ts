import path from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The import rules of docs/architecture.md, as eslint.config.mjs enforces them (issue #30): each folder's
 * no-restricted-imports refuses what it may not import and lets through what it does.
 */
const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });
const linter = new Linter({ configType: 'flat' });
type RuleEntry = Linter.RuleEntry;
const rules = new Map<string, RuleEntry>();

async function ruleFor(file: string): Promise<RuleEntry> {
  const cached = rules.get(file);
  if (cached) return cached;
  const config = (await eslint.calculateConfigForFile(path.join(root, file))) as { rules?: Record<string, RuleEntry> };
  const rule = config.rules?.['no-restricted-imports'] ?? 'off';
  rules.set(file, rule);
  return rule;
}

async function refused(file: string, specifier: string): Promise<boolean> {
  const messages = linter.verify(
    `import '${specifier}';\n`,
    [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: { 'no-restricted-imports': await ruleFor(file) } }],
    { filename: path.join(root, file) },
  );
  return messages.some((m) => m.ruleId === 'no-restricted-imports');
}

const CASES: [file: string, specifier: string, refusedExpected: boolean][] = [
  ['src/assessment/assess.ts', 'zod', false],
  ['src/assessment/assess.ts', './rules', false],
  ['src/assessment/assess.ts', '../nlu/commands', true],
  ['src/assessment/assess.ts', '../i18n', true],
  ['src/assessment/types.ts', '../i18n/locales', false],
  ['src/assessment/types.ts', '../i18n/resources', true],
  ['src/assessment/assess.ts', 'botbuilder', true],
  ['src/assessment/assess.ts', 'node:fs', true],
  ['src/assessment/cli.ts', 'node:fs', false],
  ['src/assessment/cli.ts', '../server/createServer', true],
  ['src/nlu/commands.ts', '../assessment/types', false],
  ['src/nlu/commands.ts', '../render/views', true],
  ['src/nlu/commands.ts', '../../dialogs/session', true],
  ['src/nlu/commands.ts', '../bot/liverBot', true],
  ['src/nlu/commands.ts', '../server/createServer', true],
  ['src/nlu/report/lex.ts', '../../render/views', true],
  ['src/nlu/commands.ts', 'botbuilder-dialogs', true],
  ['src/explain/reasons.ts', '../assessment/rules', false],
  ['src/explain/reasons.ts', '../views', false],
  ['src/explain/reasons.ts', '../render', true],
  ['src/explain/reasons.ts', '../render/channels', true],
  ['src/nlu/commands.ts', '../views', true],
  ['src/views.ts', './render', true],
  ['src/views.ts', './i18n', true],
  ['src/explain/reasons.ts', '../nlu/commands', true],
  ['src/explain/reasons.ts', '../../dialogs/session', true],
  ['src/render/index.ts', '../assessment/types', true],
  ['src/i18n/index.ts', '../../locales/en.json', false],
  ['src/i18n/index.ts', '../render/views', true],
  ['src/i18n/resources.ts', '../../locales/nlu/en.json', false],
  ['src/i18n/resources.ts', '../nlu/commands', true],
  ['dialogs/mainDialog.ts', '../src/nlu/commands', false],
  ['dialogs/mainDialog.ts', '../src/server/createServer', true],
  ['dialogs/mainDialog.ts', '../src/bot/liverBot', true],
  ['dialogs/questions/health.ts', '../../src/server/createServer', true],
  ['src/server/createServer.ts', '../../dialogs/mainDialog', true],
  ['src/server/createServer.ts', '../nlu/commands', true],
  ['src/storage/createStorage.ts', '../../dialogs/session', true],
  ['src/middleware/turnLog.ts', '../logger', false],
  ['src/middleware/turnLog.ts', '../bot/liverBot', true],
  ['src/middleware/conversationQueue.ts', '../server/createServer', true],
  ['src/middleware/conversationQueue.ts', '../../dialogs/turn', true],
];

describe('the import rules of docs/architecture.md', () => {
  beforeAll(async () => {
    for (const file of new Set(CASES.map(([f]) => f))) await ruleFor(file);
  }, 60_000);
  it.each(CASES)('%s importing %s: refused %s', async (file, specifier, expected) => {
    expect(await refused(file, specifier)).toBe(expected);
  });
});
