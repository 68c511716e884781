import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import { LEXICON } from '../../src/assessment/medicineLexicon';
import { SYMPTOMS } from '../../src/assessment/types';
import { translator } from '../../src/i18n';

// RETEST-REMINDER: a phone's lock screen shows the reminder, so no text of it (both languages) names a value, a
// medicine, a symptom or anything about the liver: only that the planned blood test is due and how to start a check.

const LIVER_WORDS = [/liver/i, /hepat/i, /\bALT\b/, /\bAST\b/, /enzyme/i, /transaminase/i, /\bSGPT\b/i, /\bSGOT\b/i, /jaundice/i, /alcohol/i, /肝/, /转氨酶/, /酶/, /黄疸/, /酒/];
const LOCALES = { en, 'zh-CN': zhCN } as const;

function reminderTexts(locale: 'en' | 'zh-CN'): string[] {
  const t = translator(locale);
  return Object.keys(LOCALES[locale].reminder).map((k) => t(`reminder.${k}`));
}

describe('every reminder text is free of health words', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    const texts = reminderTexts(locale);
    const t = translator(locale);
    it(`${locale}: there are reminder texts, and they say the blood test is due and how to start`, () => {
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.join(' ')).toMatch(locale === 'en' ? /blood test/ : /验血/);
    });
    it(`${locale}: no value (no digit at all)`, () => {
      for (const text of texts) expect(text, text).not.toMatch(/\d|[一二三四五六七八九十百]+\s*(倍|U)/);
    });
    it(`${locale}: no word about the liver`, () => {
      for (const text of texts) for (const word of LIVER_WORDS) expect(text, `${text} ~ ${word}`).not.toMatch(word);
    });
    it(`${locale}: no medicine of the lexicon`, () => {
      const names = LEXICON.flatMap((e) => [e.id, ...e.names]).filter((n) => n.length >= 3).map((n) => n.toLowerCase());
      for (const text of texts) for (const name of names) expect(text.toLowerCase().includes(name), `${text} names ${name}`).toBe(false);
    });
    it(`${locale}: no symptom, by its label in either language`, () => {
      const labels = SYMPTOMS.flatMap((s) => [translator('en')(`labels.symptoms.${s}`), translator('zh-CN')(`labels.symptoms.${s}`)]).map((l) => l.toLowerCase());
      for (const text of texts) for (const label of labels) expect(text.toLowerCase().includes(label), `${text} names ${label}`).toBe(false);
      expect(t('reminder.message').length).toBeGreaterThan(0);
    });
  }
});
