import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import { interview, type Question } from '../../dialogs/questions';
import { CHANGE_TOPICS } from '../../dialogs/questions/types';
import { newSession, type Answers, type Session } from '../../dialogs/session';
import type { ChoiceView, Phrase, PhraseList } from '../../src/views';
import { prefillSchema } from '../../src/skill/prefill';
import { answersFromPrefill } from '../../dialogs/prefill';

/** The question registry (issue #30 item 4): what each question declares is checked against what uses it. */
const QUESTIONS = interview(24);
const LOCALES: Record<string, unknown> = { en, 'zh-CN': zhCN };

function hasKey(resources: unknown, key: string): boolean {
  let node: unknown = resources;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

function keysOf(item: Phrase | PhraseList, out: Set<string>): void {
  if ('list' in item) {
    for (const x of item.list) keysOf(x, out);
    return;
  }
  out.add(item.key);
  for (const v of Object.values(item.vars ?? {})) {
    if (typeof v === 'object' && v !== null && ('key' in v || 'list' in v)) keysOf(v as Phrase | PhraseList, out);
  }
}

/** A session in which every question is past: a typical finished interview, with a paracetamol follow-up and a doubt. */
function answered(): Session {
  const answers: Answers = {
    alt: 68, ast: 25, unit: 'U/L', altRange: [7, 40], astRange: [13, 35], altSexRanges: null, astSexRanges: null,
    valuesConfirmed: true, doubtedUnit: 'mg/dL', readDoubts: [], pendingReports: [], previous: { alt: 50, altRange: [7, 40], unit: 'U/L', date: 20250101 },
    testDate: 20260101, prefilledLabs: true, sex: 'female', age: 34, sleepLoss: false,
    alcohol: { drinksPerWeek: 6, largestOccasion: 6, binge: false }, alcoholWords: '6 beers', exerciseDaysBefore: 2,
    medications: ['Tylenol'], paracetamol: { forMedicines: 'Tylenol', dose: { maxMgIn24h: 1000, maxTabletsIn24h: null, tabletMg: null, unsure: false, maybeMore: false }, twoProducts: 'no', severalDays: 'no' },
    symptoms: ['itching'], conditions: ['diabetes'], heavyDrinkingNow: true, pendingSigns: ['jaundice'], askedSigns: ['dark_urine'],
    summaryConfirmed: true, changing: true,
  };
  return { ...newSession(), consent: true, answers };
}

/** The answer fields `needed` reads, on an empty session and on a finished one. */
function fieldsNeededReads(q: Question): Set<keyof Answers> {
  const reads = new Set<keyof Answers>();
  for (const s of [newSession(), answered()]) {
    const answers = new Proxy(s.answers, {
      get: (target, key: string) => {
        reads.add(key as keyof Answers);
        return target[key as keyof Answers];
      },
    });
    q.needed({ ...s, answers });
  }
  return reads;
}

describe('the question registry (issue #30 item 4)', () => {
  it.each(QUESTIONS.map((q) => [q.id, q] as const))('%s: every locale key it uses exists in every language', (_id, q) => {
    const keys = new Set<string>([`questions.${q.id}.topic`]);
    for (const s of [newSession(), answered()]) {
      const view = q.ask(s);
      for (const item of view.say) keysOf(item, keys);
      const choices: ChoiceView[] = [...view.choices, ...q.fallbackChoices(s)];
      for (const c of choices) keys.add(c.labelKey);
      // The prompt's own retry, unless the reader always gives its reason; its hint when there are no choices to offer.
      if (q.fallbackChoices(s).length === 0 && q.skip === null) keys.add(`questions.${q.id}.hint`);
    }
    for (const [locale, resources] of Object.entries(LOCALES)) {
      const missing = [...keys].filter((k) => !hasKey(resources, k));
      expect(missing, `${q.id} in ${locale}`).toEqual([]);
    }
  });

  it.each(QUESTIONS.map((q) => [q.id, q] as const))('%s: clear removes every field of its own that needed reads', (_id, q) => {
    const own = [...fieldsNeededReads(q)].filter((f) => q.fields.includes(f));
    const s = answered();
    q.clear(s.answers);
    expect(own.filter((f) => s.answers[f] !== undefined)).toEqual([]);
  });

  it('every field a question needs is recorded by some question of the registry', () => {
    const recorded = new Set(QUESTIONS.flatMap((q) => q.fields));
    const read = new Set(QUESTIONS.flatMap((q) => [...fieldsNeededReads(q)]));
    expect([...read].filter((f) => !recorded.has(f))).toEqual([]);
  });

  it('every prefillable field is in the skill\'s schema, and every field of the schema answers a question', () => {
    const schema = Object.keys(prefillSchema.shape);
    const declared = QUESTIONS.flatMap((q) => Object.keys(q.prefill ?? {}));
    expect(declared.filter((f) => !schema.includes(f))).toEqual([]);
    // The locale is the conversation's, not an answer.
    expect(schema.filter((f) => f !== 'locale' && !declared.includes(f))).toEqual([]);
  });

  it('a parent bot\'s prefill becomes answers through the questions\' prefill maps', () => {
    expect(
      answersFromPrefill({
        locale: 'en', sex: null, age: 50, alt: 90, ast: 40, unit: 'IU/L', altRange: [7, 40], astRange: null, sleepLoss: true,
        alcohol: { drinksPerWeek: 10, bingeLastWeek: false }, intenseExerciseDaysBefore: 2, medications: ['statin'],
        symptoms: ['itching'], conditions: ['diabetes'], previous: { alt: 60, altRange: [7, 40], unit: 'ukat/L', date: '2026-01-31' },
      }),
    ).toEqual({
      sex: 'unknown', age: 50, alt: 90, ast: 40, unit: 'U/L', altRange: [7, 40], astRange: null, sleepLoss: true,
      alcohol: { drinksPerWeek: 10, largestOccasion: null, binge: false }, exerciseDaysBefore: 2, medications: ['statin'],
      symptoms: ['itching'], conditions: ['diabetes'], previous: { alt: 60, altRange: [7, 40], unit: 'ukat/L', date: 20260131 },
    });
    expect(answersFromPrefill({ alcohol: null, previous: null })).toEqual({ alcohol: null, previous: null });
    expect(answersFromPrefill({})).toEqual({});
  });

  it('every change topic of the summary asks at least one question again, and every topic has its label', () => {
    for (const topic of CHANGE_TOPICS) {
      expect(QUESTIONS.filter((q) => q.topic === topic).length, topic).toBeGreaterThan(0);
      for (const resources of Object.values(LOCALES)) expect(hasKey(resources, `choices.${topic}`)).toBe(true);
    }
  });

  it('each question id is declared once', () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
