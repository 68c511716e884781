import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../helpers/readingGrade';
import { inputs, render } from './render';

const RUNS = { numRuns: 300 };
const english = inputs.map((i) => ({ ...i, locale: 'en' as const }));
const chinese = inputs.map((i) => ({ ...i, locale: 'zh-CN' as const }));

/** A Chinese result's sentences: split at 。！？ and line ends (list items stand alone). */
function chineseSentences(text: string): string[] {
  return text.split(/[。！？\n]/).map((s) => s.trim()).filter(Boolean);
}

describe('plain language in every result [HL]', () => {
  it('English result text reads at Flesch-Kincaid grade 7 or below', () => {
    let highest = 0;
    fc.assert(
      fc.property(english, (input) => {
        const { text } = render(input);
        const grade = fleschKincaidGrade(text);
        highest = Math.max(highest, grade);
        expect(grade, text).toBeLessThanOrEqual(7);
      }),
      RUNS,
    );
    expect(highest).toBeGreaterThan(0);
  });

  it('no sentence of a Chinese result is over 40 characters', () => {
    fc.assert(
      fc.property(chinese, (input) => {
        for (const sentence of chineseSentences(render(input).text)) expect(sentence.length, sentence).toBeLessThanOrEqual(40);
      }),
      RUNS,
    );
  });

  it('"liver enzymes" explains ALT and AST once, and multiples are shown to one decimal', () => {
    fc.assert(
      fc.property(english, (input) => {
        const r = render(input);
        expect(r.text.split(r.t('explain.enzymes')).length - 1).toBe(1);
        for (const m of r.text.matchAll(/about ([\d.]+) times/g)) expect(m[1]).toMatch(/^\d+\.\d$/);
      }),
      RUNS,
    );
  });
});

describe('SAY-DOCTOR-SUMMARY in the reader\'s language', () => {
  it('shows labels, never ids, lists Chinese with 、, and names the rules and spec version for clinicians', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = render(input);
        const { doctor } = r;
        const clinicians = r.t('explain.doctor.clinicians', { rules: r.result.rules.join(', '), version: r.result.specVersion });
        expect(doctor).toContain(clinicians);
        const rest = doctor.replace(clinicians, '');
        expect(rest, 'no ids such as polygonum_multiflorum').not.toMatch(/[a-z]+_[a-z]+/);
        if (r.locale === 'zh-CN') {
          expect(rest).not.toMatch(/[\u4e00-\u9fff], [\u4e00-\u9fff]/);
          expect(rest).not.toContain('spec');
        }
        for (const c of input.conditions) expect(doctor).toContain(r.t(`labels.conditions.${c}`));
        for (const s of input.symptoms) expect(doctor).toContain(r.t(`labels.symptoms.${s}`));
        expect(doctor).toContain(r.t(`explain.source.${r.result.alt.ulnSource}`));
      }),
      RUNS,
    );
  });
});
