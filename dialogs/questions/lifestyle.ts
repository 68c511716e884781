import { readAlcohol } from '../../src/nlu/vagueAmount';
import { parseExercise } from '../../src/nlu/exercise';
import { parseSleepLoss } from '../../src/nlu/yesNo';
import { phrase } from '../../src/views';
import { defineQuestion, miss, ok, HAVE_UNSURE, type Parsed } from './types';

export const sleepQuestion = defineQuestion({
  id: 'sleep',
  fields: ['sleepLoss'],
  topic: 'lifestyle',
  prefill: { sleepLoss: (sleepLoss) => ({ sleepLoss }) },
  ask: () => ({ kind: 'question', say: [phrase('questions.sleep.ask')], choices: HAVE_UNSURE }),
  fallbackChoices: () => HAVE_UNSURE,
  parse: (text) => {
    const yn = parseSleepLoss(text);
    if (yn === null) return miss();
    return ok((s) => (s.answers.sleepLoss = yn === 'unsure' ? null : yn === 'yes'));
  },
  skip: (a) => (a.sleepLoss = null),
});

/**
 * A choice of range records its upper end, the cautious reading: "8 to 14 a week" is 14, never an amount under a
 * man's limit for someone who may drink more.
 */
const ALCOHOL_CHOICES = [
  { labelKey: 'choices.drinkNone', value: 'none' },
  { labelKey: 'choices.drinkLight', value: '7 drinks a week' },
  { labelKey: 'choices.drinkMore', value: '14 drinks a week' },
  { labelKey: 'choices.drinkMany', value: '34 drinks a week' },
  { labelKey: 'choices.drinkHeavy', value: '35 drinks a week' },
];

export const alcoholQuestion = defineQuestion({
  id: 'alcohol',
  // SAY-AMOUNTS: the person's own words go with the reading, and are cleared with it.
  fields: ['alcohol', 'alcoholWords'],
  topic: 'lifestyle',
  prefill: { alcohol: (p) => ({ alcohol: p && { drinksPerWeek: p.drinksPerWeek, largestOccasion: null, binge: p.bingeLastWeek } }) },
  ask: () => ({ kind: 'question', say: [phrase('questions.alcohol.ask')], choices: [] }),
  fallbackChoices: () => ALCOHOL_CHOICES,
  parse: (text) => alcoholAnswer(text),
  skip: (a) => (a.alcohol = null),
});

/** An alcohol answer, kept with the person's own words for SAY-AMOUNTS. */
function alcoholAnswer(text: string): Parsed {
  const report = readAlcohol(text);
  if (!report) return miss();
  return ok((s) => {
    s.answers.alcohol = report;
    // SAY-AMOUNTS: the person's own words, said back with the total in the summary before the result.
    s.answers.alcoholWords = ownWords(text);
  });
}

/** At most this many characters of the person's words are said back. */
const WORDS_SAID_BACK = 80;

export function ownWords(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  return words.length <= WORDS_SAID_BACK ? words : `${words.slice(0, WORDS_SAID_BACK - 1)}…`;
}

const EXERCISE_CHOICES = [
  { labelKey: 'choices.exerciseNo', value: 'no' },
  { labelKey: 'choices.exerciseRecent', value: '2 days ago' },
  { labelKey: 'choices.exerciseWeek', value: '5 days ago' },
];

export const exerciseQuestion = defineQuestion({
  id: 'exercise',
  fields: ['exerciseDaysBefore'],
  topic: 'lifestyle',
  prefill: { intenseExerciseDaysBefore: (days) => ({ exerciseDaysBefore: days }) },
  ask: () => ({ kind: 'question', say: [phrase('questions.exercise.ask')], choices: [] }),
  fallbackChoices: () => EXERCISE_CHOICES,
  parse: (text, { now }) => {
    const answer = parseExercise(text, now);
    // "yes" alone says nothing about when: ask when, rather than guess.
    if (answer === null) return miss();
    return ok((s) => (s.answers.exerciseDaysBefore = answer.none ? null : answer.daysAgo));
  },
  skip: (a) => (a.exerciseDaysBefore = null),
});
