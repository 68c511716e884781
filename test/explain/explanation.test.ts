import { describe, expect, it } from 'vitest';
import type { AssessmentInput } from '../../src/assessment/types';
import { siteNumbers } from '../../src/explain/emergencyNumbers';
import { redFlagLines } from '../../src/explain/explanation';
import { translator } from '../../src/i18n';
import { textOf } from '../../src/render';
import { Conversation } from '../helpers/conversation';
import { render } from './render';

const en = translator('en');
const zh = translator('zh-CN');

const base: AssessmentInput = {
  locale: 'en', site: 'US', sex: 'male', age: 40, alt: 68, ast: 25, unit: 'U/L', altRange: [7, 40], astRange: [13, 35],
  sleepLoss: false, alcohol: { drinksPerWeek: 0, bingeLastWeek: false }, intenseExerciseDaysBefore: null, medications: [], symptoms: [], conditions: [],
};
const withInput = (over: Partial<AssessmentInput>): AssessmentInput => ({ ...base, ...over });

describe('what raised the level is named and explained (spec §9)', () => {
  it('hepatitis B: a raised ALT may mean a flare, and the liver specialist should know (COND-VIRAL), in both languages', () => {
    const r = render(withInput({ conditions: ['hepatitis_b'] }));
    expect(r.result.rules).toContain('COND-VIRAL');
    expect(r.text).toContain(en('explain.reason.hepatitis_b'));
    const z = render(withInput({ locale: 'zh-CN', conditions: ['hepatitis_b'] }));
    expect(z.text).toContain(zh('explain.reason.hepatitis_b'));
    expect(z.doctor).toContain(zh('labels.conditions.hepatitis_b'));
    expect(z.doctor).not.toContain('hepatitis_b');
  });

  it('someone with hepatitis B or C is not told it is one of the "other causes"; the other ones are named', () => {
    for (const [conditions, key] of [[['hepatitis_b'], 'hepatitis_b'], [['hepatitis_c'], 'hepatitis_c'], [['hepatitis_b', 'hepatitis_c'], 'both']] as const) {
      for (const [locale, t] of [['en', en], ['zh-CN', zh]] as const) {
        const r = render(withInput({ locale, conditions: [...conditions] }));
        expect(r.text).not.toContain(t('explain.otherCauses'));
        expect(r.text).toContain(t(`explain.otherCausesKnown.${key}`));
      }
    }
    expect(render(withInput({})).text).toContain(en('explain.otherCauses'));
  });

  it('each condition that fired a rule gets its own sentence (COND-LIVER, COND-IMMUNO, COND-ALCOHOL)', () => {
    const r = render(withInput({ conditions: ['known_liver_disease', 'immunosuppressed', 'heavy_alcohol_history'] }));
    for (const c of ['known_liver_disease', 'immunosuppressed', 'heavy_alcohol_history']) expect(r.text).toContain(en(`explain.reason.${c}`));
  });

  it('MED-DILI compares the unrounded multiple: ALT 119.9 with a limit of 40 is told "2 to 3 times", shown as about 2.9', () => {
    const r = render(withInput({ alt: 119.9, medications: ['lipitor'] }));
    expect(r.result.rules).toContain('MED-DILI');
    expect(r.text).toContain(en('explain.medicine.soonPrescribed', { names: en('labels.medicines.atorvastatin') }));
    expect(r.text).not.toContain(textOf(en, { key: 'explain.medicine.urgentPrescribed', vars: { names: en('labels.medicines.atorvastatin') } }));
    expect(r.text).toContain(en('explain.altLine', { value: 119.9, uln: 40, times: '2.9' }));
    const z = render(withInput({ locale: 'zh-CN', alt: 120, medications: ['lipitor'] }));
    expect(z.text).toContain('达到上限的3倍或以上');
    expect(z.text).not.toContain('超过上限3倍');
  });

  it('says "your doctor" for what nobody prescribed (turmeric, 何首乌), and "the doctor who prescribed it" for a prescribed medicine', () => {
    const r = render(withInput({ alt: 130, medications: ['turmeric', 'augmentin'] }));
    const turmeric = en('explain.medicine.urgentOwn', { names: en('labels.medicines.turmeric') });
    expect(r.text).toContain(turmeric);
    expect(r.text).toContain(en('explain.medicine.urgentPrescribed', { names: en('labels.medicines.amoxicillin_clavulanate') }));
    expect(r.text).toContain(en('explain.medicine.pauseSupplements'));
    const z = render(withInput({ locale: 'zh-CN', alt: 130, medications: ['何首乌'] }));
    expect(z.text).toContain(zh('explain.medicine.urgentOwn', { names: zh('labels.medicines.polygonum_multiflorum') }));
    expect(z.text).not.toContain(zh('explain.medicine.keepTaking'));
  });

  it('names fatty liver (MASLD) first among the causes, with what makes it likely and what the doctor may check', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = translator(locale);
      const r = render(withInput({ locale, alt: 100, conditions: ['overweight'] }));
      expect(r.text).toContain(t('explain.masld'));
      expect(r.text).toContain(t('explain.checks'));
    }
    expect(zh('explain.checks')).toContain('乙肝五项');
    expect(zh('explain.checks')).toContain('丙肝抗体');
  });

  it('"avoid hard exercise" always comes with "stay active otherwise"', () => {
    const routine = render(withInput({}));
    expect(routine.text).toContain(en('explain.retest.weeks', { from: 2, to: 4 }));
    expect(en('explain.retest.weeks')).toMatch(/Stay active otherwise/);
    const soon = render(withInput({ alt: 100 }));
    expect(soon.text).toContain(en('explain.meanwhile.exercise'));
    expect(en('explain.meanwhile.exercise')).toMatch(/Stay active otherwise/);
  });
});

describe('the band is said once (SAY-EMERGENCY, version 4)', () => {
  it('an emergency that says the band without a time (quite high, very high) does not say it again under the numbers', () => {
    for (const [locale, t] of [['en', en], ['zh-CN', zh]] as const) {
      for (const [alt, band] of [[300, 'moderate'], [1200, 'severe']] as const) {
        const r = render(withInput({ locale, alt, conditions: ['paracetamol_overdose'] }));
        expect(r.result.triage).toBe('emergency');
        const line = t(`explain.bandNoTime.${band}`);
        expect(r.paragraphs.filter((p) => p === line), `${locale} ${band}`).toHaveLength(1);
      }
    }
  });
});

describe('other patterns get a next step (spec §4)', () => {
  it('both normal: said plainly, with a next step and no retest', () => {
    const r = render(withInput({ alt: 30 }));
    expect(r.result.pattern).toBe('normal');
    expect(r.paragraphs[1]).toBe(en('explain.action.routineNormal'));
    expect(r.text).not.toContain('as advised');
  });

  it('AST only after hard exercise: rest, then retest; AST only otherwise: see a doctor', () => {
    const rest = render(withInput({ alt: 30, ast: 60, intenseExerciseDaysBefore: 2 }));
    expect(rest.result.triage).toBe('routine');
    expect(rest.paragraphs[1]).toBe(en('explain.action.routineRest'));
    const soon = render(withInput({ alt: 30, ast: 60 }));
    // SAY-SITE v4: at a US site, "your doctor's office".
    expect(soon.paragraphs[1]).toBe(en('explain.action.soon', { where: en('labels.whereSoon.US') }));
    expect(soon.text).toContain(en('explain.reason.PATTERN-AST-ONLY'));
  });

  it('resting before a retest is told "until the retest", never "until you have seen your doctor" (no visit is planned)', () => {
    for (const [locale, t] of [['en', en], ['zh-CN', zh]] as const) {
      const rest = render(withInput({ locale, alt: 30, ast: 60, intenseExerciseDaysBefore: 2, alcohol: { drinksPerWeek: 3, bingeLastWeek: false } }));
      expect(rest.result.retest).not.toBeNull();
      expect(rest.paragraphs).toContain(t('explain.meanwhile.exerciseRetest'));
      expect(rest.paragraphs).toContain(t('explain.meanwhile.alcoholRetest'));
      expect(rest.paragraphs).not.toContain(t('explain.meanwhile.exercise'));
      expect(rest.paragraphs).not.toContain(t('explain.meanwhile.alcohol'));
    }
  });
});

describe('alcohol (spec §7)', () => {
  it('shows the drinks against the low-risk limit and says what one drink is, in each language', () => {
    // SAY-AMOUNTS (version 4): in the site's unit. US: US drinks; CN: grams a day (20 US drinks × 14 g / 7 = 40 g).
    const r = render(withInput({ alcohol: { drinksPerWeek: 20, bingeLastWeek: false } }));
    expect(r.text).toContain(en('explain.factor.drinkSize.US'));
    expect(r.text).toContain('Alcohol. You drink about 20 US drinks a week. That is above the low-risk limit of 14 US drinks a week, which raises the risk.');
    const z = render(withInput({ locale: 'zh-CN', site: 'CN', alcohol: { drinksPerWeek: 20, bingeLastWeek: false } }));
    expect(z.text).toContain('饮酒。您的饮酒量是每天约40克酒精。超过了每天15克酒精的低风险限量，风险会增加。');
    expect(z.text).toContain(zh('explain.factor.drinkSize.gramsDay'));
  });

  it('ALC-HEAVY: cut down or stop with a doctor\'s help, never suddenly alone, and never "avoid alcohol before the retest"', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = translator(locale);
      for (const over of [{ alcohol: { drinksPerWeek: 40, bingeLastWeek: true } }, { conditions: ['alcohol_dependence' as const] }, { alt: 30, alcohol: { drinksPerWeek: 50, bingeLastWeek: null } }]) {
        const r = render(withInput({ locale, ...over }));
        expect(r.result.rules).toContain('ALC-HEAVY');
        expect(r.text).toContain(t('explain.alcoholHelp.advice'));
        expect(r.text).not.toContain(t('explain.meanwhile.alcohol'));
        expect(r.text).not.toContain(t('explain.retest.weeks', { from: 2, to: 4 }));
      }
    }
    expect(en('explain.alcoholHelp.advice')).toMatch(/doctor's help/);
    expect(en('explain.alcoholHelp.advice')).toMatch(/Do not stop all at once on your own/);
  });

  it('someone who does not drink is not told to avoid alcohol; someone who does is', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = translator(locale);
      const none = render(withInput({ locale, alt: 130, alcohol: { drinksPerWeek: 0, bingeLastWeek: false } }));
      expect(none.text).toContain(t('explain.meanwhileTitle'));
      expect(none.text).not.toContain(t('explain.meanwhile.alcohol'));
      const some = render(withInput({ locale, alt: 130, alcohol: { drinksPerWeek: 3, bingeLastWeek: false } }));
      expect(some.text).toContain(t('explain.meanwhile.alcohol'));
    }
  });

  it('the low-risk limit follows the site, not the language: a Chinese speaker at a London hospital gets the UK limit', () => {
    const london = render(withInput({ locale: 'zh-CN', site: 'GB', alcohol: { drinksPerWeek: 10, bingeLastWeek: false } }));
    // In UK units: 10 US drinks = 17.5 units, over the limit of 14 units (8 US drinks).
    expect(london.text).toContain('饮酒。您的饮酒量是每周约17.5个英国酒精单位（每单位8克）。超过了每周14个单位的低风险限量，风险会增加。');
    const beijing = render(withInput({ locale: 'zh-CN', site: 'CN', alcohol: { drinksPerWeek: 10, bingeLastWeek: false } }));
    // Grams a day: 10 × 14 / 7 = 20 g, over 15 g a day (7.5 US drinks a week).
    expect(beijing.text).toContain('饮酒。您的饮酒量是每天约20克酒精。超过了每天15克酒精的低风险限量，风险会增加。');
  });

  it('under 18 there is no low-risk amount', () => {
    const r = render(withInput({ age: 16, alcohol: { drinksPerWeek: 2, bingeLastWeek: false } }));
    expect(r.text).toContain(en('explain.factor.alcoholAny'));
    expect(r.text).toContain(en('explain.child'));
    // "Your doctor", not "the child's doctor", to a 16-year-old; and a doctor who sees children (SAY-SITE v4).
    expect(r.text).not.toContain("child's doctor");
    expect(r.text).toContain(en('explain.whereChild'));
    expect(zh('explain.whereChild')).toContain('儿科，或消化内科');
  });
});

describe('crisis lines by site (RF-SELF-HARM, [CRISIS])', () => {
  const services: [string, string][] = [['US', '988'], ['CA', '9-8-8'], ['GB', '116 123'], ['IE', '116 123'], ['AU', '13 11 14'], ['NZ', '1737'], ['CN', '12356']];
  it.each(services)('%s: the reply is kind, says to go now after taking anything, and ends with the line naming its service (%s)', (site, number) => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = translator(locale);
      const lines = redFlagLines(['RF-SELF-HARM'], 'emergency', siteNumbers(site, locale)).map((s) => textOf(t, s));
      expect(lines[0]).toBe(t('redflag.RF-SELF-HARM'));
      expect(lines).toContain(t('redflag.selfHarmTablets'));
      expect(lines.at(-1)).toContain(number);
      expect(lines.join(' ')).not.toMatch(/talk to your doctor|咨询医生/i);
    }
    expect(en(`emergency.crisisLine.${site}`)).toMatch(/Lifeline|Helpline|Samaritans|Need to talk|helpline/);
  });

  it('China: 12356 always comes with 120', () => {
    expect(zh('emergency.crisisLine.CN')).toContain('全国心理援助热线12356');
    expect(zh('emergency.crisisLine.CN')).toContain('120');
  });

  it('any other site, or none with no country in the locale: a local crisis line or the emergency number', () => {
    for (const numbers of [siteNumbers('FR', 'en'), siteNumbers(undefined, 'en')]) {
      const lines = redFlagLines(['RF-SELF-HARM'], 'emergency', numbers).map((s) => textOf(en, s));
      expect(lines.at(-1)).toContain(en('emergency.crisisLocal', { call: numbers.emergency ? en('emergency.call', { number: numbers.emergency }) : en('emergency.callLocal') }));
    }
  });

  it('in a conversation, the self-harm reply names the service and ends with it, never with "talk to your doctor"', async () => {
    for (const [site, locale, text, number] of [['AU', 'en-AU', 'I want to end my life', '13 11 14'], ['CN', 'zh-CN', '我不想活了', '12356']] as const) {
      const c = new Conversation({ siteCountry: site, locale });
      await c.start();
      const reply = (await c.ask(text)).trim();
      const t = translator(locale === 'zh-CN' ? 'zh-CN' : 'en');
      expect(reply.startsWith(t('redflag.RF-SELF-HARM')), reply).toBe(true);
      expect(reply.endsWith(t(`emergency.crisisLine.${site}`)), reply).toBe(true);
      expect(reply).toContain(number);
      expect(reply).toContain(t('redflag.selfHarmTablets'));
    }
  });

  it('another emergency sign opens with the action and ends with it, after the disclaimer', () => {
    const numbers = siteNumbers('GB', 'en-GB');
    const call = { call: en('emergency.call', { number: '999' }) };
    // SAY-EMERGENCY v4: a gut bleed is an ambulance, and not driving oneself.
    const lines = redFlagLines(['RF-GI-BLEED'], 'emergency', numbers).map((s) => textOf(en, s));
    expect(lines[0]).toBe(en('explain.action.ambulance', call));
    expect(lines.at(-1)).toBe(en('explain.close.ambulance', call));
    const fever = redFlagLines(['RF-CHOLANGITIS'], 'emergency', numbers).map((s) => textOf(en, s));
    expect(fever[0]).toBe(en('explain.action.emergency', call));
    expect(fever.at(-1)).toBe(en('explain.close.emergency', call));
  });
});
