import { parseAge } from '../../src/nlu/answers';
import { parseSingleNumber } from '../../src/nlu/numbers';
import { say } from '../../src/render/views';
import { miss, ok, type Question } from './types';

export const ageQuestion: Question = {
  id: 'age',
  needed: (s) => s.answers.age === undefined,
  ask: () => ({ kind: 'question', say: [say('questions.age.ask')], choices: [{ labelKey: 'choices.skip', value: 'skip' }] }),
  fallbackChoices: () => [],
  parse: (text, { now }) => {
    const age = parseAge(text, now);
    if (age !== null) return ok((s) => (s.answers.age = age));
    // A number that is not a plausible age is questioned, not trusted.
    return parseSingleNumber(text) !== null ? miss(say('invalid.ageImplausible')) : miss();
  },
  clear: (a) => delete a.age,
  skip: (a) => (a.age = null),
};
