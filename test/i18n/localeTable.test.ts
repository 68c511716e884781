import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assessmentInputSchema } from '../../src/assessment/inputSchema';
import { configSchema } from '../../src/config';
import { cultureOf, DEFAULT_LOCALE, isLocale, LANGUAGE_COMMANDS, LOCALES, localeOfCommand, regionOf, resolveLocale, translator } from '../../src/i18n';
import { tokens } from '../../src/nlu/sentences';
import { prefillSchema } from '../../src/skill/prefill';

/** Issue 30 item 8: one list of languages, one table of their settings. */
describe('LOCALES and the per-locale table', () => {
  it('every zod enum of a locale is the list', () => {
    for (const schema of [assessmentInputSchema.shape.locale, prefillSchema.shape.locale] as z.ZodType[]) {
      for (const l of LOCALES) expect(schema.parse(l)).toBe(l);
      expect(schema.safeParse('fr').success).toBe(false);
    }
    expect(assessmentInputSchema.shape.locale.parse(undefined)).toBe(DEFAULT_LOCALE);
    for (const l of LOCALES) expect(configSchema.parse({ DEFAULT_LOCALE: l }).DEFAULT_LOCALE).toBe(l);
    expect(() => configSchema.parse({ DEFAULT_LOCALE: 'fr' })).toThrow();
    expect(configSchema.parse({}).DEFAULT_LOCALE).toBe(DEFAULT_LOCALE);
  });

  it('every locale has its sentences and its words, loaded by walking the list', () => {
    const files = readdirSync(path.resolve(__dirname, '../../locales')).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...LOCALES].sort());
    for (const l of LOCALES) expect(translator(l)('commands.languageSwitched')).toBe((JSON.parse(readFileSync(path.resolve(__dirname, `../../locales/${l}.json`), 'utf8')) as { commands: { languageSwitched: string } }).commands.languageSwitched);
  });

  it('a tag picks the locale of its language, whatever its region; another language gets the default', () => {
    expect(resolveLocale('zh-TW')).toBe(resolveLocale('zh-CN'));
    expect(resolveLocale('ZH')).not.toBe(DEFAULT_LOCALE);
    expect(resolveLocale('en-GB')).toBe('en');
    expect(resolveLocale('fr-FR')).toBe(DEFAULT_LOCALE);
    expect(resolveLocale(undefined, LOCALES[1])).toBe(LOCALES[1]);
    for (const l of LOCALES) expect(resolveLocale(l)).toBe(l);
  });

  it('each locale has its Recognizers-Text culture and its own language command', () => {
    expect(cultureOf('en-GB')).toBe('en-us');
    expect(cultureOf('zh-TW')).toBe('zh-cn');
    expect(new Set(LANGUAGE_COMMANDS).size).toBe(LOCALES.length);
    for (const l of LOCALES) {
      const command = LANGUAGE_COMMANDS[LOCALES.indexOf(l)] ?? '';
      expect(localeOfCommand(command)).toBe(l);
    }
    expect(localeOfCommand('help')).toBeUndefined();
  });

  it('a tag names a country only with a region subtag', () => {
    expect(regionOf('en-gb')).toBe('GB');
    expect(regionOf('en')).toBeNull();
    expect(regionOf('zh-Hans-CN')).toBe('CN');
    expect(isLocale('en')).toBe(true);
    expect(isLocale('zh')).toBe(false);
  });
});

/** Every code file of the bot (src/ and dialogs/). */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? codeFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('a language is named in one code file', () => {
  it('no code but src/i18n/locales.ts names a locale, its culture or its command, or branches on one', () => {
    const root = path.resolve(__dirname, '../..');
    const naming = /zh-CN|zh-cn|en-us|Culture\.(?:Chinese|English)|(?<![.?\w])locale\s*[!=]==\s*'|'chinese'|'english'/;
    const files = [...codeFiles(path.join(root, 'src')), ...codeFiles(path.join(root, 'dialogs'))]
      .filter((f) => naming.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    expect(files).toEqual(['src/i18n/locales.ts']);
  });
});

describe('words are letters of any alphabet (\\p{L})', () => {
  it('reads an accented word as one word', () => {
    expect(tokens('el sábado, señor').map((t) => t.w)).toEqual(['el', 'sábado', 'señor']);
    expect(tokens('2 días').map((t) => t.w)).toEqual(['2', 'días']);
  });
  it('leaves Chinese characters to the phrase readers', () => {
    expect(tokens('我喝了 2 beers')).toHaveLength(2);
  });
});
