import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assessment/assess';
import type { AssessmentInput, AssessmentResult } from '../../src/assessment/types';
import { siteNumbers } from '../../src/explain/emergencyNumbers';
import { explain } from '../../src/explain/explanation';
import { translator, type Locale } from '../../src/i18n';
import { textOf, renderView } from '../../src/render';
import { smsResult } from '../../src/render/smsResult';
import { toGsm7 } from '../../src/render/sms';
import type { ResultView } from '../../src/views';

/**
 * Every level × channel (Teams, Web Chat, SMS) × language × site (none, US, GB, AU, CN), clinical spec version 4:
 * SAY-EMERGENCY (no slower time in an emergency), SAY-SAFETY-NET (a sign in one tier only, the tier its rule sets for
 * these values), SMS (the first messages hold the action, the go-now tier whole, the alcohol help and the routine
 * retest), and no banned phrase.
 */
const base: AssessmentInput = {
  locale: 'en', site: null, sex: 'female', age: 40, alt: 60, ast: 20, unit: 'U/L', altRange: [7, 40], astRange: [13, 35],
  sleepLoss: false, alcohol: { drinksPerWeek: 0, bingeLastWeek: false }, intenseExerciseDaysBefore: null, medications: [], symptoms: [], conditions: [],
};

const CASES: Record<string, Partial<AssessmentInput>> = {
  'routine, a little high': { alt: 50 },
  'routine, drinks over the limit': { alt: 50, alcohol: { drinksPerWeek: 10, bingeLastWeek: true } },
  'routine, both normal': { alt: 30 },
  'soon, mild': { alt: 100 },
  'soon, heavy drinking (ALC-HEAVY)': { alt: 50, alcohol: { drinksPerWeek: 55, bingeLastWeek: true } },
  'soon, hepatitis B on entecavir': { alt: 100, conditions: ['hepatitis_b'], medications: ['恩替卡韦'] },
  'soon, 16 years old': { alt: 60, age: 16 },
  'urgent, moderate': { alt: 250 },
  'urgent, SYM-HIGH and heavy drinking': { alt: 130, symptoms: ['nausea_vomiting', 'itching'], conditions: ['alcohol_dependence'] },
  'urgent, pregnancy with itching': { alt: 90, conditions: ['pregnancy'], symptoms: ['itching'] },
  'urgent, jaundice under 3×': { alt: 60, symptoms: ['jaundice'] },
  'emergency, jaundice at 20× (RF-JAUNDICE-HIGH)': { alt: 800, symptoms: ['jaundice', 'bleeding_bruising'] },
  'emergency, fever with jaundice and vomiting at 5×': { alt: 200, symptoms: ['jaundice', 'fever', 'nausea_vomiting'] },
  'emergency, chest pain': { symptoms: ['chest_pain'] },
  'emergency, withdrawal': { alcohol: { drinksPerWeek: 60, bingeLastWeek: true }, symptoms: ['alcohol_withdrawal'] },
  'emergency, ALT over 10,000': { alt: 12_000 },
  'emergency, paracetamol at 18×': { alt: 720, medications: ['Tylenol 500mg'] },
};
const LEVELS = new Set(Object.keys(CASES).map((k) => k.split(',')[0]));
const CHANNELS = ['msteams', 'webchat', 'sms'] as const;
const LOCALES: Locale[] = ['en', 'zh-CN'];
const SITES = [null, 'US', 'GB', 'AU', 'CN'] as const;

const SLOWER = { en: /within 24 hours|\btoday\b|within a day|\bsoon\b|1 to 2 weeks|retest/i, 'zh-CN': /24小时内|今天|一天内|尽快|1到2周|复查/ };
const BANNED: Record<Locale, RegExp[]> = {
  en: [/nothing to worry about/i, /harmless/i, /not a worry/i, /no need to worry/i, /don't worry/i, /child's doctor/i, /I will ask the rest of my questions now/i, /You said you have/, /about 1 US drinks/, /\{\{|\}\}/],
  'zh-CN': [/不用担心|不必担心|别担心|不必惊慌|没事|没有大碍|不要紧/, /MASLD/, /停止检查|检查已完成/, /请现在就去：去医院急诊/, /您不必独自面对/, /吃了药/, /\{\{|\}\}/],
};

function view(input: AssessmentInput): { result: AssessmentResult; view: ResultView } {
  const outcome = assess(input);
  if (!outcome.ok) throw new Error(outcome.error.message);
  const locale = input.locale === 'en' ? 'en-US' : 'zh-CN';
  return { result: outcome.result, view: explain(outcome.result, siteNumbers(input.site ?? undefined, locale), input) };
}

/** What the person reads on a channel, as plain text, with the SMS parts apart. */
function read(v: ResultView, channel: (typeof CHANNELS)[number], locale: Locale): { text: string; first: string[] } {
  const t = translator(locale);
  if (channel === 'sms') {
    const { now, later } = smsResult(v, t, locale);
    return { text: [...now, ...later].join('\n\n'), first: now };
  }
  const [activity] = renderView(v, channel, t, locale);
  const card = activity?.attachments?.[0]?.content as { fallbackText?: string } | undefined;
  const body = (activity?.text ?? '').replace(/<\/p>|<br>/g, '\n').replace(/<[^>]+>/g, '').replace(/\*\*/g, '').replace(/&amp;/g, '&');
  return { text: `${body}\n${card?.fallbackText ?? ''}`, first: [] };
}

/** The signs of the tier whose lead is `leadKey`, as the person reads them (one a line). */
function tier(v: ResultView, leadKey: string, locale: Locale): string[] {
  const t = translator(locale);
  const section = v.sections.find((s) => s.lines[0]?.key === leadKey);
  const list = section?.lines[1];
  if (!list) return [];
  return textOf(t, list).replace(/[.。]$/, '').split('\n');
}

/** The tier each sign belongs in for these values (§5), worked out here from the spec, not from the code. */
function expectedTiers(r: AssessmentResult, locale: Locale, site: string | null): { now: string[]; today: string[] } {
  const t = translator(locale);
  const high = r.multiple >= 3;
  const moderate = ['moderate', 'severe', 'massive'].includes(r.alt.band);
  const heavy = r.rules.includes('ALC-HEAVY');
  const now = [t('labels.sign.gi'), t('labels.sign.confusion'), t(high ? 'labels.sign.jaundice' : 'labels.sign.jaundiceFever'), t('labels.sign.chestPain')];
  if (moderate) now.push(t('labels.sign.bleeding'));
  if (heavy) now.push(t('labels.sign.withdrawal'));
  now.push(t(site === 'US' ? 'labels.sign.apap.US' : 'labels.sign.apap.other'));
  const today = [...(high ? [] : [t('labels.sign.jaundice')]), t('labels.sign.darkPale'), t('labels.sign.swelling'), ...(moderate ? [] : [t('labels.sign.bleeding')]), ...(high ? [t('labels.sign.symHigh')] : [])];
  return { now, today };
}

describe('every level × channel × language × site (clinical spec v4)', () => {
  it('covers every level', () => {
    expect([...LEVELS].sort()).toEqual(['emergency', 'routine', 'soon', 'urgent']);
  });

  for (const [name, over] of Object.entries(CASES)) {
    it(name, () => {
      let rendered = 0;
      for (const locale of LOCALES) {
        for (const site of SITES) {
          const input: AssessmentInput = { ...base, ...over, locale, site };
          const { result, view: v } = view(input);
          expect(result.triage, name).toBe(name.split(',')[0]);
          const t = translator(locale);
          const where = `${name} ${locale} ${site ?? 'none'}`;
          const emergency = result.triage === 'emergency';
          // SAY-SAFETY-NET v4: each sign in one tier only, and the tier its rule sets for these values.
          if (!emergency) {
            const now = tier(v, 'explain.safetyNow', locale);
            const today = tier(v, 'explain.safetyToday', locale);
            const expected = expectedTiers(result, locale, site);
            expect(now, where).toEqual(expected.now);
            expect(today, where).toEqual(expected.today);
            for (const sign of now) expect(today, `${where}: ${sign}`).not.toContain(sign);
          }
          for (const channel of CHANNELS) {
            const { text, first } = read(v, channel, locale);
            const here = `${where} ${channel}`;
            rendered += 1;
            const fit = (s: string): string => (channel === 'sms' && locale === 'en' ? toGsm7(s) : s);
            for (const banned of BANNED[locale]) expect(text, `${here}: ${banned}`).not.toMatch(banned);
            if (locale === 'en' && (site === 'GB' || site === 'AU')) {
              // Site-appropriate sizes and places: no US drinks, no "urgent care".
              expect(text, here).not.toMatch(/US drink|urgent care/);
            }
            if (emergency) {
              // SAY-EMERGENCY v4: no sentence names a slower time. The doctor summary's lines name no time either.
              for (const sentence of text.split(/(?<=[.!?。！？])\s*|\n+/)) expect(sentence, here).not.toMatch(SLOWER[locale]);
            }
            if (channel !== 'sms') continue;
            const firstText = first.join('\n\n');
            // The action opens the first message.
            const action = v.sections[0]?.lines[0];
            if (action) expect(first[0], here).toContain(fit(textOf(t, action)));
            if (!emergency) {
              // The go-now tier, whole, in one of the first messages.
              const list = v.sections.find((s) => s.lines[0]?.key === 'explain.safetyNow')?.lines[1];
              // SMS runs the lines of a list on with semicolons.
              expect(list, here).toBeDefined();
              const smsList = list ? fit(textOf(t, list).replace(/\n/g, locale === 'en' ? '; ' : '；')) : '';
              expect(first.some((m) => m.includes(smsList)), `${here}: ${smsList}`).toBe(true);
            }
            if (result.rules.includes('ALC-HEAVY') && !emergency) expect(firstText, here).toContain(fit(t('explain.alcoholHelp.advice')));
            if (result.retest && result.pattern === 'isolated_alt') {
              expect(firstText, here).toContain(fit(t('explain.retest.weeks', { from: 2, to: 4 })));
              expect(firstText, here).toContain(fit(t('explain.retest.weeksThen')));
            }
          }
        }
      }
      expect(rendered).toBe(LOCALES.length * SITES.length * CHANNELS.length);
    });
  }
});
