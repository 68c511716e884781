import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import type { AssessmentInput } from '../../src/assessment/types';
import { assessWarningSigns } from '../../src/assessment/warningSigns';
import { earlyDoctorLines } from '../../src/explain/doctorSummary';
import { siteNumbers } from '../../src/explain/emergencyNumbers';
import { explain } from '../../src/explain/explanation';
import type { ExplainExtras } from '../../src/explain/extras';
import { translator } from '../../src/i18n';
import { textOf, renderView } from '../../src/render';

// The explanation rules of clinical spec version 4 that the matrix test does not name one by one.
const en = translator('en');
const zh = translator('zh-CN');

const base: AssessmentInput = {
  locale: 'en', site: null, sex: 'male', age: 40, alt: 60, ast: 20, unit: 'U/L', altRange: [7, 40], astRange: [13, 35],
  sleepLoss: false, alcohol: { drinksPerWeek: 0, bingeLastWeek: false }, intenseExerciseDaysBefore: null, medications: [], symptoms: [], conditions: [],
};

function render(over: Partial<AssessmentInput>, extras: ExplainExtras = {}): { text: string; doctor: string } {
  const input = { ...base, ...over };
  const outcome = assess(input);
  if (!outcome.ok) throw new Error(outcome.error.message);
  const t = translator(input.locale);
  const view = explain(outcome.result, siteNumbers(input.site ?? undefined, input.locale === 'en' ? 'en-US' : 'zh-CN'), input, extras);
  const [a] = renderView(view, 'webchat', t, input.locale);
  const doctor = (a?.attachments?.[0]?.content as { fallbackText?: string } | undefined)?.fallbackText ?? '';
  return { text: (a?.text ?? '').replace(/\*\*/g, '').replace(/ {2}\n/g, '\n'), doctor };
}

describe('SAY-DOCTOR-SUMMARY v4: alcohol in the unit the site\'s clinicians use', () => {
  // 20 US drinks a week = 280 g: 20 US drinks, 35 UK units, 28 standard drinks of 10 g, 40 g a day, 280 g a week.
  it.each([
    ['US', 'Alcohol: about 20 US drinks a week'],
    ['CA', 'Alcohol: about 20 US drinks a week'],
    ['GB', 'Alcohol: about 35 UK units a week'],
    ['IE', 'Alcohol: about 28 standard drinks a week (10 g each)'],
    ['AU', 'Alcohol: about 28 standard drinks a week (10 g each)'],
    ['NZ', 'Alcohol: about 28 standard drinks a week (10 g each)'],
    ['CN', 'Alcohol: about 40 g of alcohol a day'],
    [null, 'Alcohol: about 280 g of alcohol a week'],
  ])('%s: %s', (site, line) => {
    expect(render({ site, alcohol: { drinksPerWeek: 20, bingeLastWeek: false } }).doctor).toContain(line);
  });
  it('a heavy session is said plainly, with its amount, and "no heavy session" is never claimed (zh at CN)', () => {
    const { doctor } = render({ locale: 'zh-CN', site: 'CN', alcohol: { drinksPerWeek: 20, bingeLastWeek: true } }, { largestOccasion: 8 });
    expect(doctor).toContain('每天约40克酒精、化验前一周有一次大量饮酒：一次约112克酒精');
    expect(render({ locale: 'zh-CN', site: 'CN', alcohol: { drinksPerWeek: 20, bingeLastWeek: false } }).doctor).not.toContain('没有大量饮酒');
  });
  it('1 US drink is singular', () => {
    expect(render({ site: 'US', alcohol: { drinksPerWeek: 1, bingeLastWeek: false } }).doctor).toContain('about 1 US drink a week');
  });
  it('the advice line matches what the person was told: a normal result needs no retest', () => {
    expect(render({ alt: 30 }).doctor).toContain('Advice given: no retest needed.');
    expect(render({ alt: 50 }).doctor).toContain('Advice given: lifestyle changes, then retest in 2 to 4 weeks.');
  });
  it('the paracetamol amount, when asked, is in it', () => {
    expect(render({ medications: ['panadol'] }, { paracetamolMgIn24h: 3000 }).doctor).toContain(en('explain.doctor.paracetamol', { mg: 3000 }));
  });
  it('after a warning sign before the values, the doctor summary lines still name symptoms, medicines and rules', () => {
    const early = assessWarningSigns(['chest_pain'], [], ['Tylenol'], 40);
    const lines = earlyDoctorLines(early, { ...base, alt: Number.NaN, symptoms: ['chest_pain'], medications: ['Tylenol'], alcohol: { drinksPerWeek: 40, bingeLastWeek: null } }, siteNumbers('GB', 'en-GB'), {}).map((s) => textOf(en, s));
    expect(lines[0]).toBe(en('explain.doctorTitle'));
    expect(lines.join('\n')).toContain('Symptoms: chest pain.');
    expect(lines.join('\n')).toContain('about 70 UK units a week');
    expect(lines.join('\n')).toContain('RF-CHEST-PAIN');
  });
});

describe('SAY-CAUSES v4: what to check first follows the answers', () => {
  it('ALC-HEAVY: alcohol first, and no fatty liver first', () => {
    const { text } = render({ alt: 90, alcohol: { drinksPerWeek: 85, bingeLastWeek: true } });
    expect(text).toContain(en('explain.first.alcohol'));
    expect(text).not.toContain(en('explain.masld'));
  });
  it('hepatitis B: the virus\'s activity (HBV DNA) first', () => {
    expect(render({ alt: 90, conditions: ['hepatitis_b'] }).text).toContain(en('explain.first.hepatitis_b'));
  });
  it('AST only after exercise: muscle (CK) first, under a heading that names AST', () => {
    const { text } = render({ alt: 30, ast: 60, intenseExerciseDaysBefore: 2 });
    expect(text).toContain(en('explain.first.muscle'));
    expect(text).toContain(en('explain.causesTitleAst'));
    expect(text).not.toContain(en('explain.causesTitle'));
  });
  it('r ≥ 5: the doctor looks for a sudden cause; just under 5, fatty liver', () => {
    expect(render({ alt: 200 }).text).toContain(en('explain.first.sudden'));
    expect(render({ alt: 199 }).text).toContain(en('explain.masld'));
  });
  it('no MASLD in Chinese text', () => {
    const { text, doctor } = render({ locale: 'zh-CN', alt: 60 });
    expect(text).toContain('代谢相关脂肪性肝病');
    expect(`${text}${doctor}`).not.toContain('MASLD');
  });
});

describe('MED-HBV-ANTIVIRAL: keep taking it, and tell the liver specialist', () => {
  it.each([['en', 'tenofovir'], ['zh-CN', '恩替卡韦']] as const)('%s: %s', (locale, name) => {
    const t = locale === 'en' ? en : zh;
    const { text } = render({ locale, alt: 90, conditions: ['hepatitis_b'], medications: [name] });
    expect(text).toContain(t('explain.medicine.hbvAntiviral'));
    expect(text).not.toContain(t('explain.medicine.unrecognised', { names: name }));
  });
});

describe('SAY-SITE v4: where to go follows the site in every language', () => {
  it('a Chinese speaker at a GB site is told about the GP and NHS 111, not 消化内科', () => {
    const { text } = render({ locale: 'zh-CN', site: 'GB', alt: 250 });
    expect(text).toContain('NHS 111');
    expect(text).not.toContain('消化内科');
  });
  it('an English speaker at a CN site is sent to the hospital\'s clinic; at AU to the GP and healthdirect, never urgent care', () => {
    expect(render({ site: 'CN', alt: 250 }).text).toContain(en('labels.whereToday.CN'));
    const au = render({ site: 'AU', alt: 250 }).text;
    expect(au).toContain('healthdirect on 1800 022 222');
    expect(au).not.toContain('urgent care');
  });
});
