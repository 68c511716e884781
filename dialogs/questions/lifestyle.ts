import { parseAlcohol } from '../../src/nlu/drinks';
import { parseExercise } from '../../src/nlu/exercise';
import { parseSleepLoss } from '../../src/nlu/yesNo';
import { say } from '../../src/render/views';
import { miss, ok, HAVE_UNSURE, type Question } from './types';

export const sleepQuestion: Question = {
  id: 'sleep',
  needed: (s) => s.answers.sleepLoss === undefined,
  ask: () => ({ kind: 'question', say: [say('questions.sleep.ask')], choices: HAVE_UNSURE }),
  fallbackChoices: () => HAVE_UNSURE,
  parse: (text) => {
    const yn = parseSleepLoss(text);
    if (yn === null) return miss();
    return ok((s) => (s.answers.sleepLoss = yn === 'unsure' ? null : yn === 'yes'));
  },
  clear: (a) => delete a.sleepLoss,
  skip: (a) => (a.sleepLoss = null),
};

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

export const alcoholQuestion: Question = {
  id: 'alcohol',
  needed: (s) => s.answers.alcohol === undefined,
  ask: () => ({ kind: 'question', say: [say('questions.alcohol.ask')], choices: [] }),
  fallbackChoices: () => ALCOHOL_CHOICES,
  parse: (text) => {
    const report = parseAlcohol(text);
    if (report) return ok((s) => (s.answers.alcohol = report));
    return miss();
  },
  clear: (a) => delete a.alcohol,
  skip: (a) => (a.alcohol = null),
};

const EXERCISE_CHOICES = [
  { labelKey: 'choices.exerciseNo', value: 'no' },
  { labelKey: 'choices.exerciseRecent', value: '2 days ago' },
  { labelKey: 'choices.exerciseWeek', value: '5 days ago' },
];

export const exerciseQuestion: Question = {
  id: 'exercise',
  needed: (s) => s.answers.exerciseDaysBefore === undefined,
  ask: () => ({ kind: 'question', say: [say('questions.exercise.ask')], choices: [] }),
  fallbackChoices: () => EXERCISE_CHOICES,
  parse: (text, { now }) => {
    const answer = parseExercise(text, now);
    // "yes" alone says nothing about when: ask when, rather than guess.
    if (answer === null) return miss();
    return ok((s) => (s.answers.exerciseDaysBefore = answer.none ? null : answer.daysAgo));
  },
  clear: (a) => delete a.exerciseDaysBefore,
  skip: (a) => (a.exerciseDaysBefore = null),
};
