import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';
import { fill, i18nextTranslate, translator } from '../src/i18n';
import { fleschKincaidGrade } from './helpers/readingGrade';

type Tree = { [k: string]: string | string[] | Tree };

function flat(tree: Tree, prefix = ''): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string' || Array.isArray(v)) out.set(prefix + k, v);
    else for (const [kk, vv] of flat(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const enKeys = flat(en);
const zhKeys = flat(zhCN);


/** Sample values so that every placeholder reads as it would to a person. */
const SAMPLE = { value: 68, uln: 40, times: 1.7, hours: 24, call: 'call 911', number: '911', names: 'ibuprofen', from: 2, to: 4, topic: 'alcohol', alt: 68, ast: 25, altUln: 40, astUln: 35, pattern: 'ALT raised', triage: 'routine', factors: 'sleep', rules: 'ULN-LAB', version: '2', high: 400, unit: 'U/L', perWeek: 10, occasion: 6, days: 3, lines: 'ALT 68', options: '1 = Yes', numbers: '1, 2 or 3', name: 'St Elsewhere', product: 'Some of what you take has paracetamol in it.', symptoms: 'itching', limit: 7, altSource: 'lab range', astSource: 'lab range', source: 'lab range', text: 'none', where: 'Call your GP.', items: 'chest pain', amount: 'about 10 UK units a week', apap: 'paracetamol', n: 10, mg: 4000, words: '6 pints a night', date: '2 October', before: 2.3, now: 1.6, factor: 2.0, change: 'still raised', month: 'October', day: 2, year: 2025, weeks: 2, who: 'father' };

describe('locales', () => {
  it('have the same keys in every language', () => {
    expect([...zhKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('have no empty sentence', () => {
    for (const [key, v] of [...enKeys, ...zhKeys]) if (typeof v === 'string') expect(v.trim().length, key).toBeGreaterThan(0);
  });

  it('fill every placeholder', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = translator(locale);
      for (const [key, v] of locale === 'en' ? enKeys : zhKeys) {
        if (typeof v !== 'string' || key.startsWith('nlu.')) continue;
        expect(t(key, SAMPLE), key).not.toMatch(/\{\{|\}\}/);
      }
    }
  });

  it('use only plain {{name}} placeholders (no plurals, nesting or formats), so the fast fill may stand in for i18next', () => {
    for (const [key, v] of [...enKeys, ...zhKeys]) {
      if (typeof v !== 'string') continue;
      expect(v.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/\{\{|\}\}|\$t\(/);
      expect(key, key).not.toMatch(/_(zero|one|two|few|many|other)$/);
    }
  });

  it('fill every sentence with variables exactly as i18next does', () => {
    const partial = { value: 68, unit: undefined, uln: null };
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = translator(locale);
      for (const [key, v] of locale === 'en' ? enKeys : zhKeys) {
        if (typeof v !== 'string' || !v.includes('{{')) continue;
        expect(t(key, SAMPLE), key).toBe(i18nextTranslate(locale, key, SAMPLE));
        expect(t(key, partial), key).toBe(i18nextTranslate(locale, key, partial));
      }
    }
  });

  it('never reads a value again for placeholders: what a person typed stays as typed', () => {
    expect(fill('You take {{names}}. ALT {{value}} {{unit}}.', { names: 'ibuprofen {{unit}}', value: 68, unit: 'U/L' })).toBe('You take ibuprofen {{unit}}. ALT 68 U/L.');
    expect(fill('{{a}} and {{b}}', { a: 'x' })).toBe('x and {{b}}');
    expect(fill('{{a}}', { a: ['x'] })).toBeNull();
  });

  // Every text of a result (explanation, red flags, emergency advice) at Flesch-Kincaid grade 7 or below [HL].
  const resultTexts = [...enKeys].filter(([k, v]) => typeof v === 'string' && /^(explain|redflag|emergency)\./.test(k) && !/^explain\.(doctor|patternNames|triageNames|facts|source|alcoholSummary|item)/.test(k));
  it.each(resultTexts)('English result text %s reads at grade 7 or below', (key) => {
    const text = translator('en')(key, SAMPLE);
    expect(fleschKincaidGrade(text), text).toBeLessThanOrEqual(7);
  });

  it('the whole English explanation reads at grade 7 or below', () => {
    const all = resultTexts.map(([k]) => translator('en')(k, SAMPLE)).join('\n');
    expect(fleschKincaidGrade(all)).toBeLessThanOrEqual(7);
  });

  it('Chinese sentences are short', () => {
    for (const [key, v] of zhKeys) {
      if (typeof v !== 'string' || key.startsWith('nlu.')) continue;
      for (const sentence of v.split(/[。！？\n]/)) expect(sentence.length, `${key}: ${sentence}`).toBeLessThanOrEqual(60);
    }
  });
});
